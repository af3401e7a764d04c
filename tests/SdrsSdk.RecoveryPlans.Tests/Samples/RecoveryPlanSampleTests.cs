using System.Reflection;
using RecoveryPlanSample;
using SdrsSdk.RecoveryPlans.Tests.TestSupport;
using SdrsSdk.Testing;

namespace SdrsSdk.RecoveryPlans.Tests.Samples;

/// <summary>samples/RecoveryPlan: its whole cycle on the emulator, and its --help.</summary>
public sealed class RecoveryPlanSampleTests
{
    [Fact]
    public async Task Workflow_ThreeTierPlanOnTheEmulator_RunsTheCycleAndWritesEveryReport()
    {
        await using SdrsEmulator emulator = SdrsEmulator.Start();
        using SdrsClient client = emulator.CreateClient();
        RecoveryPlan plan = await DemoPlan.CreateAsync(client);
        string output = Path.Combine(Path.GetTempPath(), "sdrs-sample-" + Guid.NewGuid().ToString("N"));
        var log = new StringWriter();

        IReadOnlyList<RecoveryRun> runs = await new RecoveryPlanWorkflow(
            client,
            log,
            output,
            new StubReadinessChecker()
        ).RunAsync(plan, RecoveryPlanWorkflow.FullCycle);

        runs.Select(run => run.Kind)
            .Should()
            .Equal(
                RecoveryRunKind.Drill,
                RecoveryRunKind.CleanUpDrill,
                RecoveryRunKind.PlannedFailover,
                RecoveryRunKind.Failback,
                RecoveryRunKind.Failover,
                RecoveryRunKind.Reprotect,
                RecoveryRunKind.Failback
            );
        runs.Should().OnlyContain(run => run.Status == RecoveryRunStatus.Succeeded);
        plan.Tiers.Select(tier => tier.Name).Should().Equal("databases", "applications", "web");
        foreach (RecoveryRun run in runs)
        {
            File.Exists(Path.Combine(output, run.RunId + ".report.json")).Should().BeTrue();
            File.Exists(Path.Combine(output, run.RunId + ".report.md")).Should().BeTrue();
            File.Exists(Path.Combine(output, run.RunId + ".timeline.svg")).Should().BeTrue();
            File.Exists(Path.Combine(output, "state", run.RunId + ".json")).Should().BeTrue();
        }

        string text = log.ToString();
        text.Should()
            .Contain("== Readiness (drill) ==")
            .And.Contain("== CleanUpDrill ==")
            .And.Contain("== Reprotect ==");
        text.Should().Contain("tier databases started").And.Contain("[hook] after web");
        string drillReport = await File.ReadAllTextAsync(Path.Combine(output, runs[0].RunId + ".report.md"));
        drillReport.Should().Contain("| Drill | Clean-up |").And.Contain("Drill clean-up: run `cleanup-");
        (await client.Drills.ListAsync()).Count.Should().Be(0);
        Directory.Delete(output, recursive: true);
    }

    [Fact]
    public async Task Help_PrintsPurposeArgumentsAndVariables_ExitsZero()
    {
        MethodInfo entry = typeof(RecoveryPlanWorkflow).Assembly.EntryPoint!;
        TextWriter original = Console.Out;
        var output = new StringWriter();
        int exitCode;
        Console.SetOut(output);
        try
        {
            object? result = entry.Invoke(null, [new[] { "--help" }]);
            exitCode = result is Task<int> task ? await task : (int)result!;
        }
        finally
        {
            Console.SetOut(original);
        }

        exitCode.Should().Be(0);
        output
            .ToString()
            .Should()
            .StartWith("Usage: ")
            .And.Contain("--plan <file>")
            .And.Contain("--output <dir>")
            .And.Contain("SDRS_ENDPOINT");
    }
}
