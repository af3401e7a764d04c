using SdrsSdk.Testing;

// EmulatorHost: the embedded SDRS emulator as a stand-alone process, for scripts and programs in any language (and
// for the NativeAOT smoke test). Prints the endpoint, project and token, then serves until standard input closes or
// the process is stopped.
await using SdrsEmulator emulator = SdrsEmulator.Start();
Console.WriteLine($"SDRS_ENDPOINT={emulator.Endpoint}");
Console.WriteLine($"HUAWEICLOUD_SDK_PROJECT_ID={emulator.ProjectId}");
Console.WriteLine($"SDRS_TOKEN={emulator.Token}");
Console.WriteLine($"HUAWEICLOUD_SDK_AK={emulator.AccessKey}");
Console.WriteLine($"HUAWEICLOUD_SDK_SK={emulator.SecretKey}");
Console.Out.Flush();
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
await Task.WhenAny(
    Task.Run(() => Console.In.ReadToEnd()),
    Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default)
);
