using Refit;
using SdrsSdk.Http.Internal;

namespace SdrsSdk.Jobs;

/// <summary>The job API (reference 5.1).</summary>
internal interface IJobsApi
{
    /// <summary>GET /v1/{project_id}/jobs/{job_id} (5.1.1).</summary>
    [Get("jobs/{jobId}")]
    Task<SdrsJob> GetAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>
    /// GET /v1/{project_id}/jobs/{job_id} (5.1.1) for the job poller, with <paramref name="noRetry"/> set: the poller
    /// rides out transient failures in its own loop, so the pipeline does not retry these reads as well.
    /// </summary>
    [Get("jobs/{jobId}")]
    Task<SdrsJob> PollAsync(string jobId, [Property(SdrsRequestOptions.NoRetryKey)] bool noRetry, CancellationToken cancellationToken);
}
