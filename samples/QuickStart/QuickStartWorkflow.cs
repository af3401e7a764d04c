using SdrsSdk;

namespace QuickStart;

/// <summary>What the quick start needs to know about the site it protects.</summary>
/// <param name="VpcId">The production site VPC of the protection group.</param>
/// <param name="ServerId">The production site server to protect.</param>
/// <param name="VolumeId">A disk of that server to replicate.</param>
/// <param name="Device">The device name the replicated disk is attached as.</param>
public sealed record QuickStartSite(string VpcId, string ServerId, string VolumeId, string Device = "/dev/vdb");

/// <summary>
/// The disaster-recovery walk-through: protect a server, drill, fail over and back, clean up — waiting on every job
/// with visible progress.
/// </summary>
public sealed class QuickStartWorkflow(
    SdrsClient client,
    QuickStartSite site,
    TextWriter output,
    JobPollingOptions? polling = null
)
{
    private readonly List<Func<Task>> _cleanup = [];

    /// <summary>Runs the whole walk-through; returns the number of jobs waited for.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        int jobs = 0;
        try
        {
            IReadOnlyList<ActiveDomain> domains = await client.ActiveDomains.ListAsync(cancellationToken);
            ActiveDomain domain = domains.FirstOrDefault(d => d.SoldOut != true)
                ?? throw new InvalidOperationException("No active-active domain with capacity is available.");
            Say($"1. Active-active domains: {string.Join(", ", domains.Select(d => d.ToString()))}");
            string production = domain.LocalReplicationCluster?.AvailabilityZone
                ?? throw new InvalidOperationException("The domain has no local AZ.");
            string disasterRecovery = domain.RemoteReplicationCluster?.AvailabilityZone
                ?? throw new InvalidOperationException("The domain has no remote AZ.");

            Say($"2. Creating protection group 'quickstart-group' ({production} -> {disasterRecovery})");
            ServerGroup group = await (
                await client.ServerGroups.StartCreateAsync(
                    new CreateServerGroupRequest(
                        "quickstart-group",
                        production,
                        disasterRecovery,
                        domain.Id,
                        site.VpcId
                    )
                    {
                        Description = "SdrsSdk quick start",
                    },
                    cancellationToken
                )
            ).WaitForResourceAsync(polling, Progress(), cancellationToken);
            jobs++;
            _cleanup.Add(() => WaitAsync(client.ServerGroups.StartDeleteAsync(group.Id), "delete protection group"));
            Say($"   created {group}");

            Say($"3. Protecting server {site.ServerId}");
            ProtectedInstance instance = await (
                await client.ProtectedInstances.StartCreateAsync(
                    new CreateProtectedInstanceRequest(group.Id, site.ServerId, "quickstart-server"),
                    cancellationToken
                )
            ).WaitForResourceAsync(polling, Progress(), cancellationToken);
            jobs++;
            _cleanup.Insert(0, () =>
                WaitAsync(client.ProtectedInstances.StartDeleteAsync(instance.Id), "delete protected instance")
            );
            Say($"   created {instance}; DR site server {instance.TargetServer}");

            Say($"4. Replicating disk {site.VolumeId} and attaching it as {site.Device}");
            ReplicationPair pair = await (
                await client.Replications.StartCreateAsync(
                    new CreateReplicationPairRequest(group.Id, site.VolumeId, "quickstart-disk"),
                    cancellationToken
                )
            ).WaitForResourceAsync(polling, Progress(), cancellationToken);
            jobs++;
            _cleanup.Insert(0, () =>
                WaitAsync(
                    client.Replications.StartDeleteAsync(
                        pair.Id,
                        new DeleteReplicationPairRequest { ServerGroupId = group.Id, DeleteTargetVolume = true }
                    ),
                    "delete replication pair"
                )
            );
            await WaitAsync(
                client.ProtectedInstances.StartAttachReplicationAsync(
                    instance.Id,
                    new AttachReplicationPairRequest(pair.Id, site.Device),
                    cancellationToken
                ),
                "attach replication pair",
                cancellationToken
            );
            jobs++;
            _cleanup.Insert(0, () =>
                WaitAsync(
                    client.ProtectedInstances.StartDetachReplicationAsync(instance.Id, pair.Id),
                    "detach replication pair"
                )
            );

            Say("5. Enabling protection");
            await WaitAsync(
                client.ServerGroups.StartProtectionAsync(group.Id, cancellationToken),
                "enable protection",
                cancellationToken
            );
            jobs++;
            _cleanup.Insert(0, () =>
                WaitAsync(client.ServerGroups.StartStopProtectionAsync(group.Id), "disable protection")
            );
            Say($"   {await client.ServerGroups.GetAsync(group.Id, cancellationToken)}");

            Say("6. Running a DR drill");
            SdrsJobOperation<DisasterRecoveryDrill> drillCreation = await client.Drills.StartCreateAsync(
                new CreateDisasterRecoveryDrillRequest(group.Id, "quickstart-drill"),
                cancellationToken
            );
            Func<Task> deleteDrill = () =>
                drillCreation.ResourceId is { } drillId
                    ? WaitAsync(client.Drills.StartDeleteAsync(drillId), "delete DR drill")
                    : Task.CompletedTask;
            _cleanup.Insert(0, deleteDrill); // a failed drill stays behind in status error: delete it too
            DisasterRecoveryDrill drill = await drillCreation.WaitForResourceAsync(
                polling,
                Progress(),
                cancellationToken
            );
            jobs++;
            Say($"   {drill}; drill servers: {string.Join(", ", drill.DrillServers.Select(s => s.ToString()))}");
            _cleanup.Remove(deleteDrill);
            await WaitAsync(
                client.Drills.StartDeleteAsync(drill.Id, cancellationToken),
                "delete DR drill",
                cancellationToken
            );
            jobs++;

            Say("7. Planned failover to the DR site, then failback");
            await WaitAsync(
                client.ServerGroups.StartPlannedFailoverAsync(group.Id, PriorityStation.Target, cancellationToken),
                "planned failover",
                cancellationToken
            );
            jobs++;
            ServerGroup failedOver = await client.ServerGroups.GetAsync(group.Id, cancellationToken);
            Say($"   production now runs in {failedOver.CurrentProductionAvailabilityZone}");
            await WaitAsync(
                client.ServerGroups.StartPlannedFailoverAsync(group.Id, PriorityStation.Source, cancellationToken),
                "planned failback",
                cancellationToken
            );
            jobs++;
            ServerGroup failedBack = await client.ServerGroups.GetAsync(group.Id, cancellationToken);
            Say($"   production back in {failedBack.CurrentProductionAvailabilityZone}");
        }
        finally
        {
            Say("8. Cleaning up");
            foreach (Func<Task> step in _cleanup)
            {
                try
                {
                    await step();
                    jobs++;
                }
                catch (SdrsException exception)
                {
                    // Keep cleaning up; report what is left behind.
                    Say($"   cleanup step failed, continuing: {exception.Message}");
                }
            }
        }

        Say($"Done: {jobs} jobs completed.");
        return jobs;
    }

    private async Task WaitAsync(
        Task<SdrsJobOperation> start,
        string what,
        CancellationToken cancellationToken = default
    )
    {
        SdrsJobOperation operation = await start;
        Say($"   {what}: job {operation.Id}");
        await operation.WaitForCompletionAsync(polling, Progress(), cancellationToken);
    }

    private SynchronousProgress Progress() => new(report => Say($"     .. {report}"));

    private void Say(string line)
    {
        lock (output)
        {
            output.WriteLine(line);
        }
    }
}

/// <summary>Reports progress on the polling thread, in order (System.Progress posts to the thread pool).</summary>
internal sealed class SynchronousProgress(Action<JobProgress> report) : IProgress<JobProgress>
{
    public void Report(JobProgress value) => report(value);
}
