using Refit;
using SdrsSdk.Http.Internal;

namespace SdrsSdk.Jobs.Internal;

/// <summary>The job API (reference 5.1).</summary>
internal interface IJobsApi
{
    /// <summary>GET /v1/{project_id}/jobs/{job_id} (5.1.1).</summary>
    /// <param name="jobId">The job asked for.</param>
    /// <param name="check">Checks the job read back is that job (<see cref="JobIds.CheckSame"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("jobs/{jobId}")]
    Task<SdrsJob> GetAsync(
        string jobId,
        [Property(SdrsResponseReader.CheckKeyName)] Func<object, string?> check,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// GET /v1/{project_id}/jobs/{job_id} (5.1.1) for the job poller, with <paramref name="noRetry"/> set: the poller
    /// rides out transient failures in its own loop, so the pipeline does not retry these reads as well.
    /// </summary>
    [Get("jobs/{jobId}")]
    Task<SdrsJob> PollAsync(
        string jobId,
        [Property(SdrsRequestOptions.NoRetryKey)] bool noRetry,
        [Property(SdrsResponseReader.CheckKeyName)] Func<object, string?> check,
        CancellationToken cancellationToken
    );
}
