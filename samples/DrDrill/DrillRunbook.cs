using SdrsSdk;

namespace DrDrill;

/// <summary>What one scheduled drill found.</summary>
/// <param name="ServerGroup">The protection group drilled.</param>
/// <param name="Drill">The drill as it stood when it was ready.</param>
/// <param name="Succeeded">Whether the drill servers came up for every protected instance.</param>
/// <param name="Problems">What was wrong, if anything.</param>
public sealed record DrillReport(
    ServerGroup ServerGroup,
    DisasterRecoveryDrill? Drill,
    bool Succeeded,
    IReadOnlyList<string> Problems
);

/// <summary>
/// The daily job of a DR engineer: drill a protection group (create a DR drill, wait for it, check that every
/// protected instance has a drill server, report), then delete the drill whatever happened.
/// </summary>
public sealed class DrillRunbook(SdrsClient client, TextWriter log, JobPollingOptions? polling = null)
{
    /// <summary>Drills one protection group and always removes the drill afterwards.</summary>
    public async Task<DrillReport> RunAsync(string serverGroupId, CancellationToken cancellationToken = default)
    {
        ServerGroup group = await client.ServerGroups.GetAsync(serverGroupId, cancellationToken);
        log.WriteLine($"Drilling {group} (production in {group.CurrentProductionAvailabilityZone})");
        var problems = new List<string>();
        if (group.Status != ServerGroupStatus.Protected)
        {
            problems.Add(
                $"the group is {group.Status}, not protected: the drill shows data as of the last synchronization"
            );
        }

        var instances = new List<ProtectedInstance>();
        await foreach (
            ProtectedInstance instance in client.ProtectedInstances.ListAllAsync(
                new ProtectedInstanceQuery { ServerGroupId = serverGroupId },
                cancellationToken
            )
        )
        {
            instances.Add(instance);
        }

        string name = $"drill-{DateTimeOffset.UtcNow:yyyyMMdd-HHmmss}";
        SdrsJobOperation<DisasterRecoveryDrill> create = await client.Drills.StartCreateAsync(
            new CreateDisasterRecoveryDrillRequest(serverGroupId, name),
            cancellationToken
        );
        log.WriteLine($"Started drill {name}: job {create.Id}");
        DisasterRecoveryDrill? drill = null;
        try
        {
            drill = await create.WaitForResourceAsync(polling, new Reporter(log), cancellationToken);
            log.WriteLine($"Drill ready: {drill}");
            foreach (ProtectedInstance instance in instances)
            {
                DrillServer? server = drill.DrillServers.FirstOrDefault(s => s.ProtectedInstance == instance.Id);
                log.WriteLine(
                    server is null
                        ? $"  MISSING drill server for {instance}"
                        : $"  {instance.Name}: drill server {server.DrillServerId}"
                );
                if (server is null)
                {
                    problems.Add($"no drill server for protected instance {instance.Id}");
                }
            }
        }
        catch (SdrsJobFailedException failure)
        {
            problems.Add($"the drill failed: {failure.ErrorCode} {failure.FailReason}");
            log.WriteLine(failure.Message);
        }
        finally
        {
            string? drillId = drill?.Id ?? create.ResourceId;
            if (drillId is not null)
            {
                SdrsJobOperation delete = await client.Drills.StartDeleteAsync(drillId, CancellationToken.None);
                await delete.WaitForCompletionAsync(polling, new Reporter(log), CancellationToken.None);
                log.WriteLine($"Deleted drill {drillId}");
            }
        }

        var report = new DrillReport(group, drill, problems.Count == 0, problems);
        log.WriteLine(report.Succeeded ? "DRILL PASSED" : $"DRILL FAILED: {string.Join("; ", problems)}");
        return report;
    }

    private sealed class Reporter(TextWriter log) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => log.WriteLine($"  .. {value}");
    }
}
