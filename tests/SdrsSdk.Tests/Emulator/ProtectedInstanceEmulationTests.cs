using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Emulator;

public sealed class ProtectedInstanceEmulationTests : EmulatorTest
{
    [Fact]
    public async Task Lifecycle_CreateWaitGetListUpdateDelete_CreatesADrServerAndCleansUp()
    {
        ServerGroup group = await CreateGroupAsync();
        SdrsJobOperation<ProtectedInstance> create = await Client.ProtectedInstances.StartCreateAsync(
            new CreateProtectedInstanceRequest(group.Id, "5fb92d6c-b0cb-46c9-824b-b90ec5500ae6", "web-1")
            {
                Description = "web server",
                Tags = [new ResourceTag("app", "web")],
            }
        );

        ProtectedInstance instance = await create.WaitForResourceAsync();

        create.Job!.Entities!.ServerGroupId.Should().Be(group.Id);
        instance.Name.Should().Be("web-1");
        instance.Description.Should().Be("web server");
        instance.ServerGroupId.Should().Be(group.Id);
        instance.Status.Should().Be(ProtectedInstanceStatus.Available);
        instance.SourceServer.Should().Be("5fb92d6c-b0cb-46c9-824b-b90ec5500ae6");
        instance
            .TargetServer.Should()
            .NotBeNullOrEmpty()
            .And.NotBe(instance.SourceServer, "a DR site server is created for it");
        instance.PriorityStation.Should().Be(PriorityStation.Source);
        instance.Tags.Should().ContainSingle().Which.Should().BeEquivalentTo(new ResourceTag("app", "web"));
        instance.Attachment.Should().BeEmpty();
        (await Client.ServerGroups.GetAsync(group.Id)).ProtectedInstanceNum.Should().Be(1);

        ProtectedInstancePage page = await Client.ProtectedInstances.ListAsync(
            new ProtectedInstanceQuery { ServerGroupId = group.Id }
        );
        page.Count.Should().Be(1);
        page.ProtectedInstances.Should().ContainSingle().Which.Id.Should().Be(instance.Id);

        (await Client.ProtectedInstances.UpdateAsync(instance.Id, new UpdateProtectedInstanceRequest("web-01")))
            .Name.Should()
            .Be("web-01");

        SdrsJobOperation delete = await Client.ProtectedInstances.StartDeleteAsync(instance.Id);
        (await Client.ProtectedInstances.GetAsync(instance.Id)).Status.Should().Be(ProtectedInstanceStatus.Deleting);
        await delete.WaitForCompletionAsync();

        Func<Task> get = () => Client.ProtectedInstances.GetAsync(instance.Id);
        (await get.Should().ThrowAsync<SdrsNotFoundException>()).Which.ErrorCode.Should().Be("SDRS.1320");
        (await Client.ServerGroups.GetAsync(group.Id)).ProtectedInstanceNum.Should().Be(0);
    }

    [Fact]
    public async Task StartCreateAsync_InAProtectedGroup_LandsProtected()
    {
        (ServerGroup group, _, _) = await CreateProtectedAsync();

        ProtectedInstance second = await CreateInstanceAsync(group.Id, TestIds.Of("server-2"), "instance-2");

        second.Status.Should().Be(ProtectedInstanceStatus.Protected);
    }

