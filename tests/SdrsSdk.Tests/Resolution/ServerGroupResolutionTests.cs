using SdrsSdk.Resolution.Internal;
using SdrsSdk.Tests.TestSupport;
using Ops = SdrsSdk.Operations.Internal.SdrsOperations.ServerGroups;

namespace SdrsSdk.Tests.Resolution;

/// <summary>Protection groups (5.4): creation by name + domain + AZs + VPC in the request's window, deletion and the
/// protection actions by the group's status (Appendix A.2).</summary>
public sealed class ServerGroupResolutionTests : ResolutionTest
{
    private static CreateServerGroupRequest NewGroup(string name = "g", string vpcId = VpcId) =>
        new(name, SourceAz, TargetAz, DomainId, vpcId);

    [Fact]
    public async Task Create_AnswerLostAfterTheWork_IsAppliedAndFollowsTheNewGroupToAvailable()
    {
        DateTimeOffset sent = await LoseTheAnswerAsync(client => client.ServerGroups.StartCreateAsync(NewGroup()));

        SdrsOutcome outcome = await ResolveAsync(Ops.Create, sent, NewGroup());

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        ServerGroup created = (await Client.ServerGroups.ListAsync()).ServerGroups.Single();
        outcome.Effect!.ResourceId.Should().Be(created.Id);
        outcome.Effect.State.Should().Be(new SdrsEffectState(SdrsEffectStage.Running, "creating"));
        (await FinishAndFollowAsync(outcome)).Should().Be(new SdrsEffectState(SdrsEffectStage.Succeeded, "available"));
        outcome.Operation.Should().Be("ServerGroups.Create");
    }

