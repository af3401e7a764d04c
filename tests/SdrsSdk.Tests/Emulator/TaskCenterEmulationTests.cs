using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Emulator;

public sealed class TaskCenterEmulationTests : EmulatorTest
{
    [Fact]
    public async Task FailNextJob_GroupCreation_FailsTheJobLeavesTheGroupInErrorAndRecordsAGroupLevelFailure()
    {
        Emulator.FailNextJob(JobType.CreateProtectionGroup);
        SdrsJobOperation<ServerGroup> create = await Client.ServerGroups.StartCreateAsync(
            new CreateServerGroupRequest("doomed", SourceAz, TargetAz, DomainId, VpcId)
        );

        Func<Task> wait = () => create.WaitForResourceAsync();

        SdrsJobFailedException failed = (await wait.Should().ThrowAsync<SdrsJobFailedException>()).Which;
        failed.Job.ErrorCode.Should().Be("SDRS.1014", "the catalog's code for a failed group creation is the default");
        failed.FailReason.Should().Be("Failed to create the protection group");
        failed.Job.EndTime.Should().NotBeNull();
        string groupId = failed.Job.Entities!.ServerGroupId!;
        (await Client.ServerGroups.GetAsync(groupId)).Status.Should().Be(ServerGroupStatus.Error);

        FailureJobPage failures = await Client.TaskCenter.ListFailedJobsAsync();
        FailureJob failure = failures.FailureJobs.Should().ContainSingle().Which;
        failures.Count.Should().Be(1);
        failure.JobStatus.Should().Be(JobStatus.Fail);
        failure.JobId.Should().Be(create.Id);
        failure.JobType.Should().Be(JobType.CreateProtectionGroup);
        failure.ResourceId.Should().Be(groupId);
        failure.ResourceName.Should().Be("doomed");
        failure.ResourceType.Should().Be(FailureJobResourceType.ServerGroups);
        failure.FailureStatus.Should().Be(FailureStatus.CreateFail);
        failure.ErrorCode.Should().Be("SDRS.1014");
        failure.BeginTime.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));

        await Client.TaskCenter.DeleteFailedJobAsync(failure.JobId);
        (await Client.TaskCenter.ListFailedJobsAsync()).Count.Should().Be(0);
        Func<Task> deleteAgain = () => Client.TaskCenter.DeleteFailedJobAsync(failure.JobId);
        await deleteAgain.Should().ThrowAsync<SdrsNotFoundException>();
        await (await Client.ServerGroups.StartDeleteAsync(groupId)).WaitForCompletionAsync();
    }

    [Fact]
    public async Task FailNextJob_InstanceCreationWithCodeAndReason_IsListedUnderItsGroup()
    {
        ServerGroup group = await CreateGroupAsync();
        Emulator.FailNextJob(
            JobType.CreateProtectedInstance,
            "EVS.2024",
            "SdrsGenerateNativeServerParamsTask-fail:volume is error!"
        );
        SdrsJobOperation<ProtectedInstance> create = await Client.ProtectedInstances.StartCreateAsync(
            new CreateProtectedInstanceRequest(group.Id, TestIds.Of("server-1"), "instance-1")
        );

        Func<Task> wait = () => create.WaitForCompletionAsync();

        SdrsJobFailedException failed = (await wait.Should().ThrowAsync<SdrsJobFailedException>()).Which;
        failed.Job.ErrorCode.Should().Be("EVS.2024");
        (await Client.ProtectedInstances.GetAsync(failed.Job.Entities!.ProtectedInstanceId!))
            .Status.Should()
            .Be(ProtectedInstanceStatus.Error);
        (await Client.TaskCenter.ListFailedJobsAsync())
            .Count.Should()
            .Be(0, "without a group filter only group-level failures are listed (5.9.1)");

        FailureJob failure = (
            await Client.TaskCenter.ListFailedJobsAsync(new FailureJobQuery { ServerGroupId = group.Id })
        )
            .FailureJobs.Should()
            .ContainSingle()
            .Which;
        failure.ResourceType.Should().Be(FailureJobResourceType.ProtectedInstances);
        failure.FailReason.Should().Be("SdrsGenerateNativeServerParamsTask-fail:volume is error!");
        (
            await Client.TaskCenter.ListFailedJobsAsync(
                new FailureJobQuery { ServerGroupId = group.Id, FailureStatus = FailureStatus.DeleteFail }
            )
        )
            .Count.Should()
            .Be(0);
        (
            await Client.TaskCenter.ListFailedJobsAsync(
                new FailureJobQuery { ResourceType = FailureJobResourceType.ProtectedInstances }
            )
        )
            .Count.Should()
            .Be(1, "a resource type looks in every group");
        (await Client.TaskCenter.ListFailedJobsAsync(new FailureJobQuery { ResourceName = "INSTANCE" }))
            .Count.Should()
            .Be(0, "the default without a group is group-level failures");

        await Client.TaskCenter.DeleteFailedJobsOfServerGroupAsync(group.Id);
        (await Client.TaskCenter.ListFailedJobsAsync(new FailureJobQuery { ServerGroupId = group.Id }))
            .Count.Should()
            .Be(0);
    }

    [Fact]
    public async Task FailNextJob_Failover_LeavesErrorFailingOverFromWhichAFailoverIsAllowedAgain()
    {
        (ServerGroup group, ProtectedInstance instance, _) = await CreateProtectedAsync();
        Emulator.FailNextJob(JobType.FailoverProtectionGroup);

        Func<Task> failover = async () =>
            await (await Client.ServerGroups.StartFailoverAsync(group.Id)).WaitForCompletionAsync();

        SdrsJobFailedException failed = (await failover.Should().ThrowAsync<SdrsJobFailedException>()).Which;
        failed.Job.ErrorCode.Should().Be("SDRS.1030");
        failed.FailedSubJobs.Should().ContainSingle().Which.ErrorCode.Should().Be("SDRS.1030");
        (await Client.ServerGroups.GetAsync(group.Id)).Status.Should().Be(ServerGroupStatus.ErrorFailingOver);
        (await Client.ProtectedInstances.GetAsync(instance.Id))
            .Status.Should()
            .Be(ProtectedInstanceStatus.ErrorFailingOver);
        (await Client.TaskCenter.ListFailedJobsAsync())
            .FailureJobs.Should()
            .ContainSingle()
            .Which.FailureStatus.Should()
            .Be(FailureStatus.FailoverFail);

        await (await Client.ServerGroups.StartFailoverAsync(group.Id)).WaitForCompletionAsync();
        (await Client.ServerGroups.GetAsync(group.Id)).Status.Should().Be(ServerGroupStatus.FailedOver);

        await Client.TaskCenter.DeleteAllFailedJobsAsync();
        (await Client.TaskCenter.ListFailedJobsAsync()).Count.Should().Be(0);
    }

    [Fact]
    public async Task FailNextJob_BatchCreate_FailsTheLastSubJobOnly()
    {
        ServerGroup group = await CreateGroupAsync();
        Emulator.FailNextJob(JobType.CreateProtectedInstance);
        SdrsJobOperation batch = await Client.ProtectedInstances.StartBatchCreateAsync(
            new BatchCreateProtectedInstancesRequest(
                "app",
                group.Id,
                [
                    new ProtectedInstanceServerInfo(TestIds.Of("s1")),
                    new ProtectedInstanceServerInfo(TestIds.Of("s2")),
                    new ProtectedInstanceServerInfo(TestIds.Of("s3")),
                ]
            )
        );

        Func<Task> wait = () => batch.WaitForCompletionAsync();

        SdrsJobFailedException failed = (await wait.Should().ThrowAsync<SdrsJobFailedException>()).Which;
        failed
            .Job.SubJobs.Select(sub => sub.Status)
            .Should()
            .Equal(JobStatus.Success, JobStatus.Success, JobStatus.Fail);
        ProtectedInstancePage instances = await Client.ProtectedInstances.ListAsync(
            new ProtectedInstanceQuery { ServerGroupId = group.Id }
        );
        instances
            .ProtectedInstances.Select(instance => (instance.Name, instance.Status))
            .Should()
            .BeEquivalentTo([
                ("app-0001", ProtectedInstanceStatus.Available),
                ("app-0002", ProtectedInstanceStatus.Available),
                ("app-0003", ProtectedInstanceStatus.Error),
            ]);
        (await Client.TaskCenter.ListFailedJobsAsync(new FailureJobQuery { ServerGroupId = group.Id }))
            .FailureJobs.Should()
            .ContainSingle()
            .Which.ResourceName.Should()
            .Be("app-0003");
    }
}
