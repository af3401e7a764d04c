using System.Text.Json.Nodes;
using SdrsSdk;

namespace Failover;

/// <summary>
/// A failover runbook that never loses track of its job: the job ID is saved to a state file the moment SDRS accepts
/// the failover, so a runbook that crashed (or was stopped) mid-failover picks the job up again with <see
/// cref="ResumeAsync"/>.
/// </summary>
public sealed class FailoverRunbook(
    SdrsClient client,
    string stateFile,
    TextWriter log,
    JobPollingOptions? polling = null
)
{
    /// <summary>Fails a protection group over to its DR site and waits for the job.</summary>
    public async Task<ServerGroup> FailOverAsync(string serverGroupId, CancellationToken cancellationToken = default)
    {
        if (File.Exists(stateFile))
        {
            throw new InvalidOperationException(
                $"A failover is already in progress ({stateFile}); resume it with --resume."
            );
        }

        ServerGroup group = await client.ServerGroups.GetAsync(serverGroupId, cancellationToken);
        log.WriteLine(
            $"Failing over {group}: production in {group.CurrentProductionAvailabilityZone} -> "
                + $"{group.CurrentDisasterRecoveryAvailabilityZone}"
        );
        SdrsJobOperation failover = await client.ServerGroups.StartFailoverAsync(serverGroupId, cancellationToken);
        await File.WriteAllTextAsync(
            stateFile,
            new JsonObject { ["job_id"] = failover.Id, ["server_group_id"] = serverGroupId }.ToJsonString(),
            CancellationToken.None
        );
        log.WriteLine($"Failover accepted: job {failover.Id} (saved to {stateFile})");
        await failover.WaitForCompletionAsync(polling, new Reporter(log), cancellationToken);
        return await FinishAsync(serverGroupId, cancellationToken);
    }

    /// <summary>Picks up a failover started earlier, from the job ID in the state file.</summary>
    public async Task<ServerGroup> ResumeAsync(CancellationToken cancellationToken = default)
    {
        JsonNode state = JsonNode.Parse(await File.ReadAllTextAsync(stateFile, cancellationToken))
            ?? throw new InvalidOperationException($"{stateFile} is empty.");
        string jobId = state["job_id"]!.GetValue<string>();
        string serverGroupId = state["server_group_id"]!.GetValue<string>();
        log.WriteLine($"Resuming failover job {jobId} of protection group {serverGroupId}");
        SdrsJob job = await client.Jobs.WaitAsync(jobId, polling, new Reporter(log), cancellationToken);
        log.WriteLine($"Job {job.JobId} ({job.JobType}) ended {job.Status} at {job.EndTime:u}");
        return await FinishAsync(serverGroupId, cancellationToken);
    }

    private async Task<ServerGroup> FinishAsync(string serverGroupId, CancellationToken cancellationToken)
    {
        File.Delete(stateFile);
        ServerGroup group = await client.ServerGroups.GetAsync(serverGroupId, cancellationToken);
        log.WriteLine(
            $"Failed over: {group}; production now in {group.CurrentProductionAvailabilityZone}. Re-protect with "
                + "StartProtectionAsync when the original site is back."
        );
        return group;
    }

    private sealed class Reporter(TextWriter log) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => log.WriteLine($"  .. {value}");
    }
}
