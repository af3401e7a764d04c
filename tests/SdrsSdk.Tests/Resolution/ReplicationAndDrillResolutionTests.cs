using SdrsSdk.Resolution.Internal;
using SdrsSdk.Tests.TestSupport;
using Drills = SdrsSdk.Operations.Internal.SdrsOperations.Drills;
using Pairs = SdrsSdk.Operations.Internal.SdrsOperations.Replications;

namespace SdrsSdk.Tests.Resolution;

/// <summary>Replication pairs (5.6: by disk, by size) and DR drills (5.7: by name, group and drill VPC).</summary>
public sealed class ReplicationAndDrillResolutionTests : ResolutionTest
{
    [Fact]
    public async Task CreatePair_AnswerLost_IsAppliedWithTheDisksPair_AndRefusedIsNotApplied()
    {
        ServerGroup group = await CreateGroupAsync();
        var request = new CreateReplicationPairRequest(group.Id, TestIds.Of("volume-1"), "pair-1");
        DateTimeOffset refused = await RefuseAsync(client => client.Replications.StartCreateAsync(request));
        (await ResolveAsync(Pairs.Create, refused, request)).Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied);

        DateTimeOffset sent = await LoseTheAnswerAsync(client => client.Replications.StartCreateAsync(request));
        SdrsOutcome outcome = await ResolveAsync(Pairs.Create, sent, request);

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        outcome.Effect!.ResourceId.Should().Be((await Client.Replications.ListAsync()).Replications.Single().Id);
        (await FinishAndFollowAsync(outcome)).Should().Be(new SdrsEffectState(SdrsEffectStage.Succeeded, "available"));
    }

    [Fact]
    public async Task CreatePair_TheDiskWasPairedBeforeTheRequest_IsNotClaimed()
    {
        ServerGroup group = await CreateGroupAsync();
        await CreatePairAsync(group.Id, TestIds.Of("volume-1"), "pair-1");

        SdrsOutcome outcome = await ResolveAsync(
            Pairs.Create,
            Now + TimeSpan.FromMinutes(10),
            new CreateReplicationPairRequest(group.Id, TestIds.Of("volume-1"), "pair-1")
        );

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied, "sending it again gets SDRS.1811, not a duplicate");
    }

    [Fact]
    public async Task DeletePair_AnswerLost_IsAppliedUntilGone()
    {
        ServerGroup group = await CreateGroupAsync();
        ReplicationPair pair = await CreatePairAsync(group.Id);
        DateTimeOffset sent = await LoseTheAnswerAsync(client => client.Replications.StartDeleteAsync(pair.Id));

        SdrsOutcome outcome = await ResolveAsync(Pairs.Delete, sent, pathIds: Ids(("replication_id", pair.Id)));

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        (await FinishAndFollowAsync(outcome)).Should().Be(new SdrsEffectState(SdrsEffectStage.Succeeded, "gone"));
    }

    [Fact]
    public async Task Expand_AnswerLost_IsAcceptedThenDoneAtTheNewSize_AndRefusedIsNotApplied()
    {
        ServerGroup group = await CreateGroupAsync();
        ReplicationPair pair = await CreatePairAsync(group.Id);
        int newSize = pair.RecordMetadata!.VolumeSize!.Value + 10;
        IReadOnlyDictionary<string, string> ids = Ids(("replication_id", pair.Id));
        DateTimeOffset refused = await RefuseAsync(client => client.Replications.StartExpandAsync(pair.Id, newSize));
        (await ResolveAsync(Pairs.Expand, refused, newSize, ids)).Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied);

        DateTimeOffset sent = await LoseTheAnswerAsync(client =>
            client.Replications.StartExpandAsync(pair.Id, newSize)
        );
        SdrsOutcome outcome = await ResolveAsync(Pairs.Expand, sent, newSize, ids);

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        outcome.Effect!.State.Should().Be(new SdrsEffectState(SdrsEffectStage.Running, "extending"));
        (await FinishAndFollowAsync(outcome))
            .Should()
            .Be(new SdrsEffectState(SdrsEffectStage.Succeeded, $"available, {newSize} GB"));
    }

    [Fact]
    public async Task CreateDrill_AnswerLost_IsAppliedWithTheNewDrill_AndRefusedIsNotApplied()
    {
        (ServerGroup group, _, _) = await CreateProtectedAsync();
        var request = new CreateDisasterRecoveryDrillRequest(group.Id, "drill-1");
        DateTimeOffset refused = await RefuseAsync(client => client.Drills.StartCreateAsync(request));
        (await ResolveAsync(Drills.Create, refused, request)).Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied);

        DateTimeOffset sent = await LoseTheAnswerAsync(client => client.Drills.StartCreateAsync(request));
        SdrsOutcome outcome = await ResolveAsync(Drills.Create, sent, request);

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        outcome.Effect!.ResourceId.Should().Be((await Client.Drills.ListAsync()).DisasterRecoveryDrills.Single().Id);
        (await FinishAndFollowAsync(outcome)).Should().Be(new SdrsEffectState(SdrsEffectStage.Succeeded, "available"));
    }

    [Fact]
    public async Task CreateDrill_APreExistingDrillWithTheSameName_IsNotClaimed()
    {
        (ServerGroup group, _, _) = await CreateProtectedAsync();
        await (
            await Client.Drills.StartCreateAsync(new CreateDisasterRecoveryDrillRequest(group.Id, "drill-1"))
        ).WaitForCompletionAsync();

        SdrsOutcome outcome = await ResolveAsync(
            Drills.Create,
            Now + TimeSpan.FromMinutes(10),
            new CreateDisasterRecoveryDrillRequest(group.Id, "drill-1")
        );

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied, outcome.Evidence);
    }

    [Fact]
    public async Task CreateDrill_ADrillInAnotherDrillVpc_IsNotClaimed()
    {
        (ServerGroup group, _, _) = await CreateProtectedAsync();
        DateTimeOffset sent = Now;
        await Client.Drills.StartCreateAsync(new CreateDisasterRecoveryDrillRequest(group.Id, "drill-1"));

        SdrsOutcome outcome = await ResolveAsync(
            Drills.Create,
            sent,
            new CreateDisasterRecoveryDrillRequest(group.Id, "drill-1") { DrillVpcId = TestIds.Of("another-vpc") }
        );

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied, outcome.Evidence);
    }

    [Fact]
    public async Task DeleteDrill_AnswerLost_IsAppliedUntilGone()
    {
        (ServerGroup group, _, _) = await CreateProtectedAsync();
        SdrsJobOperation<DisasterRecoveryDrill> create = await Client.Drills.StartCreateAsync(
            new CreateDisasterRecoveryDrillRequest(group.Id, "drill-1")
        );
        DisasterRecoveryDrill drill = await create.WaitForResourceAsync();
        DateTimeOffset sent = await LoseTheAnswerAsync(client => client.Drills.StartDeleteAsync(drill.Id));

        SdrsOutcome outcome = await ResolveAsync(
            Drills.Delete,
            sent,
            pathIds: Ids(("disaster_recovery_drill_id", drill.Id))
        );

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        (await FinishAndFollowAsync(outcome)).Should().Be(new SdrsEffectState(SdrsEffectStage.Succeeded, "gone"));
    }
}
