using SdrsSdk.Http.Internal;
using SdrsSdk.Resources.Replications.Internal;
using SdrsSdk.Validation.Internal;
using Ops = SdrsSdk.Operations.Internal.SdrsOperations.Replications;

namespace SdrsSdk;

/// <summary>
/// Creates, lists, reads, expands, renames and deletes replication pairs: the disk pairs a protection group replicates
/// from the production site to the DR site (reference 5.6).
/// </summary>
public class ReplicationsClient
{
    /// <summary>The job entity naming the replication pair a create job made.</summary>
    private const string CreatedEntity = "replication_pair_id";

    private readonly IReplicationsApi _api;
    private readonly JobsClient _jobs;

    /// <summary>Initializes a new instance for mocking: a mocking library overrides the members it needs (an
    /// instance made this way sends nothing; <see cref="SdrsClient"/> builds the working one).</summary>
    protected ReplicationsClient()
    {
        _api = null!;
        _jobs = null!;
    }

    internal ReplicationsClient(IReplicationsApi api, JobsClient jobs)
    {
        _api = api;
        _jobs = jobs;
    }

    /// <summary>
    /// Gets the handle of a creation started earlier, by the job ID <see cref="StartCreateAsync"/>'s handle had: the
    /// same typed handle, in this process or another, without sending the creation again.
    /// </summary>
    /// <param name="jobId">The saved job ID (<see cref="SdrsJobOperation.Id"/>).</param>
    /// <returns>The handle; its <see cref="SdrsJobOperation{T}.WaitForResourceAsync"/> waits for the job and returns
    /// the new replication pair. It has read nothing yet.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is not of the form of a job ID.</exception>
    public virtual SdrsJobOperation<ReplicationPair> ResumeCreate(string jobId) =>
        _jobs.Resume(jobId, Ops.Create, CreatedEntity, GetAsync);

    /// <summary>Starts creating a replication pair from a production site disk and adding it to a protection
    /// group.</summary>
    /// <param name="request">The protection group, the disk, the pair's name and, optionally, its description.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The job that creates the pair (<see cref="JobType.CreateReplicationPair"/>); when it succeeds, its entities
    /// hold the new pair's ID.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The description is longer than 64 bytes or contains '&lt;' or '&gt;', or the
    /// cluster ID is empty.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/replications</c> (reference 5.6.1). The protection group must be
    /// <c>available</c> or <c>protected</c>; for an ECS protection group the disk must be <c>available</c>. The DR site
    /// disk is created by the service.
    /// </remarks>
    public virtual Task<SdrsJobOperation<ReplicationPair>> StartCreateAsync(
        CreateReplicationPairRequest request,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var body = new CreateReplicationBody { Replication = request };
        return _jobs.StartAsync(
            Ops.Create,
            (Api: _api, Request: request, Body: body),
            static (s, token) => s.Api.CreateAsync(s.Body, token),
            static (s, write) => write with { Arguments = s.Request },
            CreatedEntity,
            GetAsync,
            cancellationToken
        );
    }

    /// <summary>Starts deleting a replication pair, and optionally its DR site disk.</summary>
    /// <param name="replicationId">The replication pair ID.</param>
    /// <param name="request">The protection group and whether to delete the DR site disk; <see langword="null"/> sends
    /// neither.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job that deletes the pair (<see cref="JobType.DeleteReplicationPair"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="replicationId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="replicationId"/> is empty or not a single path segment, or the protection group ID is empty.
    /// </exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>DELETE /v1/{project_id}/replications/{replication_id}</c> with a JSON body (reference 5.6.2). The pair
    /// must not be attached to a protected instance, and both the pair and its protection group must be in a status
    /// that allows deletion (for example <c>available</c>, <c>protected</c>, <c>failed-over</c> or an error status).
    /// </remarks>
    public virtual Task<SdrsJobOperation> StartDeleteAsync(
        string replicationId,
        DeleteReplicationPairRequest? request = null,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(replicationId, nameof(replicationId));
        request ??= new DeleteReplicationPairRequest();
        request.Validate();
        var body = new DeleteReplicationBody { Replication = request };
        return _jobs.StartAsync(
            Ops.Delete,
            (Api: _api, Request: request, ReplicationId: replicationId, Body: body),
            static (s, token) => s.Api.DeleteAsync(s.ReplicationId, s.Body, token),
            static (s, write) => (write with { Arguments = s.Request }).WithPath("replication_id", s.ReplicationId),
            cancellationToken
        );
    }

