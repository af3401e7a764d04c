using System.Diagnostics;

namespace SdrsSdk;

/// <summary>
/// An asynchronous SDRS operation in progress: the server accepted the request and returned a job ID, and the
/// outcome arrives later through <c>GET /v1/{project_id}/jobs/{job_id}</c> (reference 5.1.1).
/// </summary>
/// <remarks>
/// Keep <see cref="Id"/> somewhere durable: <see cref="JobsClient.GetAsync"/> picks the job up again from it, even
/// from another process.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public class SdrsJobOperation
{
    private readonly JobsClient _jobs;

    internal SdrsJobOperation(JobsClient jobs, string id, JobType expectedJobType)
    {
        _jobs = jobs;
        Id = id;
        ExpectedJobType = expectedJobType;
    }

    /// <summary>Gets the job ID the server returned (<c>job_id</c>).</summary>
    public string Id { get; }

    /// <summary>Gets the job type the operation starts, for example <see
    /// cref="JobType.CreateProtectionGroup"/>.</summary>
    public JobType ExpectedJobType { get; }

    /// <summary>Gets the job as last read by <see cref="UpdateStatusAsync"/>, or <see langword="null"/> before the
    /// first read.</summary>
    public SdrsJob? Job { get; private set; }

    /// <summary>Gets the last known status; <see langword="null"/> before the first read.</summary>
    public JobStatus? Status => Job?.Status;

    /// <summary>Gets a value indicating whether the job has ended (SUCCESS or FAIL) as of the last read.</summary>
    public bool HasCompleted => Job?.Status.IsTerminal == true;

    /// <summary>Reads the job once and records its status.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job as the server reports it now.</returns>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/jobs/{job_id}</c> (reference 5.1.1).</remarks>
    public async Task<SdrsJob> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        SdrsJob job = await _jobs.GetAsync(Id, cancellationToken).ConfigureAwait(false);
        Job = job;
        return job;
    }

    /// <summary>
    /// Waits until the job ends: returns it when it succeeds, throws <see cref="SdrsJobFailedException"/> (with every
    /// failed sub-job) when it fails, and <see cref="SdrsJobTimeoutException"/> (with the job ID, to resume) when the
    /// wait times out. Transient failures while polling are ridden out within
    /// <see cref="JobPollingOptions.MaxConsecutiveTransientFailures"/>.
    /// </summary>
    /// <param name="polling">The schedule for this wait; <see langword="null"/> for the client's defaults.</param>
    /// <param name="progress">Receives a snapshot on every status change, for progress display.</param>
    /// <param name="cancellationToken">Stops the wait (not the job) with <see
    /// cref="OperationCanceledException"/>.</param>
    /// <returns>The job, with status SUCCESS.</returns>
    /// <exception cref="SdrsJobFailedException">The job ended with FAIL.</exception>
    /// <exception cref="SdrsJobTimeoutException">The job did not end within the polling timeout.</exception>
    /// <exception cref="SdrsException">Reading the job failed for a reason that is not transient, or kept
    /// failing.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/jobs/{job_id}</c> (reference 5.1.1) on the polling schedule.</remarks>
    public Task<SdrsJob> WaitForCompletionAsync(
        JobPollingOptions? polling = null,
        IProgress<JobProgress>? progress = null,
        CancellationToken cancellationToken = default
    ) => _jobs.Poller.WaitAsync(Id, polling, progress, job => Job = job, cancellationToken);

    /// <inheritdoc/>
    public override string ToString() => $"Job {Id} ({ExpectedJobType}): {Status?.ToString() ?? "not read yet"}";
}
