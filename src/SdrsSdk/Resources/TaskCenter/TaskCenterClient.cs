using SdrsSdk.Http.Internal;
using SdrsSdk.Resources.TaskCenter.Internal;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>Lists and clears the failed tasks the task center keeps (reference 5.9).</summary>
public class TaskCenterClient
{
    private readonly ITaskCenterApi _api;

    /// <summary>Initializes a new instance for mocking: a mocking library overrides the members it needs (an
    /// instance made this way sends nothing; <see cref="SdrsClient"/> builds the working one).</summary>
    protected TaskCenterClient()
    {
        _api = null!;
    }

    internal TaskCenterClient(ITaskCenterApi api)
    {
        _api = api;
    }

    /// <summary>Lists one page of failed tasks: of the protection-group level, or of one protection group.</summary>
    /// <param name="query">Filters and paging; <see langword="null"/> lists the protection-group level from the
    /// start.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page of failed tasks and the count the service reports.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="FailureJobQuery.Limit"/> is not 1 to 1000, or <see
    /// cref="FailureJobQuery.Offset"/> is negative.</exception>
    /// <exception cref="ArgumentException">
    /// <see cref="FailureJobQuery.ServerGroupId"/> is empty or white space, or <c>failure_status</c> or
    /// <c>resource_type</c> is not one of the values the reference lists (any case is accepted and sent in the
    /// reference's spelling; the message lists the values).
    /// </exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>GET /v1/{project_id}/task-center/failure-jobs</c> (reference 5.9.1). Without a
    /// <see cref="FailureJobQuery.ServerGroupId"/> the service lists protection-group-level failures, such as failed
    /// protection group creations or deletions; with one, the failed tasks inside that protection group.
    /// </remarks>
    public virtual Task<FailureJobPage> ListFailedJobsAsync(
        FailureJobQuery? query = null,
        CancellationToken cancellationToken = default
    )
    {
        query ??= new FailureJobQuery();
        Validate(query);
        return ListPageAsync(query, query.Offset, query.Limit, cancellationToken);
    }

    /// <summary>Lists every failed task that matches, fetching page after page as the caller enumerates.</summary>
    /// <param name="query">
    /// Filters; <see cref="FailureJobQuery.Offset"/> is where to start and <see cref="FailureJobQuery.Limit"/> the page
    /// size (1 to 1000; 100 when not set). <see langword="null"/> lists the protection-group level.
    /// </param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The failed tasks, in the order the service returns them.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="FailureJobQuery.Limit"/> is not 1 to 1000, or <see
    /// cref="FailureJobQuery.Offset"/> is negative.</exception>
    /// <exception cref="ArgumentException">
    /// <see cref="FailureJobQuery.ServerGroupId"/> is empty or white space, or <c>failure_status</c> or
    /// <c>resource_type</c> is not one of the values the reference lists.
    /// </exception>
    /// <exception cref="SdrsException">The service refused a call or answered with something unreadable (thrown while
    /// enumerating).</exception>
    /// <remarks>
    /// Calls <c>GET /v1/{project_id}/task-center/failure-jobs</c> (reference 5.9.1) once per page, moving
    /// <c>offset</c> on until a page comes back short or empty. The reference describes <c>count</c> only as "the
    /// number of failed tasks in the list", so the walk does not trust it as a total.
    /// </remarks>
    public virtual IAsyncEnumerable<FailureJob> ListAllFailedJobsAsync(
        FailureJobQuery? query = null,
        CancellationToken cancellationToken = default
    )
    {
        query ??= new FailureJobQuery();
        Validate(query);

        return SdrsPaging.WalkAsync(
            async (offset, limit, ct) =>
            {
                FailureJobPage page = await ListPageAsync(query, offset, limit, ct).ConfigureAwait(false);
                return (page.FailureJobs, (int?)null);
            },
            query.Limit ?? SdrsPaging.DefaultPageSize,
            query.Offset ?? 0,
            cancellationToken
        );
    }

    /// <summary>Deletes one failed task from the task center.</summary>
    /// <param name="failureJobId">The failed task's ID (<see cref="FailureJob.JobId"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has deleted the record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="failureJobId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="failureJobId"/> is empty, not a single path segment, or <c>batch</c> (which would address
    /// <see cref="DeleteAllFailedJobsAsync"/> instead).
    /// </exception>
    /// <exception cref="SdrsException">The service refused the call.</exception>
    /// <remarks>Calls <c>DELETE /v1/{project_id}/task-center/failure-jobs/{failure_job_id}</c> (reference 5.9.2); the
    /// service answers 204.</remarks>
    public virtual Task DeleteFailedJobAsync(string failureJobId, CancellationToken cancellationToken = default)
    {
        SdrsArgument.PathSegment(failureJobId, nameof(failureJobId));
        SdrsValidation.Check(
            !string.Equals(failureJobId, "batch", StringComparison.OrdinalIgnoreCase),
            "failureJobId must not be 'batch': DELETE task-center/failure-jobs/batch deletes every failed task; "
                + "call DeleteAllFailedJobsAsync for that.",
            nameof(failureJobId)
        );

        return _api.DeleteAsync(failureJobId, cancellationToken);
    }

    /// <summary>Deletes every failed task of the protection-group level, such as failed protection group creations or
    /// deletions.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has deleted the records.</returns>
    /// <exception cref="SdrsException">The service refused the call.</exception>
    /// <remarks>Calls <c>DELETE /v1/{project_id}/task-center/failure-jobs/batch</c> (reference 5.9.3); the service
    /// answers 204.</remarks>
    public virtual Task DeleteAllFailedJobsAsync(CancellationToken cancellationToken = default) =>
        _api.DeleteAllAsync(cancellationToken);

    /// <summary>
    /// Deletes every failed task inside one protection group, such as failed protected instance or replication pair
    /// creations and deletions.
    /// </summary>
    /// <param name="serverGroupId">The protection group's ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has deleted the records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serverGroupId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="serverGroupId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsException">The service refused the call.</exception>
    /// <remarks>Calls <c>DELETE /v1/{project_id}/task-center/{server_group_id}/failure-jobs/batch</c> (reference
    /// 5.9.4); the service answers 204.</remarks>
    public virtual Task DeleteFailedJobsOfServerGroupAsync(
        string serverGroupId,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(serverGroupId, nameof(serverGroupId));
        return _api.DeleteAllOfServerGroupAsync(serverGroupId, cancellationToken);
    }

    private static void Validate(FailureJobQuery query)
    {
        SdrsValidation.Limit(query.Limit, nameof(query));
        SdrsValidation.Offset(query.Offset, nameof(query));
        SdrsValidation.Optional(
            query.ServerGroupId,
            "server_group_id",
            nameof(query),
            "leave it null to list the protection-group level"
        );

        RequestValue.Wire(query.FailureStatus, "failure_status", nameof(query));
        RequestValue.Wire(query.ResourceType, "resource_type", nameof(query));
    }

    private Task<FailureJobPage> ListPageAsync(
        FailureJobQuery query,
        int? offset,
        int? limit,
        CancellationToken cancellationToken
    ) =>
        _api.ListAsync(
            query.ServerGroupId,
            query.ResourceName,
            RequestValue.Wire(query.FailureStatus, "failure_status", nameof(query)),
            RequestValue.Wire(query.ResourceType, "resource_type", nameof(query)),
            limit,
            offset,
            cancellationToken
        );
}
