using SdrsSdk.RecoveryPlans.Tests.TestSupport;
using SdrsSdk.Testing;
using Xunit.Abstractions;

namespace SdrsSdk.RecoveryPlans.Tests.Runs;

/// <summary>A drill, its clean-up and a failover of a two-tier plan against an emulator that fails 30 % of every
/// request with every fault kind: the runs finish, and no action was taken in twice.</summary>
public sealed class DegradedCloudRunTests(ITestOutputHelper output)
{
    private static readonly SdrsFault[] AllFaults =
    [
        SdrsFault.Status(503),
        SdrsFault.Status(502),
        SdrsFault.Status(500),
        SdrsFault.Throttled(TimeSpan.Zero),
        SdrsFault.DropConnection(),
        SdrsFault.StatusAfterProcessing(504),
        SdrsFault.StatusAfterProcessing(502),
        SdrsFault.DropConnection(afterProcessing: true),
        SdrsFault.EmptyResponse(),
        SdrsFault.MalformedResponse(),
    ];

    [Fact]
    public async Task Runs_ThirtyPercentFaults_FinishWithoutDuplicateActions()
    {
        // Seed 2 loses the answers of a drill creation and of a failover: both resolved by the SDK's lookup.
        const int seed = 2;
        await using PlanFixture fixture = await PlanFixture.StartAsync(
            3,
            new SdrsEmulatorOptions
            {
                FaultRate = 0.3,
                Seed = seed,
                RandomFaults = AllFaults,
                // Jobs end by time, as the service's do: a write resolved by lookup follows the resource, not the job.
                JobDuration = TimeSpan.FromMilliseconds(100),
            },
            options => options.Retry.MaxRetries = 10
        );
        RecoveryPlan plan = fixture.Plan(PlanFailurePolicy.StopPlan, 2, 2, 1);
        RecoveryPlanRunner runner = fixture.Runner();

        RecoveryRun drill = await runner.RunAsync(plan, RecoveryRunKind.Drill);
        RecoveryRun cleanUp = await runner.CleanUpDrillAsync(drill);
        RecoveryRun failover = await runner.RunAsync(plan, RecoveryRunKind.Failover);

        List<SdrsJournalEntry> journal = fixture.Journal;
        output.WriteLine(
            $"seed {seed}: {journal.Count} requests, {journal.Count(entry => entry.Fault is not null)} faults"
        );
        foreach (RecoveryRun run in new[] { drill, cleanUp, failover })
        {
            run.Status.Should().Be(RecoveryRunStatus.Succeeded, $"{run.Kind}: {run.Message}");
            foreach ((RecoveryTierRun _, RecoveryGroupRun group) in run.AllGroups())
            {
                if (group.Resolution is not null)
                {
                    output.WriteLine($"{run.Kind} {group.Name}: {group.Resolution}");
                }
            }
        }

        journal.Count(entry => entry.Fault is not null).Should().BeGreaterThan(10, "the seed exercises the faults");
        fixture
            .ProcessedWrites()
            .GroupBy(entry => entry.Method + " " + entry.Path + " " + entry.Body)
            .Should()
            .OnlyContain(same => same.Count() == 1, "no action was taken in twice");
        fixture.ProcessedWrites().Should().HaveCount(9, "3 drills, 3 deletions, 3 failovers");
        foreach (string id in fixture.Groups)
        {
            (await fixture.Client.ServerGroups.GetAsync(id)).Status.Should().Be(ServerGroupStatus.FailedOver);
        }

        (await fixture.Client.Drills.ListAsync()).Count.Should().Be(0);
    }
}
