using SdrsSdk.RecoveryPlans.Tests.TestSupport;
using SdrsSdk.Testing;

namespace SdrsSdk.RecoveryPlans.Tests.Runs;

/// <summary>Runs of plans on the emulator: tier order, bounded parallelism, each kind's SDRS calls,
/// readiness.</summary>
public sealed class RecoveryPlanRunnerTests
{
    [Fact]
    public async Task Drill_ThreeTiers_NoGroupOfATierStartsBeforeThePreviousTierEnds()
    {
        await using PlanFixture fixture = await PlanFixture.StartAsync(5);
        RecoveryPlan plan = fixture.Plan(PlanFailurePolicy.StopPlan, 4, 2, 2, 1);

        RecoveryRun run = await fixture.Runner().RunAsync(plan, RecoveryRunKind.Drill);

        run.Status.Should().Be(RecoveryRunStatus.Succeeded, run.Message);
        List<SdrsJournalEntry> journal = fixture.Journal;
        for (int tier = 1; tier < run.Tiers.Count; tier++)
        {
            int lastOfPrevious = run.Tiers[tier - 1]
                .Groups.Select(group => journal.FindLastIndex(entry => Concerns(entry, group)))
                .Max();
            int firstOfThis = run.Tiers[tier]
                .Groups.Select(group => journal.FindIndex(entry => Concerns(entry, group)))
                .Min();
            firstOfThis.Should().BeGreaterThan(lastOfPrevious, $"tier {tier + 1} starts after tier {tier} ended");
            run.Tiers[tier].StartedAt.Should().BeOnOrAfter(run.Tiers[tier - 1].EndedAt!.Value);
        }

        foreach ((RecoveryTierRun _, RecoveryGroupRun group) in run.AllGroups())
        {
            group.Status.Should().Be(RecoveryStepStatus.Succeeded);
            group.DrillId.Should().NotBeNullOrEmpty();
            group.JobId.Should().NotBeNullOrEmpty();
            group.RecoveryTime.Should().NotBeNull();
            DisasterRecoveryDrill drill = await fixture.Client.Drills.GetAsync(group.DrillId!);
            drill.ServerGroupId.Should().Be(group.ServerGroupId);
            drill.Name.Should().Be(run.RunId);
            drill.DrillVpcId.Should().Be(group.DrillVpcId);
            fixture.ActionsFor(group.ServerGroupId).Should().Be(1);
        }

        RecoveryRun cleanUp = await fixture.Runner().CleanUpDrillAsync(run);

        cleanUp.Status.Should().Be(RecoveryRunStatus.Succeeded, cleanUp.Message);
        cleanUp.DrillRunId.Should().Be(run.RunId);
        (await fixture.Client.Drills.ListAsync()).Count.Should().Be(0, "the clean-up deleted every drill");
        fixture
            .Journal.Count(entry => entry.Method == "DELETE" && entry.StatusCode == 200)
            .Should()
            .Be(5, "one deletion per drill");
    }

    [Fact]
    public async Task Tier_FiveGroupsParallelismTwo_NeverMoreThanTwoGroupsAtOnce()
    {
        await using PlanFixture fixture = await PlanFixture.StartAsync(5);
        RecoveryPlan plan = fixture.Plan(PlanFailurePolicy.StopPlan, 8, 5);
        plan.Tiers[0].MaxDegreeOfParallelism = 2;
        int running = 0;
        int most = 0;
        var hooks = new RecoveryPlanHooks
        {
            BeforeGroup = async (_, token) =>
            {
                int now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                await Task.Delay(30, token);
            },
            AfterGroup = (_, _) =>
            {
                Interlocked.Decrement(ref running);
                return Task.CompletedTask;
            },
        };

        RecoveryRun run = await fixture.Runner(hooks).RunAsync(plan, RecoveryRunKind.PlannedFailover);

        run.Status.Should().Be(RecoveryRunStatus.Succeeded, run.Message);
        most.Should().Be(2, "two groups run at once, never more");
        foreach (string id in fixture.Groups)
        {
            ServerGroup group = await fixture.Client.ServerGroups.GetAsync(id);
            group.PriorityStation.Should().Be(PriorityStation.Target);
        }
    }

