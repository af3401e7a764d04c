using NSubstitute;

namespace SdrsSdk.Tests.Mocking;

/// <summary>Users' own unit tests: the client, its resource clients and the job handles mocked with NSubstitute
/// (the README's example), and the handles <see cref="SdrsModelFactory"/> builds.</summary>
public sealed class MockingTests
{
    /// <summary>The code under test in the README's example: fails a protection group over and reports its
    /// status.</summary>
    private static async Task<string> FailOverAsync(SdrsClient client, string groupId)
    {
        SdrsJobOperation failover = await client.ServerGroups.StartFailoverAsync(groupId);
        await failover.WaitForCompletionAsync();
        ServerGroup group = await client.ServerGroups.GetAsync(groupId);
        return $"{group.Name}: {group.Status}";
    }

    [Fact]
    public async Task Client_MockedWithNSubstitute_DrivesTheCodeUnderTest()
    {
        (SdrsClient client, ServerGroupsClient groups) = MockFailover(JobStatus.Success);
        groups
            .GetAsync("g-1")
            .Returns(
                new ServerGroup
                {
                    Id = "g-1",
                    Name = "orders",
                    Status = ServerGroupStatus.FailedOver,
                }
            );

        string report = await FailOverAsync(client, "g-1");

        report.Should().Be("orders: failed-over");
        await groups.Received(1).StartFailoverAsync("g-1");
        client.ToString().Should().Be("SdrsClient(for mocking)");
    }

    [Fact]
    public async Task Client_MockedFailure_ReachesTheCodeUnderTestAsTheSdkWouldThrowIt()
    {
        (SdrsClient client, ServerGroupsClient groups) = MockFailover(JobStatus.Fail, "SDRS.1030");

        Func<Task> act = () => FailOverAsync(client, "g-1");

        (await act.Should().ThrowAsync<SdrsJobFailedException>()).Which.ErrorCode.Should().Be("SDRS.1030");
        await groups.DidNotReceive().GetAsync(Arg.Any<string>(), Arg.Any<CancellationToken>());
    }

    /// <summary>A mocked client whose protection groups answer a failover of g-1 with a job of the given
    /// status.</summary>
    private static (SdrsClient Client, ServerGroupsClient Groups) MockFailover(JobStatus status, string? code = null)
    {
        var client = Substitute.For<SdrsClient>();
        var groups = Substitute.For<ServerGroupsClient>();
        client.ServerGroups.Returns(groups);
        groups
            .StartFailoverAsync("g-1")
            .Returns(
                SdrsModelFactory.JobOperation(
                    new SdrsJob
                    {
                        JobId = "j-1",
                        JobType = JobType.FailoverProtectionGroup,
                        Status = status,
                        ErrorCode = code,
                    }
                )
            );
        return (client, groups);
    }

    [Fact]
    public async Task JobOperationOfT_FromTheFactory_ReturnsItsResourceOnceTheJobSucceeded()
    {
        var group = new ServerGroup { Id = "g-1", Name = "orders" };
        SdrsJobOperation<ServerGroup> create = SdrsModelFactory.JobOperation(
            new SdrsJob
            {
                JobId = "j-1",
                JobType = JobType.CreateProtectionGroup,
                Status = JobStatus.Success,
                Entities = new SdrsJobEntities { ServerGroupId = "g-1" },
            },
            "server_group_id",
            group
        );

        (await create.WaitForResourceAsync()).Should().BeSameAs(group);
        create.ResourceId.Should().Be("g-1");
        create.Id.Should().Be("j-1");
        create.HasCompleted.Should().BeTrue();
        (await create.UpdateStatusAsync()).Status.Should().Be(JobStatus.Success);
    }

    [Fact]
    public async Task JobOperation_FromTheFactoryStillRunning_ReportsItsStatusButCannotBeWaitedFor()
    {
        SdrsJobOperation running = SdrsModelFactory.JobOperation(
            new SdrsJob
            {
                JobId = "j-1",
                JobType = JobType.StartProtectionGroup,
                Status = JobStatus.Running,
            }
        );

        running.Status.Should().Be(JobStatus.Running);
        running.HasCompleted.Should().BeFalse();
        Func<Task> act = () => running.WaitForCompletionAsync();
        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("RUNNING");
    }

    [Fact]
    public async Task JobOperation_MockedWithNSubstitute_OverridesTheWait()
    {
        var operation = Substitute.For<SdrsJobOperation<ServerGroup>>();
        operation
            .WaitForResourceAsync(Arg.Any<JobPollingOptions?>(), Arg.Any<IProgress<JobProgress>?>(), default)
            .Returns(new ServerGroup { Id = "g-2" });

        ServerGroup group = await operation.WaitForResourceAsync();

        group.Id.Should().Be("g-2");
    }
}
