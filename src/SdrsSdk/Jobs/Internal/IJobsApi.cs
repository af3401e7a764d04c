using Refit;

namespace SdrsSdk.Jobs;

/// <summary>The job API (reference 5.1).</summary>
internal interface IJobsApi
{
    /// <summary>GET /v1/{project_id}/jobs/{job_id} (5.1.1).</summary>
    [Get("jobs/{jobId}")]
    Task<SdrsJob> GetAsync(string jobId, CancellationToken cancellationToken);
}