    [Fact]
    public async Task Cycle_PlannedFailoverFailbackFailoverReprotectFailback_EachLandsItsStatus()
    {
        await using PlanFixture fixture = await PlanFixture.StartAsync(2);
        RecoveryPlan plan = fixture.Plan(PlanFailurePolicy.StopPlan, 2, 1, 1);
        RecoveryPlanRunner runner = fixture.Runner();
        var expected = new (RecoveryRunKind Kind, ServerGroupStatus Status, PriorityStation Station)[]
        {
            (RecoveryRunKind.PlannedFailover, ServerGroupStatus.Protected, PriorityStation.Target),
            (RecoveryRunKind.Failback, ServerGroupStatus.Protected, PriorityStation.Source),
            (RecoveryRunKind.Failover, ServerGroupStatus.FailedOver, PriorityStation.Target),
            (RecoveryRunKind.Reprotect, ServerGroupStatus.Protected, PriorityStation.Target),
            (RecoveryRunKind.Failback, ServerGroupStatus.Protected, PriorityStation.Source),
        };

        foreach ((RecoveryRunKind kind, ServerGroupStatus status, PriorityStation station) in expected)
        {
            RecoveryRun run = await runner.RunAsync(plan, kind);

            run.Status.Should().Be(RecoveryRunStatus.Succeeded, $"{kind}: {run.Message}");
            foreach (string id in fixture.Groups)
            {
                ServerGroup group = await fixture.Client.ServerGroups.GetAsync(id);
                group.Status.Should().Be(status, kind.ToString());
                group.PriorityStation.Should().Be(station, kind.ToString());
            }
        }

        fixture.Readiness.Requests.Select(request => request.Action).Distinct().Should().HaveCount(4);
    }

    [Fact]
    public async Task Run_ReadinessBlocker_RefusesWithoutSendingAnything_UnlessForced()
    {
        await using PlanFixture fixture = await PlanFixture.StartAsync(2);
        RecoveryPlan plan = fixture.Plan(PlanFailurePolicy.StopPlan, 2, 2);
        fixture.Readiness.Blocked.Add(fixture.Groups[1]);
        var events = new List<RecoveryProgress>();
        RecoveryPlanRunner runner = fixture.Runner();
        runner.ProgressChanged += (_, progress) => events.Add(progress);

        RecoveryRun refused = await runner.RunAsync(plan, RecoveryRunKind.Failover);

        refused.Status.Should().Be(RecoveryRunStatus.Refused);
        refused.Message.Should().Contain(fixture.Groups[1]);
        refused.Readiness.Should().HaveCount(2);
        refused.Readiness[1].Findings.Should().ContainSingle().Which.ErrorCode.Should().Be("SDRS.1022");
        fixture.ProcessedWrites().Should().BeEmpty("a refused run sends nothing");
        events
            .Select(e => e.Kind)
            .Should()
            .Equal(
                RecoveryProgressKind.ReadinessChecked,
                RecoveryProgressKind.ReadinessChecked,
                RecoveryProgressKind.RunFinished
            );
        (await fixture.Store.LoadAsync(refused.RunId))!.Status.Should().Be(RecoveryRunStatus.Refused);

        RecoveryRun forced = await runner.RunAsync(plan, RecoveryRunKind.Failover, force: true);

        forced.Status.Should().Be(RecoveryRunStatus.Succeeded, forced.Message);
        forced.Forced.Should().BeTrue();
    }

    [Fact]
    public async Task Run_ReportsProgressThroughIProgressAndEvents()
    {
        await using PlanFixture fixture = await PlanFixture.StartAsync(2);
        RecoveryPlan plan = fixture.Plan(PlanFailurePolicy.StopPlan, 1, 1, 1);
        var reported = new List<RecoveryProgress>();
        var raised = new List<RecoveryProgress>();
        RecoveryPlanRunner runner = fixture.Runner();
        runner.ProgressChanged += (_, progress) =>
        {
            lock (raised)
            {
                raised.Add(progress);
            }
        };

        await runner.RunAsync(plan, RecoveryRunKind.Failover, progress: new SyncProgress(reported));

        reported.Should().Equal(raised);
        List<RecoveryProgressKind> kinds = [.. reported.Select(progress => progress.Kind).Distinct()];
        kinds
            .Should()
            .Contain([
                RecoveryProgressKind.RunStarted,
                RecoveryProgressKind.TierStarted,
                RecoveryProgressKind.GroupStarted,
                RecoveryProgressKind.JobStatusChanged,
                RecoveryProgressKind.GroupFinished,
                RecoveryProgressKind.TierFinished,
                RecoveryProgressKind.RunFinished,
            ]);
        reported[^1].Status.Should().Be("Succeeded");
        reported
            .Where(progress => progress.Kind == RecoveryProgressKind.JobStatusChanged)
            .Should()
            .Contain(progress => progress.Job!.Status == JobStatus.Success);
    }

    private static bool Concerns(SdrsJournalEntry entry, RecoveryGroupRun group) =>
        entry.Path.Contains(group.ServerGroupId, StringComparison.Ordinal)
        || (entry.Body?.Contains(group.ServerGroupId, StringComparison.Ordinal) ?? false)
        || (group.JobId is not null && entry.Path.Contains(group.JobId, StringComparison.Ordinal))
        || (group.DrillId is not null && entry.Path.Contains(group.DrillId, StringComparison.Ordinal));

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value)
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
