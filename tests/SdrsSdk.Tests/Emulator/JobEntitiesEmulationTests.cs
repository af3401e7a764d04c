using SdrsSdk.Testing;

namespace SdrsSdk.Tests.Emulator;

/// <summary>The job entities the emulator fills as the service does (reference 5.1.1 and the official SDKs' job
/// entity model), read through the SDK.</summary>
public sealed class JobEntitiesEmulationTests : EmulatorTest
{
    private const string OtherServerId = "8e2d6f10-4b7a-4c39-9e85-1a6c3f0b7d22";
    private const string SubnetId = "d32019d3-bc6e-4319-9c1d-6722fc136a23";

    [Fact]
    public async Task CreateInstanceJob_NamesTheDrSiteServer_AsNativeServerId()
    {
        ServerGroup group = await CreateGroupAsync();
        SdrsJobOperation<ProtectedInstance> create = await Client.ProtectedInstances.StartCreateAsync(
            new CreateProtectedInstanceRequest(group.Id, ServerId, "instance-1")
        );

        SdrsJob job = await create.WaitForCompletionAsync();
        ProtectedInstance instance = await create.WaitForResourceAsync();

        job.Entities!.NativeServerId.Should().NotBeNullOrEmpty().And.Be(instance.TargetServer);
        job.Entities.TryGetId("native_server_id", out string? id).Should().BeTrue();
        id.Should().Be(instance.TargetServer);
    }

    [Fact]
    public async Task BatchCreateSubJobs_NameTheirDrSiteServers()
    {
        ServerGroup group = await CreateGroupAsync();
        SdrsJobOperation create = await Client.ProtectedInstances.StartBatchCreateAsync(
            new BatchCreateProtectedInstancesRequest(
                "web",
                group.Id,
                [new ProtectedInstanceServerInfo(ServerId), new ProtectedInstanceServerInfo(OtherServerId)]
            )
        );

        SdrsJob job = await create.WaitForCompletionAsync();

        job.SubJobs.Should().HaveCount(2);
        foreach (SdrsJob subJob in job.SubJobs)
        {
            ProtectedInstance instance = await Client.ProtectedInstances.GetAsync(
                subJob.Entities!.ProtectedInstanceId!
            );
            subJob.Entities.NativeServerId.Should().Be(instance.TargetServer);
        }
    }

    [Fact]
    public async Task CreatePairJob_NamesBothDisks_AsThePairsVolumeIds()
    {
        ServerGroup group = await CreateGroupAsync();
        SdrsJobOperation<ReplicationPair> create = await Client.Replications.StartCreateAsync(
            new CreateReplicationPairRequest(group.Id, VolumeId, "pair-1")
        );

        SdrsJob job = await create.WaitForCompletionAsync();
        ReplicationPair pair = await create.WaitForResourceAsync();

        job.Entities!.VolumeIds.Should().StartWith(VolumeId + ",").And.Be(pair.VolumeIds);
    }

    [Fact]
    public async Task NicJobs_NameTheNic_SoTheAddedNicCanBeDeletedByIt()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id, ServerId);

        SdrsJob added = await (
            await Client.ProtectedInstances.StartAddNicAsync(instance.Id, new AddNicRequest(SubnetId))
        ).WaitForCompletionAsync();
        string nicId = added.Entities!.NicId!;
        SdrsJob deleted = await (
            await Client.ProtectedInstances.StartDeleteNicAsync(instance.Id, nicId)
        ).WaitForCompletionAsync();
        Func<Task> deleteAgain = () => Client.ProtectedInstances.StartDeleteNicAsync(instance.Id, nicId);

        Guid.TryParse(nicId, out _).Should().BeTrue();
        added.Entities.ProtectedInstanceId.Should().Be(instance.Id);
        added.Entities.TryGetId("nic_id", out string? id).Should().BeTrue();
        id.Should().Be(nicId);
        deleted.Entities!.NicId.Should().Be(nicId);
        (await deleteAgain.Should().ThrowAsync<SdrsException>()).Which.ErrorCode.Should().Be("SDRS.1310");
    }

    [Fact]
    public async Task DeleteNic_ThePrimaryNicOfARegisteredServer_IsRefusedWithSdrs1311()
    {
        const string PrimaryNicId = "5b0e9c2a-7d41-4f86-b3a9-2c8e1f6d0a57";
        Emulator.AddServer(new EmulatedServer(ServerId) { PrimaryNicId = PrimaryNicId });
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id, ServerId);

        Func<Task> delete = () => Client.ProtectedInstances.StartDeleteNicAsync(instance.Id, PrimaryNicId);

        (await delete.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.1311");
        (await Client.ProtectedInstances.GetAsync(instance.Id)).Status.Should().Be(ProtectedInstanceStatus.Available);
    }

    [Fact]
    public async Task FailedAddNicJob_ReleasesTheNicsAddress()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id, ServerId);
        var request = new AddNicRequest(SubnetId) { IpAddress = "192.168.0.25" };
        Emulator.FailNextJob(JobType.AddNic);

        Func<Task> failing = async () =>
            await (await Client.ProtectedInstances.StartAddNicAsync(instance.Id, request)).WaitForCompletionAsync();
        await failing.Should().ThrowAsync<SdrsJobFailedException>();
        SdrsJob retried = await (
            await Client.ProtectedInstances.StartAddNicAsync(instance.Id, request)
        ).WaitForCompletionAsync();

        retried.Status.Should().Be(JobStatus.Success);
    }

    [Fact]
    public void EmulatedServer_MaxNicsBelowOne_IsRefused()
    {
        Action zero = () => _ = new EmulatedServer(ServerId) { MaxNics = 0 };

        zero.Should().Throw<ArgumentOutOfRangeException>();
    }
}