    [Fact]
    public async Task BatchCreateAndBatchDelete_OneSubJobPerInstance_AnswersAccepted()
    {
        ServerGroup group = await CreateGroupAsync();

        SdrsJobOperation batch = await Client.ProtectedInstances.StartBatchCreateAsync(
            new BatchCreateProtectedInstancesRequest(
                "web",
                group.Id,
                [
                    new ProtectedInstanceServerInfo(TestIds.Of("server-a"), "c3.medium.2"),
                    new ProtectedInstanceServerInfo(TestIds.Of("server-b")),
                ]
            )
            {
                Tags = [new ResourceTag("tier", "web")],
            }
        );
        SdrsJob created = await batch.WaitForCompletionAsync();

        created
            .SubJobs.Should()
            .HaveCount(2)
            .And.AllSatisfy(sub =>
            {
                sub.JobType.Should().Be(JobType.CreateProtectedInstance);
                sub.Status.Should().Be(JobStatus.Success);
                sub.Entities!.ProtectedInstanceId.Should().NotBeNullOrEmpty();
            });
        ProtectedInstancePage page = await Client.ProtectedInstances.ListAsync(
            new ProtectedInstanceQuery { ServerGroupId = group.Id }
        );
        page.ProtectedInstances.Select(instance => instance.Name).Should().BeEquivalentTo(["web-0001", "web-0002"]);
        page.ProtectedInstances.Should()
            .AllSatisfy(instance => instance.Tags.Should().ContainSingle(tag => tag.Key == "tier"));
        Emulator
            .Journal.Single(entry => entry.Path.EndsWith("/protected-instances/batch", StringComparison.Ordinal))
            .StatusCode.Should()
            .Be(202);

        SdrsJob deleted = await (
            await Client.ProtectedInstances.StartBatchDeleteAsync(
                new BatchDeleteProtectedInstancesRequest(page.ProtectedInstances.Select(instance => instance.Id))
            )
        ).WaitForCompletionAsync();

        deleted.SubJobs.Should().HaveCount(2).And.OnlyContain(sub => sub.Status == JobStatus.Success);
        (await Client.ProtectedInstances.ListAsync()).Count.Should().Be(0);
    }

    [Fact]
    public async Task NicAndResize_PassThroughTheirTransitionalStatuses()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);

        SdrsJobOperation addNic = await Client.ProtectedInstances.StartAddNicAsync(
            instance.Id,
            new AddNicRequest("d32019d3-bc6e-4319-9c1d-6722fc136a23")
            {
                SecurityGroupIds = ["f0ac4394-7e4a-4409-9701-ba8be283dbc3"],
            }
        );
        (await Client.ProtectedInstances.GetAsync(instance.Id)).Status.Should().Be(ProtectedInstanceStatus.NicCreating);
        SdrsJob added = await addNic.WaitForCompletionAsync();
        added.JobType.Should().Be(JobType.AddNic);

        SdrsJobOperation deleteNic = await Client.ProtectedInstances.StartDeleteNicAsync(
            instance.Id,
            added.Entities!.NicId!
        );
        (await Client.ProtectedInstances.GetAsync(instance.Id)).Status.Should().Be(ProtectedInstanceStatus.NicDeleting);
        await deleteNic.WaitForCompletionAsync();

        SdrsJobOperation resize = await Client.ProtectedInstances.StartResizeAsync(
            instance.Id,
            new ResizeProtectedInstanceRequest { FlavorRef = "s3.large.2" }
        );
        (await Client.ProtectedInstances.GetAsync(instance.Id)).Status.Should().Be(ProtectedInstanceStatus.Resizing);
        await resize.WaitForCompletionAsync();

        (await Client.ProtectedInstances.GetAsync(instance.Id)).Status.Should().Be(ProtectedInstanceStatus.Available);
        Func<Task> sameFlavor = () =>
            Client.ProtectedInstances.StartResizeAsync(
                instance.Id,
                new ResizeProtectedInstanceRequest { FlavorRef = "s3.large.2" }
            );
        (await sameFlavor.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.1341");
    }

    [Fact]
    public async Task ListAsync_IdListsAndStatus_FilterAsTheReferenceDescribes()
    {
        ServerGroup first = await CreateGroupAsync("first");
        ServerGroup second = await CreateGroupAsync("second");
        ProtectedInstance a = await CreateInstanceAsync(first.Id, TestIds.Of("server-a"), "a");
        ProtectedInstance b = await CreateInstanceAsync(second.Id, TestIds.Of("server-b"), "b");

        (
            await Client.ProtectedInstances.ListAsync(
                new ProtectedInstanceQuery { ServerGroupIds = [first.Id, second.Id] }
            )
        )
            .Count.Should()
            .Be(2);
        (await Client.ProtectedInstances.ListAsync(new ProtectedInstanceQuery { ProtectedInstanceIds = [b.Id] }))
            .ProtectedInstances.Should()
            .ContainSingle()
            .Which.Id.Should()
            .Be(b.Id);
        (
            await Client.ProtectedInstances.ListAsync(
                new ProtectedInstanceQuery { Status = ProtectedInstanceStatus.Protected }
            )
        )
            .Count.Should()
            .Be(0);
        (await Client.ProtectedInstances.ListAsync(new ProtectedInstanceQuery { Name = "A" }))
            .ProtectedInstances.Should()
            .ContainSingle()
            .Which.Id.Should()
            .Be(a.Id);
    }
}