    /// <summary>Lists one page of replication pairs, of one or more protection groups or of the whole
    /// project.</summary>
    /// <param name="query">Filters and paging; <see langword="null"/> lists the first page of every pair.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with the number of matching pairs.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The limit is outside 1 to 1000, or the offset is
    /// negative.</exception>
    /// <exception cref="ArgumentException">
    /// An ID list is empty, holds more than 30 IDs, or holds an empty or malformed ID; or <c>status</c> or
    /// <c>query_type</c> is not one of the values the reference lists (any case is accepted and sent in the
    /// reference's spelling; the message lists the values).
    /// </exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>GET /v1/{project_id}/replications</c> (reference 5.6.3). ID lists are sent as <c>['id1','id2']</c>,
    /// URL-encoded; they take precedence over the single-ID filters.
    /// </remarks>
    public virtual Task<ReplicationPairPage> ListAsync(
        ReplicationPairQuery? query = null,
        CancellationToken cancellationToken = default
    )
    {
        query ??= new ReplicationPairQuery();
        Validate(query);
        return FetchPageAsync(query, query.Offset, query.Limit, cancellationToken);
    }

    /// <summary>Lists every replication pair that matches a query, fetching page after page as the caller
    /// enumerates.</summary>
    /// <param name="query">
    /// Filters; its <see cref="ReplicationPairQuery.Limit"/> is the page size (1 to 1000, default 100) and its
    /// <see cref="ReplicationPairQuery.Offset"/> where to start.
    /// </param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The pairs, in the order the service lists them.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The limit is outside 1 to 1000, or the offset is
    /// negative.</exception>
    /// <exception cref="ArgumentException">
    /// An ID list is empty, holds more than 30 IDs, or holds an empty or malformed ID; or <c>status</c> or
    /// <c>query_type</c> is not one of the values the reference lists (any case is accepted and sent in the
    /// reference's spelling; the message lists the values).
    /// </exception>
    /// <exception cref="SdrsException">The service refused a page request or answered with something
    /// unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/replications</c> (reference 5.6.3) once per page.</remarks>
    public virtual IAsyncEnumerable<ReplicationPair> ListAllAsync(
        ReplicationPairQuery? query = null,
        CancellationToken cancellationToken = default
    )
    {
        query = query?.Clone() ?? new ReplicationPairQuery();
        Validate(query);
        int pageSize = query.Limit ?? SdrsPaging.DefaultPageSize;

        return SdrsPaging.WalkAsync(
            async (offset, limit, token) =>
            {
                ReplicationPairPage page = await FetchPageAsync(query, offset, limit, token).ConfigureAwait(false);
                return (page.Replications, page.Count);
            },
            pageSize,
            query.Offset ?? 0,
            cancellationToken
        );
    }

    /// <summary>Gets a replication pair.</summary>
    /// <param name="replicationId">The replication pair ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The replication pair.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="replicationId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="replicationId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsNotFoundException">The replication pair does not exist (for example SDRS.1608).</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/replications/{replication_id}</c> (reference 5.6.4).</remarks>
    public virtual Task<ReplicationPair> GetAsync(string replicationId, CancellationToken cancellationToken = default)
    {
        SdrsArgument.PathSegment(replicationId, nameof(replicationId));
        return UnwrapAsync(_api.GetAsync(replicationId, cancellationToken));
    }

