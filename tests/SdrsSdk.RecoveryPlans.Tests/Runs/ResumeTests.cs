using SdrsSdk.RecoveryPlans.Tests.TestSupport;
using SdrsSdk.Testing;

namespace SdrsSdk.RecoveryPlans.Tests.Runs;

/// <summary>
/// Crashes (a store that throws where a process would die, the runner then abandoned) and cancellations, resumed by a
/// new runner with a new client: no step is repeated, running jobs are waited for by their saved IDs, and an action
/// whose answer was never saved is settled from the resource's state.
/// </summary>
public sealed class ResumeTests
{
    [Fact]
    public async Task CrashAfterTier1_NewRunnerAndClientResume_NoStepRepeated()
    {
        await using PlanFixture fixture = await PlanFixture.StartAsync(4);
        RecoveryPlan plan = fixture.Plan(PlanFailurePolicy.StopPlan, 2, 2, 2);
        int hookCalls = 0;
        var hooks = new RecoveryPlanHooks
        {
            AfterGroup = (_, _) =>
            {
                Interlocked.Increment(ref hookCalls);
                return Task.CompletedTask;
            },
        };
        fixture.Store.CrashWhen = run => run.Tiers[1].Status == RecoveryStepStatus.Running;
        string? runId = null;
        RecoveryPlanRunner first = fixture.Runner(hooks);
        first.ProgressChanged += (_, progress) => runId ??= progress.RunId;

        Func<Task> crashed = () => first.RunAsync(plan, RecoveryRunKind.Failover);

        await crashed.Should().ThrowAsync<SimulatedCrashException>();
        RecoveryRun saved = (await fixture.Store.LoadAsync(runId!))!;
        saved.Status.Should().Be(RecoveryRunStatus.Running);
        saved.Tiers[0].Status.Should().Be(RecoveryStepStatus.Succeeded);
        saved.Tiers[1].Status.Should().Be(RecoveryStepStatus.Pending);
        fixture.ProcessedWrites().Should().HaveCount(2, "tier 2 was not started");

        fixture.NewClient();
        RecoveryRun resumed = await fixture.Runner(hooks).ResumeAsync(runId!);

        resumed.Status.Should().Be(RecoveryRunStatus.Succeeded, resumed.Message);
        foreach (string id in fixture.Groups)
        {
            fixture.ActionsFor(id).Should().Be(1, "each failover is sent once");
            (await fixture.Client.ServerGroups.GetAsync(id)).Status.Should().Be(ServerGroupStatus.FailedOver);
        }

        hookCalls.Should().Be(4, "each group's hook ran once");
        resumed.Tiers[0].StartedAt.Should().Be(saved.Tiers[0].StartedAt, "the finished tier was kept");
    }

    [Fact]
    public async Task CrashAfterSendBeforeJobIdSaved_ResumeSettlesFromTheGroupsState_NotSentAgain()
    {
        await using PlanFixture fixture = await PlanFixture.StartAsync(2);
        RecoveryPlan plan = fixture.Plan(PlanFailurePolicy.StopPlan, 1, 2);
        fixture.Store.CrashWhen = run => run.Tiers[0].Groups[0].JobId is not null;
        string? runId = null;
        RecoveryPlanRunner first = fixture.Runner();
        first.ProgressChanged += (_, progress) => runId ??= progress.RunId;

        Func<Task> crashed = () => first.RunAsync(plan, RecoveryRunKind.Failover);

        await crashed.Should().ThrowAsync<SimulatedCrashException>();
        RecoveryRun saved = (await fixture.Store.LoadAsync(runId!))!;
        saved.Tiers[0].Groups[0].Action.Should().Be(RecoveryStepStatus.Starting);
        saved.Tiers[0].Groups[0].JobId.Should().BeNull("the answer was never saved");
        fixture.ActionsFor(fixture.Groups[0]).Should().Be(1, "the failover reached SDRS");
        fixture.Emulator.CompletePendingJobs(); // the job ended while the process was down

        fixture.NewClient();
        RecoveryRun resumed = await fixture.Runner().ResumeAsync(runId!);

        resumed.Status.Should().Be(RecoveryRunStatus.Succeeded, resumed.Message);
        RecoveryGroupRun settled = resumed.Tiers[0].Groups[0];
        settled.Resolution.Should().StartWith("settled from state: protection group").And.Contain("failed-over");
        settled.Sends.Should().Be(1);
        fixture.ActionsFor(fixture.Groups[0]).Should().Be(1, "it took effect, so it was not sent again");
        fixture.ActionsFor(fixture.Groups[1]).Should().Be(1);
    }

