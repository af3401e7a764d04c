using System.Globalization;

namespace SdrsSdk;

/// <summary>A snapshot of a job being waited for, reported on every status change.</summary>
/// <param name="JobId">The job ID.</param>
/// <param name="JobType">The job type.</param>
/// <param name="Status">The job's status now.</param>
/// <param name="SubJobsTotal">How many sub-jobs the job has.</param>
/// <param name="SubJobsSucceeded">How many sub-jobs succeeded.</param>
/// <param name="SubJobsRunning">How many sub-jobs are still running (any status other than SUCCESS and FAIL).</param>
/// <param name="SubJobsFailed">How many sub-jobs failed.</param>
/// <param name="Elapsed">How long the wait has run.</param>
/// <param name="Polls">How many times the job was read.</param>
public sealed record JobProgress(
    string JobId,
    JobType JobType,
    JobStatus Status,
    int SubJobsTotal,
    int SubJobsSucceeded,
    int SubJobsRunning,
    int SubJobsFailed,
    TimeSpan Elapsed,
    int Polls
)
{
    /// <summary>Builds a snapshot from a job read.</summary>
    /// <param name="job">The job.</param>
    /// <param name="elapsed">How long the wait has run.</param>
    /// <param name="polls">How many times the job was read.</param>
    /// <returns>The snapshot.</returns>
    public static JobProgress From(SdrsJob job, TimeSpan elapsed, int polls)
    {
        ArgumentNullException.ThrowIfNull(job);
        IReadOnlyList<SdrsJob> subJobs = job.SubJobs;
        int succeeded = subJobs.Count(sub => sub.Status == JobStatus.Success);
        int failed = subJobs.Count(sub => sub.Status == JobStatus.Fail);
        return new JobProgress(
            job.JobId,
            job.JobType,
            job.Status,
            subJobs.Count,
            succeeded,
            subJobs.Count - succeeded - failed,
            failed,
            elapsed,
            polls
        );
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        string elapsed = Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        return SubJobsTotal == 0
            ? $"{JobType} {JobId}: {Status} after {elapsed} s"
            : $"{JobType} {JobId}: {Status} after {elapsed} s (sub-jobs: {SubJobsSucceeded} done, {SubJobsRunning} "
                + $"running, {SubJobsFailed} failed of {SubJobsTotal})";
    }
}
