using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Emulator;

public sealed class DrillEmulationTests : EmulatorTest
{
    [Fact]
    public async Task Lifecycle_CreateWaitGetListUpdateDelete_StartsOneDrillServerPerInstance()
    {
        (ServerGroup group, ProtectedInstance instance, _) = await CreateProtectedAsync();
        SdrsJobOperation<DisasterRecoveryDrill> create = await Client.Drills.StartCreateAsync(
            new CreateDisasterRecoveryDrillRequest(group.Id, "drill-1")
            {
                DrillVpcId = "87d505be-e984-455e-ad84-588c73fb258b",
            }
        );

        DisasterRecoveryDrill drill = await create.WaitForResourceAsync();

        drill.Name.Should().Be("drill-1");
        drill.Status.Should().Be(DisasterRecoveryDrillStatus.Available);
        drill.ServerGroupId.Should().Be(group.Id);
        drill.DrillVpcId.Should().Be("87d505be-e984-455e-ad84-588c73fb258b");
        drill.DrillServers.Should().ContainSingle().Which.ProtectedInstance.Should().Be(instance.Id);
        drill.DrillServers[0].DrillServerId.Should().NotBeNullOrEmpty();
        (await Client.ServerGroups.GetAsync(group.Id)).DisasterRecoveryDrillNum.Should().Be(1);
        (await Client.Drills.ListAsync(new DisasterRecoveryDrillQuery { ServerGroupId = group.Id }))
            .DisasterRecoveryDrills.Should()
            .ContainSingle()
            .Which.Id.Should()
            .Be(drill.Id);
        (await Client.Drills.ListAsync(new DisasterRecoveryDrillQuery { DrillVpcId = TestIds.Of("another") }))
            .Count.Should()
            .Be(0);

        (await Client.Drills.UpdateAsync(drill.Id, new UpdateDisasterRecoveryDrillRequest("drill-renamed")))
            .Name.Should()
            .Be("drill-renamed");

        Func<Task> deleteGroup = () => Client.ServerGroups.StartDeleteAsync(group.Id);
        await deleteGroup.Should().ThrowAsync<SdrsBadRequestException>();

        SdrsJobOperation delete = await Client.Drills.StartDeleteAsync(drill.Id);
        (await Client.Drills.GetAsync(drill.Id)).Status.Should().Be(DisasterRecoveryDrillStatus.Deleting);
        await delete.WaitForCompletionAsync();

        Func<Task> get = () => Client.Drills.GetAsync(drill.Id);
        (await get.Should().ThrowAsync<SdrsNotFoundException>()).Which.ErrorCode.Should().Be("SDRS.1902");
    }

    [Fact]
    public async Task StartCreateAsync_WithoutDrillVpc_CreatesOne()
    {
        ServerGroup group = await CreateGroupAsync();

        DisasterRecoveryDrill drill = await (
            await Client.Drills.StartCreateAsync(new CreateDisasterRecoveryDrillRequest(group.Id, "drill-1"))
        ).WaitForResourceAsync();

        drill.DrillVpcId.Should().NotBeNullOrEmpty().And.NotBe(VpcId);
        drill.DrillServers.Should().BeEmpty("the group has no protected instances");
    }
}
