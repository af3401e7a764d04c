using SdrsSdk.Resolution.Internal;
using SdrsSdk.Tests.TestSupport;
using Ops = SdrsSdk.Operations.Internal.SdrsOperations.ProtectedInstances;

namespace SdrsSdk.Tests.Resolution;

/// <summary>Protected instances (5.5): creation by production server, attachments by the instance's attachment list,
/// resize and deletion by status (Appendix A.3, A.4), NICs unknown.</summary>
public sealed class ProtectedInstanceResolutionTests : ResolutionTest
{
    [Fact]
    public async Task Create_AnswerLost_IsAppliedWithTheServersInstance()
    {
        ServerGroup group = await CreateGroupAsync();
        var request = new CreateProtectedInstanceRequest(group.Id, TestIds.Of("server-1"), "instance-1");
        DateTimeOffset sent = await LoseTheAnswerAsync(client => client.ProtectedInstances.StartCreateAsync(request));

        SdrsOutcome outcome = await ResolveAsync(Ops.Create, sent, request);

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        ProtectedInstance created = (await Client.ProtectedInstances.ListAsync()).ProtectedInstances.Single();
        outcome.Effect!.ResourceId.Should().Be(created.Id);
        (await FinishAndFollowAsync(outcome)).Stage.Should().Be(SdrsEffectStage.Succeeded);
    }

