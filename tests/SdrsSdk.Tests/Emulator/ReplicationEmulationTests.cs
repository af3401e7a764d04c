using SdrsSdk.Testing;
using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Emulator;

public sealed class ReplicationEmulationTests : EmulatorTest
{
    [Fact]
    public async Task Lifecycle_CreateWaitGetListUpdateExpandAttachDetachDelete_EachStepLands()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);
        SdrsJobOperation<ReplicationPair> create = await Client.Replications.StartCreateAsync(
            new CreateReplicationPairRequest(group.Id, "b6f71149-7b9c-4f36-8ff0-1c4809a6f2c2", "data-disk")
            {
                Description = "data",
            }
        );
        (await Client.Replications.GetAsync((await Client.Jobs.GetAsync(create.Id!)).Entities!.ReplicationPairId!))
            .Status.Should()
            .Be(ReplicationPairStatus.Creating);

        ReplicationPair pair = await create.WaitForResourceAsync();

        pair.Name.Should().Be("data-disk");
        pair.Description.Should().Be("data");
        pair.Status.Should().Be(ReplicationPairStatus.Available);
        pair.ServerGroupId.Should().Be(group.Id);
        pair.ReplicationModel.Should().Be(ReplicationModel.Hypermetro);
        pair.VolumeIdList.Should()
            .HaveCount(2)
            .And.StartWith("b6f71149-7b9c-4f36-8ff0-1c4809a6f2c2", "the DR site disk follows the production one");
        pair.RecordMetadata!.VolumeSize.Should().Be(10);
        pair.RecordMetadata.VolumeType.Should().Be(VolumeType.Sata);
        pair.FaultLevel.Should().Be(ReplicationPairFaultLevel.None);
        pair.CreatedAt.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        (await Client.ServerGroups.GetAsync(group.Id)).ReplicationNum.Should().Be(1);
        (await Client.Replications.ListAsync(new ReplicationPairQuery { ServerGroupId = group.Id }))
            .Count.Should()
            .Be(1);
        (await Client.Replications.ListAsync(new ReplicationPairQuery { VolumeId = TestIds.Of("other") }))
            .Count.Should()
            .Be(0);

        (await Client.Replications.UpdateAsync(pair.Id, new UpdateReplicationPairRequest("data-disk-2")))
            .Name.Should()
            .Be("data-disk-2");

        SdrsJobOperation expand = await Client.Replications.StartExpandAsync(pair.Id, 20);
        (await Client.Replications.GetAsync(pair.Id)).Status.Should().Be(ReplicationPairStatus.Extending);
        await expand.WaitForCompletionAsync();
        (await Client.Replications.GetAsync(pair.Id)).RecordMetadata!.VolumeSize.Should().Be(20);

        SdrsJobOperation attach = await Client.ProtectedInstances.StartAttachReplicationAsync(
            instance.Id,
            new AttachReplicationPairRequest(pair.Id, "/dev/vdb")
        );
        (await Client.Replications.GetAsync(pair.Id)).Status.Should().Be(ReplicationPairStatus.Attaching);
        await attach.WaitForCompletionAsync();
        ReplicationPair attached = await Client.Replications.GetAsync(pair.Id);
        attached.Status.Should().Be(ReplicationPairStatus.Available);
        attached.Attachment.Should().ContainSingle().Which.ProtectedInstance.Should().Be(instance.Id);
        ProtectedInstance withDisk = await Client.ProtectedInstances.GetAsync(instance.Id);
        withDisk
            .Attachment.Should()
            .ContainSingle()
            .Which.Should()
            .BeEquivalentTo(new { Replication = pair.Id, Device = "/dev/vdb" });
        (await Client.Replications.ListAsync(new ReplicationPairQuery { ProtectedInstanceId = instance.Id }))
            .Count.Should()
            .Be(1);

        Func<Task> deleteAttached = () => Client.Replications.StartDeleteAsync(pair.Id);
        (await deleteAttached.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.1605");

        SdrsJobOperation detach = await Client.ProtectedInstances.StartDetachReplicationAsync(instance.Id, pair.Id);
        (await Client.Replications.GetAsync(pair.Id)).Status.Should().Be(ReplicationPairStatus.Detaching);
        await detach.WaitForCompletionAsync();
        (await Client.ProtectedInstances.GetAsync(instance.Id)).Attachment.Should().BeEmpty();

        await (
            await Client.Replications.StartDeleteAsync(
                pair.Id,
                new DeleteReplicationPairRequest { ServerGroupId = group.Id, DeleteTargetVolume = true }
            )
        ).WaitForCompletionAsync();

        Func<Task> get = () => Client.Replications.GetAsync(pair.Id);
        (await get.Should().ThrowAsync<SdrsNotFoundException>()).Which.ErrorCode.Should().Be("SDRS.1608");
    }

    [Fact]
    public async Task StartCreateAsync_RegisteredVolume_ShapesTheRecordMetadata()
    {
        Emulator.AddVolume(
            new EmulatedVolume(TestIds.Of("system-disk"))
            {
                SizeGb = 40,
                VolumeType = "SSD",
                Bootable = true,
                Shared = true,
            }
        );
        ServerGroup group = await CreateGroupAsync();

        ReplicationPair pair = await CreatePairAsync(group.Id, TestIds.Of("system-disk"));

        pair.RecordMetadata!.VolumeSize.Should().Be(40);
        pair.RecordMetadata.VolumeType.Should().Be(VolumeType.Ssd);
        pair.RecordMetadata.Bootable.Should().BeTrue();
        pair.RecordMetadata.Multiattach.Should().BeTrue();
    }

    [Fact]
    public async Task SharedPair_AttachesToSeveralInstances_PlainPairToOne()
    {
        Emulator.AddVolume(new EmulatedVolume(TestIds.Of("shared-disk")) { Shared = true });
        Emulator.AddVolume(new EmulatedVolume(TestIds.Of("plain-disk")));
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance first = await CreateInstanceAsync(group.Id, TestIds.Of("server-1"), "first");
        ProtectedInstance second = await CreateInstanceAsync(group.Id, TestIds.Of("server-2"), "second");
        ReplicationPair shared = await CreatePairAsync(group.Id, TestIds.Of("shared-disk"), "shared");
        ReplicationPair plain = await CreatePairAsync(group.Id, TestIds.Of("plain-disk"), "plain");

        await (
            await Client.ProtectedInstances.StartAttachReplicationAsync(
                first.Id,
                new AttachReplicationPairRequest(shared.Id, "/dev/vdb")
            )
        ).WaitForCompletionAsync();
        await (
            await Client.ProtectedInstances.StartAttachReplicationAsync(
                second.Id,
                new AttachReplicationPairRequest(shared.Id, "/dev/vdb")
            )
        ).WaitForCompletionAsync();
        await (
            await Client.ProtectedInstances.StartAttachReplicationAsync(
                first.Id,
                new AttachReplicationPairRequest(plain.Id, "/dev/vdc")
            )
        ).WaitForCompletionAsync();

        (await Client.Replications.GetAsync(shared.Id)).Attachment.Should().HaveCount(2);
        Func<Task> attachPlainTwice = () =>
            Client.ProtectedInstances.StartAttachReplicationAsync(
                second.Id,
                new AttachReplicationPairRequest(plain.Id, "/dev/vdc")
            );
        (await attachPlainTwice.Should().ThrowAsync<SdrsBadRequestException>())
            .Which.ErrorCode.Should()
            .Be("SDRS.1605");
        Func<Task> deleteFirst = () => Client.ProtectedInstances.StartDeleteAsync(first.Id);
        (await deleteFirst.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.1365");
        Func<Task> batchDeleteFirst = () =>
            Client.ProtectedInstances.StartBatchDeleteAsync(new BatchDeleteProtectedInstancesRequest([first.Id]));
        (await batchDeleteFirst.Should().ThrowAsync<SdrsBadRequestException>())
            .Which.ErrorCode.Should()
            .Be("SDRS.1409");
        await (
            await Client.ProtectedInstances.StartBatchDeleteAsync(
                new BatchDeleteProtectedInstancesRequest([first.Id, second.Id])
            )
        ).WaitForCompletionAsync();
        (await Client.Replications.GetAsync(shared.Id))
            .Attachment.Should()
            .BeEmpty("deleting an instance detaches its pairs");
    }
}
