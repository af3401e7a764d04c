namespace SdrsSdk.Tests.Emulator;

public sealed class ServerGroupEmulationTests : EmulatorTest
{
    [Fact]
    public async Task Lifecycle_CreateWaitGetListUpdateDelete_EachStepLandsAsTheReferenceDescribes()
    {
        SdrsJobOperation<ServerGroup> create = await Client.ServerGroups.StartCreateAsync(
            new CreateServerGroupRequest("orders", SourceAz, TargetAz, DomainId, VpcId) { Description = "orders app" }
        );
        ServerGroup creating = await Client.ServerGroups.GetAsync(
            (await Client.Jobs.GetAsync(create.Id!)).Entities!.ServerGroupId!
        );
        creating.Status.Should().Be(ServerGroupStatus.Creating, "the group exists while its creation job runs");

        ServerGroup group = await create.WaitForResourceAsync();

        group.Name.Should().Be("orders");
        group.Description.Should().Be("orders app");
        group.Status.Should().Be(ServerGroupStatus.Available);
        group.SourceAvailabilityZone.Should().Be(SourceAz);
        group.TargetAvailabilityZone.Should().Be(TargetAz);
        group.DomainId.Should().Be(DomainId);
        group.DomainName.Should().Be("ActiveactiveDomain");
        group.PriorityStation.Should().Be(PriorityStation.Source);
        group.SourceVpcId.Should().Be(VpcId);
        group.TargetVpcId.Should().Be(VpcId);
        group.DrType.Should().Be(DrType.Migration);
        group.ServerType.Should().Be(ServerType.Ecs);
        group.ProtectionType.Should().Be(ProtectionType.ReplicationPair);
        group.ProtectedInstanceNum.Should().Be(0);
        group.CreatedAt.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));

        ServerGroupPage page = await Client.ServerGroups.ListAsync();
        page.Count.Should().Be(1);
        page.ServerGroups.Should().ContainSingle().Which.Id.Should().Be(group.Id);

        ServerGroup renamed = await Client.ServerGroups.UpdateAsync(group.Id, "orders-eu");
        renamed.Name.Should().Be("orders-eu");
        (await Client.ServerGroups.GetAsync(group.Id)).Name.Should().Be("orders-eu");

        SdrsJobOperation delete = await Client.ServerGroups.StartDeleteAsync(group.Id);
        (await Client.ServerGroups.GetAsync(group.Id)).Status.Should().Be(ServerGroupStatus.Deleting);
        await delete.WaitForCompletionAsync();

        Func<Task> get = () => Client.ServerGroups.GetAsync(group.Id);
        (await get.Should().ThrowAsync<SdrsNotFoundException>()).Which.ErrorCode.Should().Be("SDRS.1013");
        (await Client.ServerGroups.ListAsync()).Count.Should().Be(0);
    }

    [Fact]
    public async Task ListAsync_Filters_MatchStatusNameAndZoneAndPageWithCount()
    {
        ServerGroup first = await CreateGroupAsync("alpha-group");
        ServerGroup second = await CreateGroupAsync("beta-group");
        await CreateGroupAsync("gamma");

        ServerGroupPage byName = await Client.ServerGroups.ListAsync(new ServerGroupQuery { Name = "GROUP" });
        byName.Count.Should().Be(2, "name is a case-insensitive fuzzy match");
        byName.ServerGroups.Select(group => group.Id).Should().Equal(second.Id, first.Id);

        ServerGroupPage paged = await Client.ServerGroups.ListAsync(new ServerGroupQuery { Limit = 1, Offset = 1 });
        paged.Count.Should().Be(3, "count is every match, not the page");
        paged.ServerGroups.Should().ContainSingle().Which.Id.Should().Be(second.Id);

        (await Client.ServerGroups.ListAsync(new ServerGroupQuery { AvailabilityZone = TargetAz }))
            .Count.Should()
            .Be(0);
        (await Client.ServerGroups.ListAsync(new ServerGroupQuery { Status = ServerGroupStatus.Protected }))
            .Count.Should()
            .Be(0);
        (await Client.ServerGroups.ListAllAsync(new ServerGroupQuery { Limit = 2 }).ToListAsync())
            .Should()
            .HaveCount(3);
    }

    [Fact]
    public async Task Protection_StartStop_GroupInstancesAndPairsMoveTogether()
    {
        (ServerGroup group, ProtectedInstance instance, ReplicationPair pair) = await CreateAttachedAsync();

        SdrsJobOperation start = await Client.ServerGroups.StartProtectionAsync(group.Id);
        (await Client.ServerGroups.GetAsync(group.Id)).Status.Should().Be(ServerGroupStatus.Starting);
        (await Client.ProtectedInstances.GetAsync(instance.Id)).Status.Should().Be(ProtectedInstanceStatus.Starting);
        SdrsJob started = await start.WaitForCompletionAsync();

        started.JobType.Should().Be(JobType.StartProtectionGroup);
        started.SubJobs.Should().ContainSingle().Which.JobType.Should().Be(new JobType("startProtectionGroupRepNoCG"));
        ServerGroup protectedGroup = await Client.ServerGroups.GetAsync(group.Id);
        protectedGroup.Status.Should().Be(ServerGroupStatus.Protected);
        protectedGroup.Progress.Should().Be(100);
        (await Client.ProtectedInstances.GetAsync(instance.Id)).Status.Should().Be(ProtectedInstanceStatus.Protected);
        (await Client.Replications.GetAsync(pair.Id)).Status.Should().Be(ReplicationPairStatus.Protected);

        await (await Client.ServerGroups.StartStopProtectionAsync(group.Id)).WaitForCompletionAsync();

        (await Client.ServerGroups.GetAsync(group.Id)).Status.Should().Be(ServerGroupStatus.Available);
        (await Client.ProtectedInstances.GetAsync(instance.Id)).Status.Should().Be(ProtectedInstanceStatus.Available);
        ReplicationPair stopped = await Client.Replications.GetAsync(pair.Id);
        stopped.Status.Should().Be(ReplicationPairStatus.Available);
        stopped.ReplicationStatus.Should().Be(ReplicationPairReplicationStatus.ActiveStopped);
    }

    [Fact]
    public async Task Failover_ThenReprotectThenPlannedFailback_SwitchesSitesAsTheReferenceDescribes()
    {
        (ServerGroup group, _, ReplicationPair pair) = await CreateProtectedAsync();

        await (await Client.ServerGroups.StartFailoverAsync(group.Id)).WaitForCompletionAsync();
        ServerGroup failedOver = await Client.ServerGroups.GetAsync(group.Id);
        failedOver.Status.Should().Be(ServerGroupStatus.FailedOver);
        failedOver
            .PriorityStation.Should()
            .Be(PriorityStation.Target, "the DR site is the production site after a failover");
        failedOver.CurrentProductionAvailabilityZone.Should().Be(TargetAz);
        (await Client.Replications.GetAsync(pair.Id))
            .ReplicationStatus.Should()
            .Be(ReplicationPairReplicationStatus.ActiveStopped);

        SdrsJob reprotect = await (await Client.ServerGroups.StartProtectionAsync(group.Id)).WaitForCompletionAsync();
        reprotect
            .JobType.Should()
            .Be(JobType.ReprotectProtectionGroup, "enabling protection from failed-over is a re-protection");
        ServerGroup reprotected = await Client.ServerGroups.GetAsync(group.Id);
        reprotected.Status.Should().Be(ServerGroupStatus.Protected);
        reprotected.PriorityStation.Should().Be(PriorityStation.Target);

        SdrsJob failback = await (
            await Client.ServerGroups.StartPlannedFailoverAsync(group.Id, PriorityStation.Source)
        ).WaitForCompletionAsync();
        failback.JobType.Should().Be(JobType.ReverseProtectionGroup);
        ServerGroup back = await Client.ServerGroups.GetAsync(group.Id);
        back.Status.Should().Be(ServerGroupStatus.Protected);
        back.PriorityStation.Should().Be(PriorityStation.Source);
        (await Client.Replications.GetAsync(pair.Id)).PriorityStation.Should().Be(PriorityStation.Source);
    }

    [Fact]
    public async Task StartPlannedFailoverAsync_ShowsReversingWhileTheJobRuns()
    {
        (ServerGroup group, ProtectedInstance instance, _) = await CreateProtectedAsync();

        SdrsJobOperation reverse = await Client.ServerGroups.StartPlannedFailoverAsync(
            group.Id,
            PriorityStation.Target
        );

        (await Client.ServerGroups.GetAsync(group.Id)).Status.Should().Be(ServerGroupStatus.Reversing);
        (await Client.ProtectedInstances.GetAsync(instance.Id)).Status.Should().Be(ProtectedInstanceStatus.Reversing);
        await reverse.WaitForCompletionAsync();
        ServerGroup reversed = await Client.ServerGroups.GetAsync(group.Id);
        reversed.PriorityStation.Should().Be(PriorityStation.Target);
        (await Client.ProtectedInstances.GetAsync(instance.Id)).PriorityStation.Should().Be(PriorityStation.Target);
    }

    [Fact]
    public async Task ConcurrentClients_CreateAndWaitInParallel_EveryGroupLandsOnce()
    {
        IEnumerable<Task<ServerGroup>> creations = Enumerable
            .Range(0, 12)
            .Select(i => CreateGroupAsync($"parallel-{i}"));

        ServerGroup[] groups = await Task.WhenAll(creations);

        groups.Select(group => group.Id).Should().OnlyHaveUniqueItems();
        groups.Should().OnlyContain(group => group.Status == ServerGroupStatus.Available);
        (await Client.ServerGroups.ListAsync()).Count.Should().Be(12);
        (await Client.Quotas.GetAsync()).Find(QuotaResourceType.ServerGroups)!.Used.Should().Be(12);
    }
}