    [Fact]
    public async Task Create_RefusedBeforeTheWork_IsNotApplied()
    {
        DateTimeOffset sent = await RefuseAsync(client => client.ServerGroups.StartCreateAsync(NewGroup()));

        SdrsOutcome outcome = await ResolveAsync(Ops.Create, sent, NewGroup());

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied, outcome.Evidence);
    }

    [Fact]
    public async Task Create_APreExistingGroupWithTheSameName_IsNotMistakenForTheNewOne()
    {
        ServerGroup older = await CreateGroupAsync("g");
        await Task.Delay(20); // the request is sent strictly after the older group's creation time
        DateTimeOffset sent = await LoseTheAnswerAsync(client => client.ServerGroups.StartCreateAsync(NewGroup()));

        SdrsOutcome outcome = await ResolveAsync(
            Ops.Create,
            Milliseconds(sent),
            NewGroup(),
            options: Once with
            {
                ClockSkew = TimeSpan.Zero,
            }
        );

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        outcome.Effect!.ResourceId.Should().NotBe(older.Id);
        outcome.Evidence.Should().Contain("1 with the same keys created earlier");
    }

    [Fact]
    public async Task Create_OnlyAGroupWithTheSameNameFromBeforeTheRequest_IsNotApplied()
    {
        await CreateGroupAsync("g");

        SdrsOutcome outcome = await ResolveAsync(Ops.Create, Now + TimeSpan.FromMinutes(10), NewGroup());

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied, outcome.Evidence);
    }

    [Fact]
    public async Task Create_AGroupSomeoneElseCreatedAfterTheRequest_IsNotClaimed()
    {
        DateTimeOffset longAgo = Now - TimeSpan.FromMinutes(20);
        await CreateGroupAsync("g");

        SdrsOutcome outcome = await ResolveAsync(Ops.Create, longAgo, NewGroup(), failedAt: longAgo);

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied, outcome.Evidence);
        outcome.Evidence.Should().Contain("1 later");
    }

    [Fact]
    public async Task Create_AGroupWithTheSameNameInAnotherVpc_IsNotClaimed()
    {
        DateTimeOffset sent = Now;
        await CreateGroupAsync("g", vpcId: TestIds.Of("other-vpc"));

        SdrsOutcome outcome = await ResolveAsync(Ops.Create, sent, NewGroup());

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied, outcome.Evidence);
    }

    [Fact]
    public async Task Create_TwoMatchingGroupsInTheWindow_IsUnknown()
    {
        DateTimeOffset sent = Now;
        await CreateGroupAsync("g");
        await CreateGroupAsync("g");

        SdrsOutcome outcome = await ResolveAsync(Ops.Create, sent, NewGroup());

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Unknown);
        outcome.Evidence.Should().StartWith("2 protection group named 'g's were created");
        outcome.WhatToCheck.Should().Contain("protection groups named 'g'");
    }

    [Fact]
    public async Task Delete_AnswerLost_IsAppliedAndFollowsTheGroupUntilGone()
    {
        ServerGroup group = await CreateGroupAsync();
        DateTimeOffset sent = await LoseTheAnswerAsync(client => client.ServerGroups.StartDeleteAsync(group.Id));

        SdrsOutcome outcome = await ResolveAsync(Ops.Delete, sent, pathIds: Ids(("server_group_id", group.Id)));

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        outcome.Effect!.State.Stage.Should().Be(SdrsEffectStage.Running);
        (await FinishAndFollowAsync(outcome)).Should().Be(new SdrsEffectState(SdrsEffectStage.Succeeded, "gone"));
    }

    [Fact]
    public async Task Delete_Refused_IsNotApplied()
    {
        ServerGroup group = await CreateGroupAsync();
        DateTimeOffset sent = await RefuseAsync(client => client.ServerGroups.StartDeleteAsync(group.Id));

        SdrsOutcome outcome = await ResolveAsync(Ops.Delete, sent, pathIds: Ids(("server_group_id", group.Id)));

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied, outcome.Evidence);
    }

    [Fact]
    public async Task StartProtection_AnswerLost_IsAcceptedThenDone()
    {
        (ServerGroup group, _, _) = await CreateAttachedAsync();
        DateTimeOffset sent = await LoseTheAnswerAsync(client => client.ServerGroups.StartProtectionAsync(group.Id));

        SdrsOutcome outcome = await ResolveAsync(
            Ops.StartProtection,
            sent,
            pathIds: Ids(("server_group_id", group.Id))
        );

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        outcome.Effect!.State.Should().Be(new SdrsEffectState(SdrsEffectStage.Running, "starting"));
        (await FinishAndFollowAsync(outcome)).Should().Be(new SdrsEffectState(SdrsEffectStage.Succeeded, "protected"));
    }

    [Fact]
    public async Task StartProtection_Refused_IsNotApplied()
    {
        (ServerGroup group, _, _) = await CreateAttachedAsync();
        DateTimeOffset sent = await RefuseAsync(client => client.ServerGroups.StartProtectionAsync(group.Id));

        SdrsOutcome outcome = await ResolveAsync(
            Ops.StartProtection,
            sent,
            pathIds: Ids(("server_group_id", group.Id))
        );

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied, outcome.Evidence);
        outcome.Evidence.Should().Be($"protection group {group.Id} is available");
    }

    [Fact]
    public async Task StartProtection_ErrorStatus_IsTheRequestsFailureOnlyWhenTheGroupChangedAfterIt()
    {
        (ServerGroup group, _, _) = await CreateAttachedAsync();
        Emulator.FailNextJob(JobType.StartProtectionGroup);
        DateTimeOffset sent = Now;
        Func<Task> enable = async () =>
            await (await Client.ServerGroups.StartProtectionAsync(group.Id)).WaitForCompletionAsync();
        await enable.Should().ThrowAsync<SdrsJobFailedException>();
        IReadOnlyDictionary<string, string> ids = Ids(("server_group_id", group.Id));

        SdrsOutcome ours = await ResolveAsync(Ops.StartProtection, sent, pathIds: ids);
        SdrsOutcome older = await ResolveAsync(Ops.StartProtection, Now + TimeSpan.FromMinutes(10), pathIds: ids);

        ours.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, ours.Evidence);
        ours.Effect!.State.Should().Be(new SdrsEffectState(SdrsEffectStage.Failed, "error-starting"));
        older.Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied, older.Evidence);
    }

    [Fact]
    public async Task StopProtection_AnswerLost_IsAcceptedThenDone()
    {
        (ServerGroup group, _, _) = await CreateProtectedAsync();
        DateTimeOffset sent = await LoseTheAnswerAsync(client =>
            client.ServerGroups.StartStopProtectionAsync(group.Id)
        );

        SdrsOutcome outcome = await ResolveAsync(Ops.StopProtection, sent, pathIds: Ids(("server_group_id", group.Id)));

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        (await FinishAndFollowAsync(outcome)).Should().Be(new SdrsEffectState(SdrsEffectStage.Succeeded, "available"));
    }

    [Fact]
    public async Task Failover_AnswerLost_IsAcceptedThenFailedOver_AndRefusedIsNotApplied()
    {
        (ServerGroup group, _, _) = await CreateProtectedAsync();
        IReadOnlyDictionary<string, string> ids = Ids(("server_group_id", group.Id));
        DateTimeOffset refused = await RefuseAsync(client => client.ServerGroups.StartFailoverAsync(group.Id));
        (await ResolveAsync(Ops.Failover, refused, pathIds: ids)).Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied);

        DateTimeOffset sent = await LoseTheAnswerAsync(client => client.ServerGroups.StartFailoverAsync(group.Id));
        SdrsOutcome outcome = await ResolveAsync(Ops.Failover, sent, pathIds: ids);

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        outcome.Effect!.State.Status.Should().Be("failing-over");
        (await FinishAndFollowAsync(outcome))
            .Should()
            .Be(new SdrsEffectState(SdrsEffectStage.Succeeded, "failed-over"));
    }

    [Fact]
    public async Task PlannedFailover_AnswerLost_IsDoneWhenProtectedAtTheRequestedStation()
    {
        (ServerGroup group, _, _) = await CreateProtectedAsync();
        IReadOnlyDictionary<string, string> ids = Ids(("server_group_id", group.Id));
        DateTimeOffset sent = await LoseTheAnswerAsync(client =>
            client.ServerGroups.StartPlannedFailoverAsync(group.Id, PriorityStation.Target)
        );

        SdrsOutcome accepted = await ResolveAsync(Ops.PlannedFailover, sent, PriorityStation.Target, ids);
        accepted.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, accepted.Evidence);
        accepted.Effect!.State.Should().Be(new SdrsEffectState(SdrsEffectStage.Running, "reversing"));
        SdrsEffectState done = await FinishAndFollowAsync(accepted);
        SdrsOutcome afterwards = await ResolveAsync(Ops.PlannedFailover, sent, PriorityStation.Target, ids);

        done.Should().Be(new SdrsEffectState(SdrsEffectStage.Succeeded, "protected (priority_station target)"));
        afterwards.Verdict.Should().Be(SdrsOutcomeVerdict.Applied);
        afterwards.Effect!.State.Stage.Should().Be(SdrsEffectStage.Succeeded);
    }

    [Fact]
    public async Task PlannedFailover_Refused_IsNotAppliedWhileTheStationIsTheOldOne()
    {
        (ServerGroup group, _, _) = await CreateProtectedAsync();
        DateTimeOffset sent = await RefuseAsync(client =>
            client.ServerGroups.StartPlannedFailoverAsync(group.Id, PriorityStation.Target)
        );

        SdrsOutcome outcome = await ResolveAsync(
            Ops.PlannedFailover,
            sent,
            PriorityStation.Target,
            Ids(("server_group_id", group.Id))
        );

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied, outcome.Evidence);
        outcome.WhatToCheck.Should().Contain("priority_station");
    }

    [Fact]
    public async Task Action_OnAGroupInAStatusThatSaysNothing_IsUnknown()
    {
        ServerGroup group = await CreateGroupAsync();
        await Client.ServerGroups.StartDeleteAsync(group.Id);

        SdrsOutcome outcome = await ResolveAsync(Ops.Failover, Now, pathIds: Ids(("server_group_id", group.Id)));

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Unknown);
        outcome.Evidence.Should().Be($"protection group {group.Id} is deleting, which says nothing about the request");
        outcome.ToException(new SdrsErrorDetails(), null).Message.Should().Contain("may have been applied");
    }

    private static DateTimeOffset Milliseconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMillisecond), time.Offset);
}
