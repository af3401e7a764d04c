using SdrsSdk;
using SdrsSdk.Testing;

namespace Samples.Shared;

/// <summary>Sets up a protected protection group (one server, one disk) in the emulator, for the demo runs of the
/// samples.</summary>
internal static class Demo
{
    public static async Task<string> CreateProtectedGroupAsync(SdrsClient client, string name = "orders")
    {
        ActiveDomain domain = (await client.ActiveDomains.ListAsync())[0];
        ServerGroup group = await (
            await client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest(
                    name,
                    domain.LocalReplicationCluster!.AvailabilityZone!,
                    domain.RemoteReplicationCluster!.AvailabilityZone!,
                    domain.Id,
                    EmulatedIds.NewVpcId() // the emulator, as the service, takes IDs in the UUID form
                )
            )
        ).WaitForResourceAsync();
        ProtectedInstance instance = await (
            await client.ProtectedInstances.StartCreateAsync(
                new CreateProtectedInstanceRequest(group.Id, EmulatedIds.NewServerId(), name + "-db")
            )
        ).WaitForResourceAsync();
        ReplicationPair pair = await (
            await client.Replications.StartCreateAsync(
                new CreateReplicationPairRequest(group.Id, EmulatedIds.NewVolumeId(), name + "-data")
            )
        ).WaitForResourceAsync();
        await (
            await client.ProtectedInstances.StartAttachReplicationAsync(
                instance.Id,
                new AttachReplicationPairRequest(pair.Id, "/dev/vdb")
            )
        ).WaitForCompletionAsync();
        await (await client.ServerGroups.StartProtectionAsync(group.Id)).WaitForCompletionAsync();
        return group.Id;
    }
}
