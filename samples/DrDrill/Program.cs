using DrDrill;
using Samples.Shared;
using SdrsSdk;
using SdrsSdk.Testing;

// DrDrill: a scheduled-drill runbook. `DrDrill --server-group <id>` drills a real protection group (credentials from
// the HUAWEICLOUD_SDK_* variables, endpoint from --endpoint or HUAWEICLOUD_SDK_REGION); without arguments it sets up
// a protected group in the embedded emulator and drills that. Exit code 0 when the drill passed, 1 when not.
var commandLine = new SampleCommandLine(args);
var help = new SampleHelp(
    "dotnet run --project samples/DrDrill [-- --server-group <id> [--endpoint <url>]]",
    """
    A scheduled-drill runbook: creates a DR drill of a protection group, waits for it, checks every protected
    instance has a drill server, reports, and always deletes the drill. Exit code 0 when the drill passed, 1 when
    not. Without --server-group it sets up a protected group in the embedded SDRS emulator and drills that.
    """,
    [
        ("--server-group <id>", "drill this protection group of a real SDRS (credentials from the environment)"),
        ("--endpoint <url>", "SDRS endpoint (default: SDRS_ENDPOINT, else HUAWEICLOUD_SDK_REGION's)"),
    ],
    SampleHelp.ClientEnvironment
);
if (help.WriteIfRequested(commandLine, Console.Out))
{
    return 0;
}

string? groupId = commandLine.Value("--server-group");
if (groupId is null)
{
    await using SdrsEmulator emulator = SdrsEmulator.Start();
    using SdrsClient demo = emulator.CreateClient();
    string demoGroup = await Demo.CreateProtectedGroupAsync(demo);
    DrillReport demoReport = await new DrillRunbook(demo, Console.Out).RunAsync(demoGroup);
    return demoReport.Succeeded ? 0 : 1;
}

SdrsClientOptions options = SdrsClientOptions.FromEnvironment();
if (commandLine.Value("--endpoint") is { } endpoint)
{
    options.Endpoint = new Uri(endpoint);
}

using var client = new SdrsClient(options);
DrillReport report = await new DrillRunbook(client, Console.Out).RunAsync(groupId);
return report.Succeeded ? 0 : 1;