    /// <summary>Starts expanding both disks of a replication pair to a new size.</summary>
    /// <param name="replicationId">The replication pair ID.</param>
    /// <param name="newSize">The disk size after expansion, in GB (<c>new_size</c>); must be positive.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job that expands the pair (<see cref="JobType.ExpandReplicationPair"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="replicationId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="replicationId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="newSize"/> is zero or negative.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/replications/{replication_id}/action</c> with <c>extend-replication</c>
    /// (reference 5.6.5). The pair must be <c>available</c>, <c>protected</c> or <c>error-extending</c> and its disks
    /// <c>available</c> or <c>in-use</c>; shared disks in use cannot be expanded online, and yearly/monthly disks not
    /// at all.
    /// </remarks>
    public virtual Task<SdrsJobOperation> StartExpandAsync(
        string replicationId,
        int newSize,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(replicationId, nameof(replicationId));
        SdrsValidation.Positive(newSize, "new_size", nameof(newSize), "the disk size in GB after expansion");

        var body = new ExpandReplicationBody
        {
            ExtendReplication = new ExtendReplicationArguments { NewSize = newSize },
        };
        return _jobs.StartAsync(
            Ops.Expand,
            (Api: _api, NewSize: newSize, ReplicationId: replicationId, Body: body),
            static (s, token) => s.Api.ExpandAsync(s.ReplicationId, s.Body, token),
            static (s, write) => (write with { Arguments = s.NewSize }).WithPath("replication_id", s.ReplicationId),
            cancellationToken
        );
    }

    /// <summary>Renames a replication pair.</summary>
    /// <param name="replicationId">The replication pair ID.</param>
    /// <param name="request">The new name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The replication pair as updated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="replicationId"/> or <paramref name="request"/> is <see
    /// langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="replicationId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsNotFoundException">The replication pair does not exist (for example SDRS.1608).</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>PUT /v1/{project_id}/replications/{replication_id}</c> (reference 5.6.6).</remarks>
    public virtual Task<ReplicationPair> UpdateAsync(
        string replicationId,
        UpdateReplicationPairRequest request,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(replicationId, nameof(replicationId));
        ArgumentNullException.ThrowIfNull(request);
        return UnwrapAsync(
            _api.UpdateAsync(replicationId, new UpdateReplicationBody { Replication = request }, cancellationToken)
        );
    }

    private static void Validate(ReplicationPairQuery query)
    {
        SdrsValidation.Limit(query.Limit);
        SdrsValidation.Offset(query.Offset);
        SdrsValidation.IdList(query.ServerGroupIds, "server_group_ids", "serverGroupIds", atLeastOne: true);
        SdrsValidation.IdList(
            query.ProtectedInstanceIds,
            "protected_instance_ids",
            "protectedInstanceIds",
            atLeastOne: true
        );
        RequestValue.Wire(query.Status, "status", nameof(query));
        RequestValue.Wire(query.QueryType, "query_type", nameof(query));
    }

    private static async Task<ReplicationPair> UnwrapAsync(Task<ReplicationEnvelope> call)
    {
        ReplicationEnvelope body = await call.ConfigureAwait(false);
        return body.Replication;
    }

    private async Task<ReplicationPairPage> FetchPageAsync(
        ReplicationPairQuery query,
        int? offset,
        int? limit,
        CancellationToken cancellationToken
    )
    {
        ReplicationListEnvelope body = await _api.ListAsync(
                query.ServerGroupId,
                query.ServerGroupIds is null ? null : SdrsValidation.FormatIdList(query.ServerGroupIds),
                query.ProtectedInstanceId,
                query.ProtectedInstanceIds is null ? null : SdrsValidation.FormatIdList(query.ProtectedInstanceIds),
                query.Name,
                RequestValue.Wire(query.Status, "status", nameof(query)),
                limit,
                offset,
                RequestValue.Wire(query.QueryType, "query_type", nameof(query)),
                query.AvailabilityZone,
                query.VolumeId,
                cancellationToken
            )
            .ConfigureAwait(false);
        return new ReplicationPairPage
        {
            Replications = body.Replications,
            Count = body.Count,
            Source = body.Source,
        };
    }
}