    [Fact]
    public async Task CrashBeforeSend_ResumeFindsItNotApplied_SendsItOnce()
    {
        await using PlanFixture fixture = await PlanFixture.StartAsync(1);
        RecoveryPlan plan = fixture.Plan(PlanFailurePolicy.StopPlan, 1, 1);
        // The request is refused before processing, and the save of that failure is where the process dies: the state
        // is the one a crash between saving "starting" and sending leaves.
        fixture.Emulator.InjectFault(
            SdrsFault.Status(400),
            count: 1,
            method: "POST",
            pathContains: "/disaster-recovery-drills"
        );
        fixture.Store.CrashWhen = run => run.Tiers[0].Groups[0].Action == RecoveryStepStatus.Failed;
        string? runId = null;
        RecoveryPlanRunner first = fixture.Runner();
        first.ProgressChanged += (_, progress) => runId ??= progress.RunId;

        Func<Task> crashed = () => first.RunAsync(plan, RecoveryRunKind.Drill);

        await crashed.Should().ThrowAsync<SimulatedCrashException>();
        (await fixture.Store.LoadAsync(runId!))!.Tiers[0].Groups[0].Action.Should().Be(RecoveryStepStatus.Starting);

        fixture.NewClient();
        RecoveryRun resumed = await fixture.Runner().ResumeAsync(runId!);

        resumed.Status.Should().Be(RecoveryRunStatus.Succeeded, resumed.Message);
        RecoveryGroupRun group = resumed.Tiers[0].Groups[0];
        group.Resolution.Should().StartWith("not applied, sent again: no DR drill named");
        group.Sends.Should().Be(2);
        group.DrillId.Should().NotBeNull();
        fixture.ActionsFor(fixture.Groups[0]).Should().Be(1, "one drill was created");
    }

    [Fact]
    public async Task Cancellation_StopsBetweenSteps_LeavesAResumableState()
    {
        await using PlanFixture fixture = await PlanFixture.StartAsync(3);
        RecoveryPlan plan = fixture.Plan(PlanFailurePolicy.StopPlan, 2, 2, 1);
        using var cancellation = new CancellationTokenSource();
        var hooks = new RecoveryPlanHooks
        {
            AfterTier = async (context, _) =>
            {
                if (context.TierIndex == 0)
                {
                    await cancellation.CancelAsync();
                }
            },
        };
        string? runId = null;
        RecoveryPlanRunner first = fixture.Runner(hooks);
        first.ProgressChanged += (_, progress) => runId ??= progress.RunId;

        Func<Task> cancelled = () =>
            first.RunAsync(plan, RecoveryRunKind.Failover, cancellationToken: cancellation.Token);

        await cancelled.Should().ThrowAsync<OperationCanceledException>();
        RecoveryRun saved = (await fixture.Store.LoadAsync(runId!))!;
        saved.Status.Should().Be(RecoveryRunStatus.Cancelled);
        saved.IsResumable.Should().BeTrue();
        saved.Tiers[0].Status.Should().Be(RecoveryStepStatus.Succeeded);
        saved.Tiers[1].Status.Should().Be(RecoveryStepStatus.Pending);
        fixture.ActionsFor(fixture.Groups[2]).Should().Be(0);

        RecoveryRun resumed = await fixture.Runner(hooks).ResumeAsync(runId!);

        resumed.Status.Should().Be(RecoveryRunStatus.Succeeded, resumed.Message);
        fixture.Groups.Should().OnlyContain(id => fixture.ActionsFor(id) == 1);
        (await fixture.Runner().ResumeAsync(runId!)).Status.Should().Be(RecoveryRunStatus.Succeeded, "ended runs stay");
    }

    [Fact]
    public async Task CancellationDuringAJobWait_ResumeWaitsOnTheSavedJob()
    {
        await using PlanFixture fixture = await PlanFixture.StartAsync(1);
        RecoveryPlan plan = fixture.Plan(PlanFailurePolicy.StopPlan, 1, 1);
        using var cancellation = new CancellationTokenSource();
        RecoveryPlanRunner first = fixture.Runner();
        string? runId = null;
        first.ProgressChanged += (_, progress) =>
        {
            runId ??= progress.RunId;
            if (progress.Kind == RecoveryProgressKind.JobStatusChanged && progress.Status != "SUCCESS")
            {
                cancellation.Cancel();
            }
        };

        Func<Task> cancelled = () =>
            first.RunAsync(plan, RecoveryRunKind.Failover, cancellationToken: cancellation.Token);

        await cancelled.Should().ThrowAsync<OperationCanceledException>();
        RecoveryRun saved = (await fixture.Store.LoadAsync(runId!))!;
        saved.Tiers[0].Groups[0].Action.Should().Be(RecoveryStepStatus.Running);
        saved.Tiers[0].Groups[0].JobId.Should().NotBeNull();
        fixture.Emulator.CompletePendingJobs();

        RecoveryRun resumed = await fixture.Runner().ResumeAsync(runId!);

        resumed.Status.Should().Be(RecoveryRunStatus.Succeeded, resumed.Message);
        resumed.Tiers[0].Groups[0].JobId.Should().Be(saved.Tiers[0].Groups[0].JobId);
        fixture.ActionsFor(fixture.Groups[0]).Should().Be(1);
    }
}
