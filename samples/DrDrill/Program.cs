using DrDrill;
using Samples.Shared;
using SdrsSdk;
using SdrsSdk.Testing;

// DrDrill: a scheduled-drill runbook. `DrDrill --server-group <id>` drills a real protection group (credentials from
// the HUAWEICLOUD_SDK_* variables, endpoint from --endpoint or HUAWEICLOUD_SDK_REGION); without arguments it sets up
// a protected group in the embedded emulator and drills that. Exit code 0 when the drill passed, 1 when not.
string? groupId = Value("--server-group");
if (groupId is null)
{
    await using SdrsEmulator emulator = SdrsEmulator.Start();
    using SdrsClient demo = emulator.CreateClient();
    string demoGroup = await Demo.CreateProtectedGroupAsync(demo);
    DrillReport demoReport = await new DrillRunbook(demo, Console.Out).RunAsync(demoGroup);
    return demoReport.Succeeded ? 0 : 1;
}

SdrsClientOptions options = SdrsClientOptions.FromEnvironment();
if (Value("--endpoint") is { } endpoint)
{
    options.Endpoint = new Uri(endpoint);
}

using var client = new SdrsClient(options);
DrillReport report = await new DrillRunbook(client, Console.Out).RunAsync(groupId);
return report.Succeeded ? 0 : 1;

string? Value(string name)
{
    int index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
