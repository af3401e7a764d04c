using SdrsSdk.RecoveryPlans.Tests.TestSupport;

namespace SdrsSdk.RecoveryPlans.Tests.Runs;

/// <summary>Each failure policy, for a failed job and for a failed hook: what runs, what is skipped, what is
/// recorded.</summary>
public sealed class FailurePolicyTests
{
    [Theory]
    [InlineData(PlanFailurePolicy.StopPlan, RecoveryStepStatus.Skipped, RecoveryStepStatus.Skipped)]
    [InlineData(PlanFailurePolicy.FinishTierThenStop, RecoveryStepStatus.Succeeded, RecoveryStepStatus.Skipped)]
    [InlineData(PlanFailurePolicy.Continue, RecoveryStepStatus.Succeeded, RecoveryStepStatus.Succeeded)]
    public async Task FailedJob_FollowsThePolicy(
        PlanFailurePolicy policy,
        RecoveryStepStatus sameTier,
        RecoveryStepStatus nextTier
    )
    {
        await using PlanFixture fixture = await PlanFixture.StartAsync(3);
        RecoveryPlan plan = fixture.Plan(policy, 1, 2, 1);
        fixture.Emulator.FailNextJob(JobType.FailoverProtectionGroup);

        RecoveryRun run = await fixture.Runner().RunAsync(plan, RecoveryRunKind.Failover);

        run.Status.Should().Be(RecoveryRunStatus.Failed);
        RecoveryGroupRun failed = run.Tiers[0].Groups[0];
        failed.Status.Should().Be(RecoveryStepStatus.Failed);
        failed.ErrorCode.Should().Be("SDRS.1030");
        failed.HandlingMeasure.Should().NotBeNullOrEmpty("the catalog's handling measure is recorded");
        failed.JobStatus.Should().Be("FAIL");
        run.Message.Should().Contain("g0");
        run.Tiers[0].Groups[1].Status.Should().Be(sameTier);
        run.Tiers[1].Groups[0].Status.Should().Be(nextTier);
        run.Tiers[1].Status.Should().Be(nextTier);
        fixture.ActionsFor(fixture.Groups[1]).Should().Be(sameTier == RecoveryStepStatus.Skipped ? 0 : 1);
        fixture.ActionsFor(fixture.Groups[2]).Should().Be(nextTier == RecoveryStepStatus.Skipped ? 0 : 1);
    }

    [Theory]
    [InlineData(PlanFailurePolicy.StopPlan, RecoveryStepStatus.Skipped, RecoveryStepStatus.Skipped)]
    [InlineData(PlanFailurePolicy.FinishTierThenStop, RecoveryStepStatus.Succeeded, RecoveryStepStatus.Skipped)]
    [InlineData(PlanFailurePolicy.Continue, RecoveryStepStatus.Succeeded, RecoveryStepStatus.Succeeded)]
    public async Task FailedGroupHook_FollowsThePolicy_AndItsActionIsNotSent(
        PlanFailurePolicy policy,
        RecoveryStepStatus sameTier,
        RecoveryStepStatus nextTier
    )
    {
        await using PlanFixture fixture = await PlanFixture.StartAsync(3);
        RecoveryPlan plan = fixture.Plan(policy, 1, 2, 1);
        var hooks = new RecoveryPlanHooks
        {
            BeforeGroup = (context, _) =>
                context.Group!.ServerGroupId == fixture.Groups[0]
                    ? throw new InvalidOperationException("smoke test: DNS not switched")
                    : Task.CompletedTask,
        };

        RecoveryRun run = await fixture.Runner(hooks).RunAsync(plan, RecoveryRunKind.PlannedFailover);

        run.Status.Should().Be(RecoveryRunStatus.Failed);
        RecoveryGroupRun failed = run.Tiers[0].Groups[0];
        failed.Status.Should().Be(RecoveryStepStatus.Failed);
        failed.BeforeHook.Should().Be(RecoveryStepStatus.Failed);
        failed.Action.Should().Be(RecoveryStepStatus.Skipped);
        failed.ErrorMessage.Should().Contain("BeforeGroup hook failed: smoke test: DNS not switched");
        fixture.ActionsFor(fixture.Groups[0]).Should().Be(0, "a failed before-hook keeps the action from being sent");
        run.Tiers[0].Groups[1].Status.Should().Be(sameTier);
        run.Tiers[1].Groups[0].Status.Should().Be(nextTier);
    }

    [Theory]
    [InlineData(PlanFailurePolicy.StopPlan, RecoveryStepStatus.Skipped)]
    [InlineData(PlanFailurePolicy.FinishTierThenStop, RecoveryStepStatus.Skipped)]
    [InlineData(PlanFailurePolicy.Continue, RecoveryStepStatus.Succeeded)]
    public async Task FailedTierHook_FollowsThePolicy(PlanFailurePolicy policy, RecoveryStepStatus nextTier)
    {
        await using PlanFixture fixture = await PlanFixture.StartAsync(2);
        RecoveryPlan plan = fixture.Plan(policy, 1, 1, 1);
        var hooks = new RecoveryPlanHooks
        {
            AfterTier = (context, _) =>
                context.TierIndex == 0 ? throw new TimeoutException("no manual confirmation") : Task.CompletedTask,
        };

        RecoveryRun run = await fixture.Runner(hooks).RunAsync(plan, RecoveryRunKind.Failover);

        run.Status.Should().Be(RecoveryRunStatus.Failed);
        run.Tiers[0].Status.Should().Be(RecoveryStepStatus.Failed);
        run.Tiers[0].AfterHook.Should().Be(RecoveryStepStatus.Failed);
        run.Tiers[0].ErrorMessage.Should().Contain("no manual confirmation");
        run.Tiers[0].Groups[0].Status.Should().Be(RecoveryStepStatus.Succeeded);
        run.Tiers[1].Groups[0].Status.Should().Be(nextTier);
    }

    [Fact]
    public async Task Hooks_RunInOrderAroundTiersAndGroups()
    {
        await using PlanFixture fixture = await PlanFixture.StartAsync(3);
        RecoveryPlan plan = fixture.Plan(PlanFailurePolicy.StopPlan, 1, 2, 1);
        var calls = new List<string>();
        Func<RecoveryHookContext, CancellationToken, Task> record = (context, _) =>
        {
            lock (calls)
            {
                calls.Add($"{context.Stage} {context.TierName} {context.Group?.Name}".TrimEnd());
            }

            return Task.CompletedTask;
        };
        var hooks = new RecoveryPlanHooks
        {
            BeforeTier = record,
            AfterTier = record,
            BeforeGroup = record,
            AfterGroup = record,
        };

        RecoveryRun run = await fixture.Runner(hooks).RunAsync(plan, RecoveryRunKind.Failover);

        run.Status.Should().Be(RecoveryRunStatus.Succeeded, run.Message);
        calls
            .Should()
            .Equal(
                "BeforeTier tier-1",
                "BeforeGroup tier-1 g0",
                "AfterGroup tier-1 g0",
                "BeforeGroup tier-1 g1",
                "AfterGroup tier-1 g1",
                "AfterTier tier-1",
                "BeforeTier tier-2",
                "BeforeGroup tier-2 g2",
                "AfterGroup tier-2 g2",
                "AfterTier tier-2"
            );
    }
}
