using Microsoft.Extensions.Time.Testing;
using SdrsSdk.Testing;
using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Emulator;

public sealed class JobProgressionTests
{
    private static CreateServerGroupRequest GroupRequest(string name = "group-1") =>
        new(name, "cn-north-1a", "cn-north-1b", "fb4bb8e3-a574-4437-a156-78c916aeea4d", TestIds.Of("vpc-1"));

    [Fact]
    public async Task GetAsync_ByDefault_ReadsInitThenRunningThenSuccessAndLandsTheChangeAtSuccess()
    {
        using SdrsEmulator emulator = SdrsEmulator.Start();
        using SdrsClient client = emulator.CreateClient();
        SdrsJobOperation<ServerGroup> create = await client.ServerGroups.StartCreateAsync(GroupRequest());

        SdrsJob first = await client.Jobs.GetAsync(create.Id!);
        SdrsJob second = await client.Jobs.GetAsync(create.Id!);
        string groupId = second.Entities!.ServerGroupId!;
        ServerGroupStatus whileRunning = (await client.ServerGroups.GetAsync(groupId)).Status;
        SdrsJob third = await client.Jobs.GetAsync(create.Id!);
        SdrsJob fourth = await client.Jobs.GetAsync(create.Id!);

        first.Status.Should().Be(JobStatus.Init);
        first.EndTime.Should().BeNull();
        first.Entities!.ServerGroupId.Should().Be(groupId, "the entities name the resource from the start");
        second.Status.Should().Be(JobStatus.Running);
        whileRunning.Should().Be(ServerGroupStatus.Creating);
        third.Status.Should().Be(JobStatus.Success);
        third.JobType.Should().Be(JobType.CreateProtectionGroup);
        third.BeginTime.Should().NotBeNull();
        third.EndTime.Should().BeOnOrAfter(third.BeginTime!.Value);
        third.ErrorCode.Should().BeNull();
        fourth.Status.Should().Be(JobStatus.Success, "a finished job stays finished");
        (await client.ServerGroups.GetAsync(groupId)).Status.Should().Be(ServerGroupStatus.Available);
    }

    [Fact]
    public async Task GetAsync_ConfiguredPolls_ReadRunningAsManyTimesAsAsked()
    {
        using SdrsEmulator emulator = SdrsEmulator.Start(
            new SdrsEmulatorOptions { JobInitPolls = 0, JobRunningPolls = 3 }
        );
        using SdrsClient client = emulator.CreateClient();
        SdrsJobOperation create = await client.ServerGroups.StartCreateAsync(GroupRequest());

        var statuses = new List<JobStatus>();
        for (int i = 0; i < 4; i++)
        {
            statuses.Add((await client.Jobs.GetAsync(create.Id!)).Status);
        }

        statuses.Should().Equal(JobStatus.Running, JobStatus.Running, JobStatus.Running, JobStatus.Success);
    }

    [Fact]
    public async Task GetAsync_UnknownJob_Is404NotFound()
    {
        using SdrsEmulator emulator = SdrsEmulator.Start();
        using SdrsClient client = emulator.CreateClient();

        Func<Task> get = () => client.Jobs.GetAsync("0000000062db92d70162db9d200f000a");

        SdrsNotFoundException missing = (await get.Should().ThrowAsync<SdrsNotFoundException>()).Which;
        missing.Status.Should().Be(404);
        missing.ErrorCode.Should().Be("SDRS.0408");
    }

