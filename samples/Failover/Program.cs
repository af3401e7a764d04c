using Failover;
using Samples.Shared;
using SdrsSdk;
using SdrsSdk.Testing;

// Failover: `Failover --server-group <id>` fails a real protection group over (credentials from HUAWEICLOUD_SDK_*,
// endpoint from --endpoint or HUAWEICLOUD_SDK_REGION) and saves the job ID to --state (default failover-state.json);
// `Failover --resume` picks that job up again after a crash. Without arguments it demonstrates both on the embedded
// emulator: the first wait is interrupted, and a fresh client resumes from the saved job ID.
var commandLine = new SampleCommandLine(args);
var help = new SampleHelp(
    "dotnet run --project samples/Failover [-- --server-group <id> | --resume] [--state <file>] [--endpoint <url>]",
    """
    A failover runbook: starts the failover of a protection group, saves the job ID to a state file the moment SDRS
    accepts it, and waits; --resume picks the saved job up again after a crash. Exit code 0 when the group failed
    over, 1 when the job failed, 3 when the wait timed out. Without --server-group or --resume it demonstrates both
    on the embedded SDRS emulator: the first wait is interrupted, and a fresh client resumes from the saved job ID.
    """,
    [
        ("--server-group <id>", "fail this protection group of a real SDRS over (credentials from the environment)"),
        ("--resume", "resume the failover saved in the state file"),
        ("--state <file>", "the state file (default: failover-state.json)"),
        ("--endpoint <url>", "SDRS endpoint (default: SDRS_ENDPOINT, else HUAWEICLOUD_SDK_REGION's)"),
    ],
    SampleHelp.ClientEnvironment
);
if (help.WriteIfRequested(commandLine, Console.Out))
{
    return 0;
}

string stateFile = commandLine.Value("--state") ?? "failover-state.json";
string? groupId = commandLine.Value("--server-group");
if (groupId is null && !commandLine.Flag("--resume"))
{
    await using SdrsEmulator emulator = SdrsEmulator.Start(
        new SdrsEmulatorOptions { JobDuration = TimeSpan.FromSeconds(1) }
    );
    string demoState = Path.Combine(Path.GetTempPath(), $"sdrs-failover-{Guid.NewGuid():N}.json");
    using (SdrsClient setup = emulator.CreateClient())
    {
        groupId = await Demo.CreateProtectedGroupAsync(setup);
    }

    using (SdrsClient first = emulator.CreateClient())
    using (var crash = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
    {
        try
        {
            await new FailoverRunbook(first, demoState, Console.Out).FailOverAsync(groupId, crash.Token);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine(
                "-- the runbook stopped mid-failover (simulated crash); the job ID is in the state file --"
            );
        }
    }

    using SdrsClient second = emulator.CreateClient();
    await new FailoverRunbook(second, demoState, Console.Out).ResumeAsync();
    return 0;
}

SdrsClientOptions options = SdrsClientOptions.FromEnvironment();
if (commandLine.Value("--endpoint") is { } endpoint)
{
    options.Endpoint = new Uri(endpoint);
}

using var client = new SdrsClient(options);
var runbook = new FailoverRunbook(client, stateFile, Console.Out);
try
{
    _ = groupId is null ? await runbook.ResumeAsync() : await runbook.FailOverAsync(groupId);
    return 0;
}
catch (SdrsJobFailedException failure)
{
    Console.Error.WriteLine(failure.Message);
    return 1;
}
catch (SdrsJobTimeoutException timeout)
{
    Console.Error.WriteLine(timeout.Message);
    return 3;
}
