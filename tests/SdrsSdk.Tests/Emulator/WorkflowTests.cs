using SdrsSdk.Testing;

namespace SdrsSdk.Tests.Emulator;

/// <summary>The disaster-recovery workflow of the quick start, through the public client only.</summary>
public sealed class WorkflowTests
{
    [Fact]
    public async Task DisasterRecoveryWorkflow_ProtectDrillFailoverFailBackAndCleanUp_RunsGreen()
    {
        await using SdrsEmulator emulator = SdrsEmulator.Start();
        using SdrsClient client = emulator.CreateClient();
        var progress = new List<JobProgress>();
        var reporter = new Progress<JobProgress>(progress.Add);

        // Where can we protect? An active-active domain gives the two AZs.
        ActiveDomain domain = (await client.ActiveDomains.ListAsync()).First(candidate => candidate.SoldOut != true);
        string production = domain.LocalReplicationCluster!.AvailabilityZone!;
        string disasterRecovery = domain.RemoteReplicationCluster!.AvailabilityZone!;

        ServerGroup group = await (
            await client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest("orders", production, disasterRecovery, domain.Id, EmulatedIds.NewVpcId())
            )
        ).WaitForResourceAsync(progress: reporter);
        ProtectedInstance instance = await (
            await client.ProtectedInstances.StartCreateAsync(
                new CreateProtectedInstanceRequest(group.Id, EmulatedIds.NewServerId(), "orders-1")
            )
        ).WaitForResourceAsync(progress: reporter);
        ReplicationPair pair = await (
            await client.Replications.StartCreateAsync(
                new CreateReplicationPairRequest(group.Id, EmulatedIds.NewVolumeId(), "orders-1-system")
            )
        ).WaitForResourceAsync(progress: reporter);
        await (
            await client.ProtectedInstances.StartAttachReplicationAsync(
                instance.Id,
                new AttachReplicationPairRequest(pair.Id, "/dev/vda")
            )
        ).WaitForCompletionAsync(progress: reporter);
        await (await client.ServerGroups.StartProtectionAsync(group.Id)).WaitForCompletionAsync(progress: reporter);
        (await client.ServerGroups.GetAsync(group.Id)).Status.Should().Be(ServerGroupStatus.Protected);

        // The daily drill: start servers from the DR site copies, check, delete.
        DisasterRecoveryDrill drill = await (
            await client.Drills.StartCreateAsync(new CreateDisasterRecoveryDrillRequest(group.Id, "orders-drill"))
        ).WaitForResourceAsync(progress: reporter);
        drill.DrillServers.Should().ContainSingle().Which.ProtectedInstance.Should().Be(instance.Id);
        await (await client.Drills.StartDeleteAsync(drill.Id)).WaitForCompletionAsync(progress: reporter);

        // Planned failover to the DR site, then fail back.
        await (
            await client.ServerGroups.StartPlannedFailoverAsync(group.Id, PriorityStation.Target)
        ).WaitForCompletionAsync(progress: reporter);
        ServerGroup atDr = await client.ServerGroups.GetAsync(group.Id);
        atDr.PriorityStation.Should().Be(PriorityStation.Target);
        atDr.CurrentProductionAvailabilityZone.Should().Be(disasterRecovery);
        await (
            await client.ServerGroups.StartPlannedFailoverAsync(group.Id, PriorityStation.Source)
        ).WaitForCompletionAsync(progress: reporter);
        ServerGroup back = await client.ServerGroups.GetAsync(group.Id);
        back.PriorityStation.Should().Be(PriorityStation.Source);
        back.Status.Should().Be(ServerGroupStatus.Protected);

        // Clean up, in the order the preconditions demand.
        await (await client.ServerGroups.StartStopProtectionAsync(group.Id)).WaitForCompletionAsync(progress: reporter);
        await (
            await client.ProtectedInstances.StartDetachReplicationAsync(instance.Id, pair.Id)
        ).WaitForCompletionAsync(progress: reporter);
        await (await client.Replications.StartDeleteAsync(pair.Id)).WaitForCompletionAsync(progress: reporter);
        await (await client.ProtectedInstances.StartDeleteAsync(instance.Id)).WaitForCompletionAsync(
            progress: reporter
        );
        await (await client.ServerGroups.StartDeleteAsync(group.Id)).WaitForCompletionAsync(progress: reporter);

        (await client.ServerGroups.ListAsync()).Count.Should().Be(0);
        (await client.Replications.ListAsync()).Count.Should().Be(0);
        (await client.ProtectedInstances.ListAsync()).Count.Should().Be(0);
        (await client.TaskCenter.ListFailedJobsAsync()).Count.Should().Be(0);
        TenantQuota quota = await client.Quotas.GetAsync();
        quota.Resources.Should().OnlyContain(resource => resource.Used == 0);
        emulator
            .Journal.Should()
            .OnlyContain(entry => entry.StatusCode < 400 && entry.Authentication == SdrsAuthenticationKind.AccessKey);
        emulator.Journal.Count(entry => entry.Method != "GET").Should().Be(14, "14 operations changed something");
    }

    [Fact]
    public async Task UnplannedFailover_ThenReprotectAndPlannedFailback_RunsGreen()
    {
        await using SdrsEmulator emulator = SdrsEmulator.Start(
            new SdrsEmulatorOptions { JobInitPolls = 0, JobRunningPolls = 0 }
        );
        using SdrsClient client = emulator.CreateClient(new StaticTokenCredential(emulator.Token));
        ActiveDomain domain = (await client.ActiveDomains.ListAsync())[0];
        ServerGroup group = await (
            await client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest(
                    "billing",
                    domain.LocalReplicationCluster!.AvailabilityZone!,
                    domain.RemoteReplicationCluster!.AvailabilityZone!,
                    domain.Id,
                    EmulatedIds.NewVpcId()
                )
            )
        ).WaitForResourceAsync();
        ProtectedInstance instance = await (
            await client.ProtectedInstances.StartCreateAsync(
                new CreateProtectedInstanceRequest(group.Id, EmulatedIds.NewServerId(), "billing-1")
            )
        ).WaitForResourceAsync();
        ReplicationPair pair = await (
            await client.Replications.StartCreateAsync(
                new CreateReplicationPairRequest(group.Id, EmulatedIds.NewVolumeId(), "billing-1-disk")
            )
        ).WaitForResourceAsync();
        await (
            await client.ProtectedInstances.StartAttachReplicationAsync(
                instance.Id,
                new AttachReplicationPairRequest(pair.Id, "/dev/vda")
            )
        ).WaitForCompletionAsync();
        await (await client.ServerGroups.StartProtectionAsync(group.Id)).WaitForCompletionAsync();

        await (await client.ServerGroups.StartFailoverAsync(group.Id)).WaitForCompletionAsync();
        (await client.ServerGroups.GetAsync(group.Id)).Status.Should().Be(ServerGroupStatus.FailedOver);
        await (await client.ServerGroups.StartProtectionAsync(group.Id)).WaitForCompletionAsync();
        await (
            await client.ServerGroups.StartPlannedFailoverAsync(group.Id, PriorityStation.Source)
        ).WaitForCompletionAsync();

        ServerGroup final = await client.ServerGroups.GetAsync(group.Id);
        final.Status.Should().Be(ServerGroupStatus.Protected);
        final.PriorityStation.Should().Be(PriorityStation.Source);
        (await client.ProtectedInstances.GetAsync(instance.Id)).Status.Should().Be(ProtectedInstanceStatus.Protected);
    }
}
