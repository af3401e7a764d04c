using Microsoft.Extensions.Time.Testing;
using SdrsSdk.Testing;

namespace SdrsSdk.RecoveryPlans.Tests.Readiness;

/// <summary>
/// An emulator on a fake clock, a client and a checker of it, and helpers that drive a protection group into the
/// states the readiness checks judge, through the SDK only. Jobs end at their first poll, so an operation that is
/// started and not waited for leaves its resources in the transitional status.
/// </summary>
public sealed class ReadinessTestBed : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly EmulatedDomain _domain = EmulatedDomain.ReferenceExample();
    private int _names;

    public ReadinessTestBed(Action<SdrsEmulatorOptions>? configure = null)
    {
        var options = new SdrsEmulatorOptions
        {
            TimeProvider = Clock,
            JobInitPolls = 0,
            JobRunningPolls = 0,
        };
        configure?.Invoke(options);
        Emulator = SdrsEmulator.Start(options);
        Client = Emulator.CreateClient();
        Checker = new ReadinessChecker(Client, Clock);
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public SdrsEmulator Emulator { get; }

    public SdrsClient Client { get; }

    public ReadinessChecker Checker { get; }

    public Task<ReadinessReport> CheckAsync(string groupId, RecoveryAction action, string? drillVpcId = null) =>
        Checker.CheckAsync(
            new ReadinessRequest
            {
                ServerGroupId = groupId,
                Action = action,
                DrillVpcId = drillVpcId ?? (action == RecoveryAction.Drill ? EmulatedIds.NewVpcId() : null),
            }
        );

    public async Task<ServerGroup> CreateGroupAsync(string? vpcId = null)
    {
        SdrsJobOperation<ServerGroup> create = await Client.ServerGroups.StartCreateAsync(
            new CreateServerGroupRequest(
                NextName("group"),
                _domain.LocalAvailabilityZone,
                _domain.RemoteAvailabilityZone,
                _domain.Id,
                vpcId ?? EmulatedIds.NewVpcId()
            )
        );
        return await create.WaitForResourceAsync();
    }

    public async Task<ProtectedInstance> CreateInstanceAsync(string groupId) =>
        await (
            await Client.ProtectedInstances.StartCreateAsync(
                new CreateProtectedInstanceRequest(groupId, EmulatedIds.NewServerId(), NextName("instance"))
            )
        ).WaitForResourceAsync();

    public async Task<ReplicationPair> CreatePairAsync(string groupId) =>
        await (
            await Client.Replications.StartCreateAsync(
                new CreateReplicationPairRequest(groupId, EmulatedIds.NewVolumeId(), NextName("pair"))
            )
        ).WaitForResourceAsync();

    public Task<SdrsJobOperation> StartAttachAsync(string instanceId, string pairId, string device = "/dev/vda") =>
        Client.ProtectedInstances.StartAttachReplicationAsync(
            instanceId,
            new AttachReplicationPairRequest(pairId, device)
        );

    /// <summary>A group with one protected instance and one pair attached to it; protection not enabled.</summary>
    public async Task<Member> CreateAttachedGroupAsync(string? vpcId = null)
    {
        ServerGroup group = await CreateGroupAsync(vpcId);
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);
        ReplicationPair pair = await CreatePairAsync(group.Id);
        await (await StartAttachAsync(instance.Id, pair.Id)).WaitForCompletionAsync();
        return new Member(group.Id, instance.Id, pair.Id);
    }

    /// <summary>Drills the group and deletes the drill, so the group counts as drilled now.</summary>
    public async Task DrillAndCleanUpAsync(string groupId)
    {
        DisasterRecoveryDrill drill = await (
            await Client.Drills.StartCreateAsync(new CreateDisasterRecoveryDrillRequest(groupId, NextName("drill")))
        ).WaitForResourceAsync();
        await (await Client.Drills.StartDeleteAsync(drill.Id)).WaitForCompletionAsync();
    }

    /// <summary>A drilled group with an attached pair, driven into the state each action starts from.</summary>
    public async Task<Member> CreateReadyGroupAsync(RecoveryAction action)
    {
        Member member = await CreateAttachedGroupAsync();
        await DrillAndCleanUpAsync(member.GroupId);
        switch (action)
        {
            case RecoveryAction.EnableProtection:
                break;
            case RecoveryAction.Reprotect:
                await ProtectAsync(member.GroupId);
                await (await Client.ServerGroups.StartFailoverAsync(member.GroupId)).WaitForCompletionAsync();
                break;
            case RecoveryAction.Failback:
                await ProtectAsync(member.GroupId);
                await (
                    await Client.ServerGroups.StartPlannedFailoverAsync(member.GroupId, PriorityStation.Target)
                ).WaitForCompletionAsync();
                break;
            default:
                await ProtectAsync(member.GroupId);
                break;
        }

        return member;
    }

    public async Task ProtectAsync(string groupId) =>
        await (await Client.ServerGroups.StartProtectionAsync(groupId)).WaitForCompletionAsync();

    public void Dispose()
    {
        Client.Dispose();
        Emulator.Dispose();
    }

    private string NextName(string prefix) => $"{prefix}-{++_names}";

    /// <summary>The IDs of a group and of its first protected instance and replication pair.</summary>
    public sealed record Member(string GroupId, string InstanceId, string PairId);
}