    [Fact]
    public async Task JobDuration_WithAFakeClock_EndsTheJobByTimeReadOrNot()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 15, 8, 30, 0, TimeSpan.Zero));
        using SdrsEmulator emulator = SdrsEmulator.Start(
            new SdrsEmulatorOptions { JobDuration = TimeSpan.FromMinutes(2), TimeProvider = clock }
        );
        using SdrsClient client = emulator.CreateClient();
        SdrsJobOperation create = await client.ServerGroups.StartCreateAsync(GroupRequest());

        SdrsJob atStart = await client.Jobs.GetAsync(create.Id!);
        clock.Advance(TimeSpan.FromMinutes(1));
        SdrsJob halfway = await client.Jobs.GetAsync(create.Id!);
        clock.Advance(TimeSpan.FromMinutes(1));
        ServerGroup group = await client.ServerGroups.GetAsync(halfway.Entities!.ServerGroupId!);
        SdrsJob done = await client.Jobs.GetAsync(create.Id!);

        atStart.Status.Should().Be(JobStatus.Init);
        halfway.Status.Should().Be(JobStatus.Running);
        group.Status.Should().Be(ServerGroupStatus.Available, "the job ended by time before anyone read it again");
        done.Status.Should().Be(JobStatus.Success);
        done.BeginTime.Should().Be(new DateTimeOffset(2024, 3, 15, 8, 30, 0, TimeSpan.Zero));
        done.EndTime.Should().Be(new DateTimeOffset(2024, 3, 15, 8, 32, 0, TimeSpan.Zero));
        group
            .CreatedAt.Should()
            .Be(
                new DateTimeOffset(2024, 3, 15, 8, 30, 0, TimeSpan.Zero),
                "resources are stamped by the emulator's clock"
            );
    }

    [Fact]
    public async Task WaitForCompletionAsync_WithTheSteppingClock_PollsOnTheEmulatorsTime()
    {
        var clock = new SteppingTimeProvider();
        using SdrsEmulator emulator = SdrsEmulator.Start(
            new SdrsEmulatorOptions { JobDuration = TimeSpan.FromSeconds(30), TimeProvider = clock }
        );
        using SdrsClient client = emulator.CreateClient();
        SdrsJobOperation create = await client.ServerGroups.StartCreateAsync(GroupRequest());

        SdrsJob job = await clock.DriveAsync(create.WaitForCompletionAsync());

        job.Status.Should().Be(JobStatus.Success);
        (job.EndTime - job.BeginTime).Should().Be(TimeSpan.FromSeconds(30));
        clock
            .Waits.Should()
            .HaveCount(10)
            .And.OnlyContain(wait => wait == TimeSpan.FromSeconds(3), "polling waits a tenth of the job duration");
    }

    [Fact]
    public async Task SubJobs_ProgressWithTheirParent_HalfDoneWhileRunning()
    {
        using SdrsEmulator emulator = SdrsEmulator.Start();
        using SdrsClient client = emulator.CreateClient();
        ServerGroup group = await (await client.ServerGroups.StartCreateAsync(GroupRequest())).WaitForResourceAsync();
        SdrsJobOperation batch = await client.ProtectedInstances.StartBatchCreateAsync(
            new BatchCreateProtectedInstancesRequest(
                "node",
                group.Id,
                [new(TestIds.Of("s1")), new(TestIds.Of("s2")), new(TestIds.Of("s3")), new(TestIds.Of("s4"))]
            )
        );

        SdrsJob init = await client.Jobs.GetAsync(batch.Id!);
        SdrsJob running = await client.Jobs.GetAsync(batch.Id!);
        SdrsJob done = await client.Jobs.GetAsync(batch.Id!);

        init.SubJobs.Should().HaveCount(4).And.OnlyContain(sub => sub.Status == JobStatus.Init);
        running
            .SubJobs.Select(sub => sub.Status)
            .Should()
            .Equal(JobStatus.Success, JobStatus.Success, JobStatus.Running, JobStatus.Running);
        running.SubJobs[0].EndTime.Should().NotBeNull();
        running.SubJobs[2].EndTime.Should().BeNull();
        done.SubJobs.Should().OnlyContain(sub => sub.Status == JobStatus.Success && sub.BeginTime == done.BeginTime);
        done.Entities!.ServerGroupId.Should().Be(group.Id);
        JobProgress.From(running, TimeSpan.Zero, 2).SubJobsSucceeded.Should().Be(2);
    }

    [Fact]
    public async Task CompletePendingJobs_EndsJobsNobodyWaitedFor()
    {
        using SdrsEmulator emulator = SdrsEmulator.Start();
        using SdrsClient client = emulator.CreateClient();
        SdrsJobOperation first = await client.ServerGroups.StartCreateAsync(GroupRequest("first"));
        await client.ServerGroups.StartCreateAsync(GroupRequest("second"));

        int ended = emulator.CompletePendingJobs();

        ended.Should().Be(2);
        (await client.ServerGroups.ListAsync())
            .ServerGroups.Should()
            .OnlyContain(group => group.Status == ServerGroupStatus.Available);
        (await client.Jobs.GetAsync(first.Id!)).Status.Should().Be(JobStatus.Success);
    }
}