    [Fact]
    public async Task Create_Refused_IsNotApplied()
    {
        ServerGroup group = await CreateGroupAsync();
        var request = new CreateProtectedInstanceRequest(group.Id, TestIds.Of("server-1"), "instance-1");
        DateTimeOffset sent = await RefuseAsync(client => client.ProtectedInstances.StartCreateAsync(request));

        (await ResolveAsync(Ops.Create, sent, request)).Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied);
    }

    [Fact]
    public async Task Create_TheServerWasProtectedBeforeTheRequest_IsNotClaimed()
    {
        ServerGroup group = await CreateGroupAsync();
        await CreateInstanceAsync(group.Id, TestIds.Of("server-1"), "instance-1");
        var request = new CreateProtectedInstanceRequest(group.Id, TestIds.Of("server-1"), "instance-1");

        SdrsOutcome outcome = await ResolveAsync(Ops.Create, Now + TimeSpan.FromMinutes(10), request);

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied, "sending it again gets SDRS.1305, not a duplicate");
        outcome.Evidence.Should().Contain("1 with the same keys created earlier");
    }

    [Fact]
    public async Task Create_TheServerProtectedUnderAnotherNameAfterTheRequest_IsNotClaimed()
    {
        ServerGroup group = await CreateGroupAsync();
        DateTimeOffset sent = Now;
        await CreateInstanceAsync(group.Id, TestIds.Of("server-1"), "someone-elses");

        SdrsOutcome outcome = await ResolveAsync(
            Ops.Create,
            sent,
            new CreateProtectedInstanceRequest(group.Id, TestIds.Of("server-1"), "instance-1")
        );

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied, outcome.Evidence);
    }

    [Fact]
    public async Task Delete_AnswerLost_IsAppliedUntilGone_AndRefusedIsNotApplied()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);
        IReadOnlyDictionary<string, string> ids = Ids(("protected_instance_id", instance.Id));
        DateTimeOffset refused = await RefuseAsync(client => client.ProtectedInstances.StartDeleteAsync(instance.Id));
        (await ResolveAsync(Ops.Delete, refused, pathIds: ids)).Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied);

        DateTimeOffset sent = await LoseTheAnswerAsync(client =>
            client.ProtectedInstances.StartDeleteAsync(instance.Id)
        );
        SdrsOutcome outcome = await ResolveAsync(Ops.Delete, sent, pathIds: ids);

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        (await FinishAndFollowAsync(outcome)).Should().Be(new SdrsEffectState(SdrsEffectStage.Succeeded, "gone"));
    }

    [Fact]
    public async Task Attach_AnswerLost_IsAcceptedThenListedInTheAttachments()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);
        ReplicationPair pair = await CreatePairAsync(group.Id);
        var request = new AttachReplicationPairRequest(pair.Id, "/dev/vda");
        IReadOnlyDictionary<string, string> ids = Ids(("protected_instance_id", instance.Id));
        DateTimeOffset refused = await RefuseAsync(client =>
            client.ProtectedInstances.StartAttachReplicationAsync(instance.Id, request)
        );
        (await ResolveAsync(Ops.AttachReplication, refused, request, ids))
            .Verdict.Should()
            .Be(SdrsOutcomeVerdict.NotApplied);

        DateTimeOffset sent = await LoseTheAnswerAsync(client =>
            client.ProtectedInstances.StartAttachReplicationAsync(instance.Id, request)
        );
        SdrsOutcome outcome = await ResolveAsync(Ops.AttachReplication, sent, request, ids);

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        outcome.Effect!.State.Should().Be(new SdrsEffectState(SdrsEffectStage.Running, "attaching"));
        (await FinishAndFollowAsync(outcome)).Should().Be(new SdrsEffectState(SdrsEffectStage.Succeeded, "attached"));
    }

    [Fact]
    public async Task Detach_AnswerLost_IsAppliedOnceTheAttachmentIsGone()
    {
        (_, ProtectedInstance instance, ReplicationPair pair) = await CreateAttachedAsync();
        IReadOnlyDictionary<string, string> ids = Ids(
            ("protected_instance_id", instance.Id),
            ("replication_id", pair.Id)
        );
        DateTimeOffset refused = await RefuseAsync(client =>
            client.ProtectedInstances.StartDetachReplicationAsync(instance.Id, pair.Id)
        );
        (await ResolveAsync(Ops.DetachReplication, refused, pathIds: ids))
            .Verdict.Should()
            .Be(SdrsOutcomeVerdict.NotApplied);

        DateTimeOffset sent = await LoseTheAnswerAsync(client =>
            client.ProtectedInstances.StartDetachReplicationAsync(instance.Id, pair.Id)
        );
        SdrsOutcome outcome = await ResolveAsync(Ops.DetachReplication, sent, pathIds: ids);

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        (await FinishAndFollowAsync(outcome)).Should().Be(new SdrsEffectState(SdrsEffectStage.Succeeded, "detached"));
    }

    [Fact]
    public async Task Resize_AnswerLost_IsAcceptedWhileResizing()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);
        var request = new ResizeProtectedInstanceRequest { FlavorRef = "s3.large.2" };
        IReadOnlyDictionary<string, string> ids = Ids(("protected_instance_id", instance.Id));
        DateTimeOffset sent = await LoseTheAnswerAsync(client =>
            client.ProtectedInstances.StartResizeAsync(instance.Id, request)
        );

        SdrsOutcome outcome = await ResolveAsync(Ops.Resize, sent, request, ids);

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        outcome.Effect!.State.Should().Be(new SdrsEffectState(SdrsEffectStage.Running, "resizing"));
    }

    [Fact]
    public async Task Resize_StableStatus_IsNotAppliedWhenUntouchedSinceTheRequestAndUnknownOtherwise()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);
        var request = new ResizeProtectedInstanceRequest { FlavorRef = "s3.large.2" };
        IReadOnlyDictionary<string, string> ids = Ids(("protected_instance_id", instance.Id));

        SdrsOutcome untouched = await ResolveAsync(Ops.Resize, Now + TimeSpan.FromMinutes(10), request, ids);
        SdrsOutcome changed = await ResolveAsync(Ops.Resize, Now, request, ids);

        untouched.Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied, untouched.Evidence);
        changed.Verdict.Should().Be(SdrsOutcomeVerdict.Unknown);
        changed.Evidence.Should().Contain("SDRS does not show the flavor");
        changed.WhatToCheck.Should().Contain("flavor");
    }

    [Theory]
    [InlineData("AddNic")]
    [InlineData("DeleteNic")]
    public async Task Nic_WhenTheStatusCannotTell_IsUnknown_AndSaysWhatToCheck(string operation)
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);

        // Updated after (sent - skew), in a stable status: a NIC job may have run and ended.
        SdrsOutcome outcome = await ResolveAsync(
            operation == "AddNic" ? Ops.AddNic : Ops.DeleteNic,
            Now,
            pathIds: Ids(("protected_instance_id", instance.Id))
        );

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Unknown);
        SdrsOutcomeUnknownException exception = outcome.ToException(
            new SdrsErrorDetails
            {
                Method = "POST",
                Status = 504,
                RequestId = "req-7",
            },
            null
        );
        exception.Operation.Should().Be($"ProtectedInstances.{operation}");
        exception.Message.Should().Contain("may have been applied").And.Contain("req-7").And.Contain("NICs");
    }

    [Fact]
    public async Task AddNic_AnswerLost_IsAppliedWhileNicCreatingThenDone_AndUntouchedIsNotApplied()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);
        IReadOnlyDictionary<string, string> ids = Ids(("protected_instance_id", instance.Id));

        // Sent long after the instance's last change: nothing happened to it since.
        SdrsOutcome untouched = await ResolveAsync(Ops.AddNic, Now + TimeSpan.FromMinutes(10), pathIds: ids);
        DateTimeOffset sent = await LoseTheAnswerAsync(client =>
            client.ProtectedInstances.StartAddNicAsync(
                instance.Id,
                new AddNicRequest("d32019d3-bc6e-4319-9c1d-6722fc136a23")
            )
        );
        SdrsOutcome applied = await ResolveAsync(Ops.AddNic, sent, pathIds: ids);

        untouched.Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied, untouched.Evidence);
        applied.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, applied.Evidence);
        applied.Evidence.Should().Contain("nic-creating");
        applied.Effect!.State.Stage.Should().Be(SdrsEffectStage.Running);
        (await FinishAndFollowAsync(applied)).Stage.Should().Be(SdrsEffectStage.Succeeded);
    }

    [Fact]
    public async Task BatchCreate_AnswerLost_IsAppliedWithEveryServer_AndRefusedIsNotApplied()
    {
        ServerGroup group = await CreateGroupAsync();
        var request = new BatchCreateProtectedInstancesRequest(
            "web",
            group.Id,
            [
                new ProtectedInstanceServerInfo(TestIds.Of("server-a")),
                new ProtectedInstanceServerInfo(TestIds.Of("server-b")),
            ]
        );
        DateTimeOffset refused = await RefuseAsync(client => client.ProtectedInstances.StartBatchCreateAsync(request));
        (await ResolveAsync(Ops.BatchCreate, refused, request)).Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied);

        DateTimeOffset sent = await LoseTheAnswerAsync(client =>
            client.ProtectedInstances.StartBatchCreateAsync(request)
        );
        SdrsOutcome outcome = await ResolveAsync(Ops.BatchCreate, sent, request);

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        outcome.Effect!.ResourceId.Should().BeNull();
        outcome.Effect.State.Stage.Should().Be(SdrsEffectStage.Running);
        (await FinishAndFollowAsync(outcome)).Stage.Should().Be(SdrsEffectStage.Succeeded);
    }

    [Fact]
    public async Task BatchCreate_OnlySomeServersProtected_IsUnknown()
    {
        ServerGroup group = await CreateGroupAsync();
        DateTimeOffset sent = Now;
        await CreateInstanceAsync(group.Id, TestIds.Of("server-a"), "web-a");
        var request = new BatchCreateProtectedInstancesRequest(
            "web",
            group.Id,
            [
                new ProtectedInstanceServerInfo(TestIds.Of("server-a")),
                new ProtectedInstanceServerInfo(TestIds.Of("server-b")),
            ]
        );

        SdrsOutcome outcome = await ResolveAsync(Ops.BatchCreate, sent, request);

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Unknown);
        outcome.Evidence.Should().StartWith("1 of 2 protected instances show the effect");
    }

    [Fact]
    public async Task BatchDelete_AnswerLost_IsAppliedForEveryInstance_AndRefusedIsNotApplied()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance first = await CreateInstanceAsync(group.Id, TestIds.Of("server-a"), "a");
        ProtectedInstance second = await CreateInstanceAsync(group.Id, TestIds.Of("server-b"), "b");
        var request = new BatchDeleteProtectedInstancesRequest([first.Id, second.Id]);
        DateTimeOffset refused = await RefuseAsync(client => client.ProtectedInstances.StartBatchDeleteAsync(request));
        (await ResolveAsync(Ops.BatchDelete, refused, request)).Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied);

        DateTimeOffset sent = await LoseTheAnswerAsync(client =>
            client.ProtectedInstances.StartBatchDeleteAsync(request)
        );
        SdrsOutcome outcome = await ResolveAsync(Ops.BatchDelete, sent, request);

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        (await FinishAndFollowAsync(outcome)).Should().Be(new SdrsEffectState(SdrsEffectStage.Succeeded, "gone, gone"));
    }
}
