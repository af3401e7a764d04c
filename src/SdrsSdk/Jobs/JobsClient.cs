using SdrsSdk.Http.Internal;
using SdrsSdk.Jobs;

namespace SdrsSdk;

/// <summary>Reads SDRS jobs: the outcome of asynchronous operations (reference 5.1).</summary>
public sealed class JobsClient
{
    private readonly IJobsApi _api;

    internal JobsClient(IJobsApi api)
    {
        _api = api;
    }

    /// <summary>Gets a job's status, entities and sub-jobs.</summary>
    /// <param name="jobId">The job ID an asynchronous operation returned.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is empty or not a single path segment.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/jobs/{job_id}</c> (reference 5.1.1).</remarks>
    public Task<SdrsJob> GetAsync(string jobId, CancellationToken cancellationToken = default)
    {
        SdrsArgument.PathSegment(jobId, nameof(jobId));
        return SdrsCall.RequireAsync(_api.GetAsync(jobId, cancellationToken), "GET jobs/{job_id}");
    }

    /// <summary>Turns the <c>{"job_id": …}</c> answer of an asynchronous operation into an operation handle.</summary>
    internal async Task<SdrsJobOperation> StartAsync(Task<JobReference> call, JobType jobType, string operation)
    {
        JobReference reference = await SdrsCall.RequireAsync(call, operation).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(reference.JobId))
        {
            throw new SdrsInvalidResponseException(new SdrsErrorDetails
            {
                Status = 200,
                ErrorMessage = $"The response to {operation} has no job_id; the operation's outcome cannot be tracked.",
            });
        }

        return new SdrsJobOperation(this, reference.JobId, jobType);
    }
}
