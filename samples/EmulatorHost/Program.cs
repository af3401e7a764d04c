using EmulatorHost;
using Samples.Shared;
using SdrsSdk.Testing;

// EmulatorHost: the embedded SDRS emulator as a stand-alone process, for scripts and programs in any language (and
// for the NativeAOT smoke test). Prints the endpoint, project, token and keys as NAME=value lines, then serves until
// standard input closes or the process is stopped.
var commandLine = new SampleCommandLine(args);
var help = new SampleHelp(
    "dotnet run --project samples/EmulatorHost",
    """
    Starts the embedded SDRS emulator (SdrsSdk.Testing) on a random port of 127.0.0.1 and prints, as NAME=value
    lines, the environment a client needs to reach it: SDRS_ENDPOINT, SDRS_ALLOW_INSECURE_HTTP=true (the emulator
    serves plain http), HUAWEICLOUD_SDK_PROJECT_ID, SDRS_TOKEN (for X-Auth-Token callers), HUAWEICLOUD_SDK_AK and
    HUAWEICLOUD_SDK_SK. With them set, SdrsClientOptions.FromEnvironment() builds a working client; in bash:
    set -a; . <(grep = host-output.txt); set +a. Serves until standard input closes or the process is stopped
    (Ctrl+C).
    """,
    [],
    []
);
if (help.WriteIfRequested(commandLine, Console.Out))
{
    return 0;
}

await using SdrsEmulator emulator = SdrsEmulator.Start();
foreach ((string name, string value) in HostEnvironment.Variables(emulator))
{
    Console.WriteLine($"{name}={value}");
}

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
return 0;
