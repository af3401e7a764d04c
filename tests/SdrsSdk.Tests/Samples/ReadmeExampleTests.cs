using SdrsSdk.Testing;

namespace SdrsSdk.Tests.Samples;

/// <summary>The README's "Testing your code against the emulator" example, verbatim, so the README stays
/// true.</summary>
public class ProtectionGroupTests
{
    [Fact]
    public async Task CreateGroup_JobFails_SurfacesTheErrorCode()
    {
        await using SdrsEmulator emulator = SdrsEmulator.Start();
        using SdrsClient client = emulator.CreateClient(); // AK/SK, signed and verified
        ActiveDomain domain = (await client.ActiveDomains.ListAsync())[0];
        emulator.FailNextJob(JobType.CreateProtectionGroup); // the next such job ends FAIL
        var create = await client.ServerGroups.StartCreateAsync(
            new CreateServerGroupRequest(
                "orders",
                domain.LocalReplicationCluster!.AvailabilityZone!,
                domain.RemoteReplicationCluster!.AvailabilityZone!,
                domain.Id,
                EmulatedIds.NewVpcId() // IDs are UUIDs, as the service's
            )
        );
        var failure = await Assert.ThrowsAsync<SdrsJobFailedException>(() => create.WaitForCompletionAsync());
        Assert.Equal("SDRS.1014", failure.ErrorCode);
    }
}
