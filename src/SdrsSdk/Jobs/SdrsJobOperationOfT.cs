using SdrsSdk.Jobs.Internal;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// An asynchronous SDRS operation that creates a resource: besides waiting for the job, it reads the new resource's ID
/// from the job's entities and can return the resource itself.
/// </summary>
/// <typeparam name="T">The resource the operation creates, for example <see cref="ServerGroup"/>.</typeparam>
public class SdrsJobOperation<T> : SdrsJobOperation
    where T : class
{
    private readonly Func<string, CancellationToken, Task<T>> _read;

    /// <summary>Initializes a new instance for mocking: a mocking library overrides the members it needs (see also
    /// <see cref="SdrsModelFactory.JobOperation{T}(SdrsJob, string, T, SdrsResponse?)"/>).</summary>
    protected SdrsJobOperation()
    {
        EntityKey = string.Empty;
        _read = (_, _) =>
            Task.FromException<T>(new InvalidOperationException("This handle was made for mocking: override it."));
    }

    /// <summary>A handle of a given job whose resource is <paramref name="resource"/> (<see
    /// cref="SdrsModelFactory"/>).</summary>
    internal SdrsJobOperation(SdrsJob job, string entityKey, T resource)
        : base(job)
    {
        EntityKey = entityKey;
        _read = (_, _) => Task.FromResult(resource);
    }

    internal SdrsJobOperation(
        JobsClient jobs,
        string id,
        JobType expectedJobType,
        string entityKey,
        Func<string, CancellationToken, Task<T>> read
    )
        : base(jobs, id, expectedJobType)
    {
        EntityKey = entityKey;
        _read = read;
    }

    /// <summary>A handle for a creation whose answer was lost and which the SDK found applied.</summary>
    internal SdrsJobOperation(
        JobsClient jobs,
        JobType expectedJobType,
        ResolvedHandle resolved,
        Func<string, CancellationToken, Task<T>> read
    )
        : base(jobs, expectedJobType, resolved)
    {
        EntityKey = resolved.EntityKey!;
        _read = read;
    }

    /// <summary>Gets the wire name of the job entity that holds the new resource's ID, for example
    /// <c>server_group_id</c>.</summary>
    public virtual string EntityKey { get; }

    /// <summary>Gets the new resource's ID, once a read of the job shows it; otherwise <see
    /// langword="null"/>.</summary>
    public virtual string? ResourceId =>
        Job?.Entities is { } entities && entities.TryGetId(EntityKey, out string? id) ? id : null;

    /// <summary>Waits for the job to succeed, then reads and returns the resource it created.</summary>
    /// <param name="polling">The schedule for this wait; <see langword="null"/> for the client's defaults.</param>
    /// <param name="progress">Receives a snapshot on every status change.</param>
    /// <param name="cancellationToken">Stops the wait (not the job).</param>
    /// <returns>The created resource, as the service reports it after the job succeeded.</returns>
    /// <exception cref="SdrsJobFailedException">The job ended with FAIL.</exception>
    /// <exception cref="SdrsJobTimeoutException">The job did not end within the polling timeout.</exception>
    /// <exception cref="SdrsInvalidResponseException">The job succeeded but its entities do not name the resource, or
    /// name it with an ID that is not one path segment.</exception>
    /// <exception cref="SdrsException">Reading the job or the resource failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>
    /// Calls <c>GET /v1/{project_id}/jobs/{job_id}</c> (reference 5.1.1) until the job ends, then the resource's
    /// <c>GET</c> with the ID from <see cref="EntityKey"/>.
    /// </remarks>
    public virtual async Task<T> WaitForResourceAsync(
        JobPollingOptions? polling = null,
        IProgress<JobProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        SdrsJob job = await WaitForCompletionAsync(polling, progress, cancellationToken).ConfigureAwait(false);
        if (job.Entities is null || !job.Entities.TryGetId(EntityKey, out string? id))
        {
            throw InvalidEntity($"its entities have no '{EntityKey}' naming the created resource");
        }

        // The ID is the server's choice: it goes into a path only if it is one path segment, like a caller's ID.
        if (SdrsArgument.PathSegmentProblem(id!) is { } problem)
        {
            throw InvalidEntity($"its '{EntityKey}' is not one path segment (an ID {problem}); it was not used");
        }

        return await _read(id!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The exception for a successful job whose entities do not name a usable resource.</summary>
    private SdrsInvalidResponseException InvalidEntity(string reason) =>
        new(
            new SdrsErrorDetails
            {
                Status = 200,
                Method = "GET",
                Path = $"/v1/{{project_id}}/jobs/{Id}",
                ErrorMessage = $"Job {Id} ({Job?.JobType}) succeeded, but {reason}.",
            }
        );
}
