using RecoveryPlanSample;
using Samples.Shared;
using SdrsSdk;
using SdrsSdk.RecoveryPlans;
using SdrsSdk.Testing;

// RecoveryPlan: a three-tier recovery plan on the embedded emulator (readiness report, drill and clean-up, planned
// failover and failback, failover, re-protection and failback), each run with its progress and its reports (JSON,
// Markdown, SVG timeline) in --output. `RecoveryPlan --plan plan.json` runs a real plan instead: a drill and its
// clean-up, or the run named by --run (with --yes).
var commandLine = new SampleCommandLine(args);
var help = new SampleHelp(
    "dotnet run --project samples/RecoveryPlan [-- --plan <file> [--run <kind> --yes] [--endpoint <url>]] "
        + "[--output <dir>]",
    """
    A recovery plan: protection groups in ordered tiers (databases, applications, web), each tier's groups in
    parallel. Checks readiness, then runs the plan tier by tier with progress, saves the run's state after every
    change (under <output>/state, so a crashed run resumes), and writes a JSON report, a Markdown report and an SVG
    timeline per run. Without --plan it sets up six protected groups in the embedded SDRS emulator and runs the whole
    cycle: drill and clean-up, planned failover, failback, failover, re-protection, failback. Exit code 0 when every
    run succeeded, 1 when not.
    """,
    [
        ("--plan <file>", "run this plan (JSON) against a real SDRS (credentials from the environment)"),
        (
            "--run <kind>",
            "with --plan: Drill (default, followed by its clean-up), PlannedFailover, Failover, Reprotect or Failback"
        ),
        ("--yes", "confirm a --run other than Drill"),
        ("--output <dir>", "where the reports and the run states go (default: recovery-plan-output)"),
        ("--endpoint <url>", "SDRS endpoint (default: SDRS_ENDPOINT, else HUAWEICLOUD_SDK_REGION's)"),
    ],
    SampleHelp.ClientEnvironment
);
if (help.WriteIfRequested(commandLine, Console.Out))
{
    return 0;
}

string output = commandLine.Value("--output") ?? "recovery-plan-output";
string? planFile = commandLine.Value("--plan");
IReadOnlyList<RecoveryRun> runs;
if (planFile is null)
{
    await using SdrsEmulator emulator = SdrsEmulator.Start(
        new SdrsEmulatorOptions { JobDuration = TimeSpan.FromMilliseconds(400) }
    );
    using SdrsClient demo = emulator.CreateClient();
    RecoveryPlan plan = await DemoPlan.CreateAsync(demo);
    Directory.CreateDirectory(output);
    await File.WriteAllTextAsync(Path.Combine(output, "plan.json"), plan.ToJson());
    runs = await new RecoveryPlanWorkflow(demo, Console.Out, output).RunAsync(plan, RecoveryPlanWorkflow.FullCycle);
}
else
{
    RecoveryPlan plan = RecoveryPlan.FromJson(await File.ReadAllTextAsync(planFile));
    RecoveryRunKind kind = Enum.Parse<RecoveryRunKind>(commandLine.Value("--run") ?? "Drill", ignoreCase: true);
    if (kind != RecoveryRunKind.Drill && !commandLine.Flag("--yes"))
    {
        Console.WriteLine($"A {kind} changes where production runs: add --yes to confirm.");
        return 1;
    }

    SdrsClientOptions options = SdrsClientOptions.FromEnvironment();
    if (commandLine.Value("--endpoint") is { } endpoint)
    {
        options.Endpoint = new Uri(endpoint);
    }

    using var client = new SdrsClient(options);
    runs = await new RecoveryPlanWorkflow(client, Console.Out, output).RunAsync(plan, [kind]);
}

Console.WriteLine();
Console.WriteLine($"Reports in {Path.GetFullPath(output)}");
return runs.All(run => run.Status == RecoveryRunStatus.Succeeded) ? 0 : 1;
