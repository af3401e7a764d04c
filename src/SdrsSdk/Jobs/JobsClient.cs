using Microsoft.Extensions.Logging;
using SdrsSdk.Errors.Internal;
using SdrsSdk.Jobs.Internal;
using SdrsSdk.Operations.Internal;

namespace SdrsSdk;

/// <summary>Reads SDRS jobs: the outcome of asynchronous operations (reference 5.1).</summary>
public sealed class JobsClient
{
    private readonly IJobsApi _api;
    private readonly SecretScrubber _secrets;

    internal JobsClient(
        IJobsApi api,
        TimeProvider time,
        ILogger logger,
        JobPollingOptions polling,
        SecretScrubber secrets
    )
    {
        _api = api;
        _secrets = secrets;

        // The poller retries in its own loop (bounded, age-proportional); its reads skip the pipeline's retry.
        Poller = new JobPoller(PollAsync, time, logger, polling);
    }

    internal JobPoller Poller { get; }

    /// <summary>
    /// Waits for a job by its ID: the way to pick up a job started earlier, even by another process (a runbook that
    /// stopped mid-failover resumes from the saved ID).
    /// </summary>
    /// <param name="jobId">The job ID an asynchronous operation returned.</param>
    /// <param name="polling">The schedule for this wait; <see langword="null"/> for the client's defaults.</param>
    /// <param name="progress">Receives a snapshot on every status change.</param>
    /// <param name="cancellationToken">Stops the wait (not the job).</param>
    /// <returns>The job, with status SUCCESS.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="jobId"/> is not of the form of a job ID: 1 to 64 ASCII letters, digits, '-' or '_'.
    /// </exception>
    /// <exception cref="SdrsJobFailedException">The job ended with FAIL.</exception>
    /// <exception cref="SdrsJobTimeoutException">The job did not end within the polling timeout.</exception>
    /// <exception cref="SdrsException">Reading the job failed for a reason that is not transient, or kept
    /// failing.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/jobs/{job_id}</c> (reference 5.1.1) on the polling schedule.</remarks>
    public Task<SdrsJob> WaitAsync(
        string jobId,
        JobPollingOptions? polling = null,
        IProgress<JobProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        JobIds.RequireArgument(jobId, nameof(jobId));
        return Poller.WaitAsync(jobId, polling, progress, onRead: null, cancellationToken);
    }

    /// <summary>Gets a job's status, entities and sub-jobs.</summary>
    /// <param name="jobId">The job ID an asynchronous operation returned.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="jobId"/> is not of the form of a job ID: 1 to 64 ASCII letters, digits, '-' or '_'.
    /// </exception>
    /// <exception cref="SdrsInvalidResponseException">The service answered with another job than the one asked
    /// for.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/jobs/{job_id}</c> (reference 5.1.1).</remarks>
    public async Task<SdrsJob> GetAsync(string jobId, CancellationToken cancellationToken = default)
    {
        JobIds.RequireArgument(jobId, nameof(jobId));
        SdrsJob job = await _api.GetAsync(jobId, job => JobIds.CheckSame(job, jobId), cancellationToken)
            .ConfigureAwait(false);
        return Scrub(job);
    }

    /// <summary>Turns the <c>{"job_id": …}</c> answer of an asynchronous operation into an operation
    /// handle.</summary>
    internal async Task<SdrsJobOperation> StartAsync(Task<JobIdEnvelope> call, SdrsOperation operation)
    {
        string jobId = (await call.ConfigureAwait(false)).JobId;
        return new SdrsJobOperation(this, jobId, operation.StartedJobType);
    }

    /// <summary>
    /// Turns the answer of an operation that creates a resource into a handle that can also return the resource:
    /// <paramref name="entityKey"/> names the job entity holding its ID, <paramref name="read"/> reads it.
    /// </summary>
    internal async Task<SdrsJobOperation<T>> StartAsync<T>(
        Task<JobIdEnvelope> call,
        SdrsOperation operation,
        string entityKey,
        Func<string, CancellationToken, Task<T>> read
    )
        where T : class
    {
        string jobId = (await call.ConfigureAwait(false)).JobId;
        return new SdrsJobOperation<T>(this, jobId, operation.StartedJobType, entityKey, read);
    }

    private async Task<SdrsJob> PollAsync(string jobId, CancellationToken cancellationToken) =>
        Scrub(
            await _api.PollAsync(jobId, noRetry: true, job => JobIds.CheckSame(job, jobId), cancellationToken)
                .ConfigureAwait(false)
        );

    /// <summary>
    /// Scrubs the texts of a job read (fail reasons and error codes, sub-jobs included) before they reach a log, an
    /// exception message (<see cref="SdrsJobFailedException"/>) or the caller: a service may echo a secret in them.
    /// </summary>
    private SdrsJob Scrub(SdrsJob job)
    {
        job.FailReason = _secrets.Scrub(job.FailReason);
        job.ErrorCode = _secrets.Scrub(job.ErrorCode);
        foreach (SdrsJob subJob in job.SubJobs)
        {
            Scrub(subJob);
        }

        return job;
    }
}
