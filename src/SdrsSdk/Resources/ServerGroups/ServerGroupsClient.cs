using SdrsSdk.Http.Internal;
using SdrsSdk.Operations.Internal;
using SdrsSdk.Resources.ServerGroups.Internal;
using SdrsSdk.Validation.Internal;
using Ops = SdrsSdk.Operations.Internal.SdrsOperations.ServerGroups;

namespace SdrsSdk;

/// <summary>
/// Creates, reads, renames and deletes protection groups, and switches their protection on and off, fails them over
/// and fails them back (reference 5.4).
/// </summary>
/// <remarks>
/// Creating, deleting and every protection action are asynchronous on the server: the <c>Start…Async</c> methods
/// return an <see cref="SdrsJobOperation"/> as soon as the server accepts the request; read the outcome from it.
/// </remarks>
public class ServerGroupsClient
{
    /// <summary>The job entity naming the protection group a create job made.</summary>
    private const string CreatedEntity = "server_group_id";

    private readonly IServerGroupsApi _api;
    private readonly JobsClient _jobs;

    /// <summary>Initializes a new instance for mocking: a mocking library overrides the members it needs (an
    /// instance made this way sends nothing; <see cref="SdrsClient"/> builds the working one).</summary>
    protected ServerGroupsClient()
    {
        _api = null!;
        _jobs = null!;
    }

    internal ServerGroupsClient(IServerGroupsApi api, JobsClient jobs)
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
    /// the new protection group. It has read nothing yet.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is not of the form of a job ID.</exception>
    public virtual SdrsJobOperation<ServerGroup> ResumeCreate(string jobId) =>
        _jobs.Resume(jobId, Ops.Create, CreatedEntity, GetAsync);

    /// <summary>Starts creating a protection group.</summary>
    /// <param name="request">The new group: name, AZs, active-active domain and production site VPC.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The job that creates the group (<see cref="JobType.CreateProtectionGroup"/>); once it succeeds, the job's
    /// <see cref="SdrsJobEntities.ServerGroupId"/> is the new group's ID, and
    /// <see cref="SdrsJobOperation{T}.WaitForResourceAsync"/> returns the group itself.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>POST /v1/{project_id}/server-groups</c> (reference 5.4.1).</remarks>
    public virtual Task<SdrsJobOperation<ServerGroup>> StartCreateAsync(
        CreateServerGroupRequest request,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new CreateServerGroupBody { ServerGroup = request };
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

    /// <summary>Lists one page of the project's protection groups.</summary>
    /// <param name="query">Filters and paging; <see langword="null"/> for the server's defaults (up to 1000 groups from
    /// offset 0).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The groups on the page and the number of groups that match the filter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><c>limit</c> is outside 1 to 1000, or <c>offset</c> is
    /// negative.</exception>
    /// <exception cref="ArgumentException">
    /// <c>status</c> or <c>query_type</c> is not one of the values the reference lists (any case is accepted and sent
    /// in the reference's spelling; the message lists the values).
    /// </exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/server-groups</c> (reference 5.4.2).</remarks>
    public virtual async Task<ServerGroupPage> ListAsync(
        ServerGroupQuery? query = null,
        CancellationToken cancellationToken = default
    )
    {
        Validate(query);
        ServerGroupListEnvelope body = await FetchAsync(query, query?.Offset, query?.Limit, cancellationToken)
            .ConfigureAwait(false);
        return new ServerGroupPage
        {
            ServerGroups = body.ServerGroups,
            Count = body.Count,
            Source = body.Source,
        };
    }

    /// <summary>Lists every protection group that matches a filter, fetching page after page as the caller
    /// reads.</summary>
    /// <param name="query">
    /// Filters; <c>limit</c> sets the page size (1 to 1000; unset means 100) and <c>offset</c> where to start.
    /// </param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The groups, in the order the server lists them.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><c>limit</c> is outside 1 to 1000, or <c>offset</c> is
    /// negative.</exception>
    /// <exception cref="ArgumentException"><c>status</c> or <c>query_type</c> is not one of the values the reference
    /// lists.</exception>
    /// <exception cref="SdrsException">A page request failed (thrown while enumerating).</exception>
    /// <remarks>
    /// Calls <c>GET /v1/{project_id}/server-groups</c> (reference 5.4.2) with <c>limit</c> and <c>offset</c> until a
    /// page comes back short or the reported <c>count</c> is reached. Arguments are checked when the method is called.
    /// </remarks>
    public virtual IAsyncEnumerable<ServerGroup> ListAllAsync(
        ServerGroupQuery? query = null,
        CancellationToken cancellationToken = default
    )
    {
        Validate(query);
        int pageSize = query?.Limit ?? SdrsPaging.DefaultPageSize;
        return SdrsPaging.WalkAsync<ServerGroup>(
            async (offset, limit, token) =>
            {
                ServerGroupListEnvelope body = await FetchAsync(query, offset, limit, token).ConfigureAwait(false);
                return (body.ServerGroups, body.Count);
            },
            pageSize,
            query?.Offset ?? 0,
            cancellationToken
        );
    }

    /// <summary>Gets a protection group.</summary>
    /// <param name="serverGroupId">The protection group ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The protection group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serverGroupId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="serverGroupId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsNotFoundException">The group does not exist (for example SDRS.1013).</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/server-groups/{server_group_id}</c> (reference 5.4.3).</remarks>
    public virtual async Task<ServerGroup> GetAsync(string serverGroupId, CancellationToken cancellationToken = default)
    {
        SdrsArgument.PathSegment(serverGroupId, nameof(serverGroupId));
        ServerGroupEnvelope body = await _api.GetAsync(serverGroupId, cancellationToken).ConfigureAwait(false);
        return body.ServerGroup;
    }

    /// <summary>Starts deleting a protection group.</summary>
    /// <param name="serverGroupId">The protection group ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job that deletes the group (<see cref="JobType.DeleteProtectionGroup"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serverGroupId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="serverGroupId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsNotFoundException">The group does not exist (for example SDRS.1013).</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>DELETE /v1/{project_id}/server-groups/{server_group_id}</c> (reference 5.4.4). The group must have no
    /// protected instances, replication pairs or DR drills; delete those first.
    /// </remarks>
    public virtual Task<SdrsJobOperation> StartDeleteAsync(
        string serverGroupId,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(serverGroupId, nameof(serverGroupId));
        return _jobs.StartAsync(
            Ops.Delete,
            (Api: _api, ServerGroupId: serverGroupId),
            static (s, token) => s.Api.DeleteAsync(s.ServerGroupId, token),
            static (s, write) => write.WithPath("server_group_id", s.ServerGroupId),
            cancellationToken
        );
    }

    /// <summary>Renames a protection group.</summary>
    /// <param name="serverGroupId">The protection group ID.</param>
    /// <param name="request">The change: the new name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The protection group as changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serverGroupId"/> or <paramref name="request"/> is <see
    /// langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="serverGroupId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsNotFoundException">The group does not exist (for example SDRS.1013).</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>PUT /v1/{project_id}/server-groups/{server_group_id}</c> (reference 5.4.5).</remarks>
    public virtual async Task<ServerGroup> UpdateAsync(
        string serverGroupId,
        UpdateServerGroupRequest request,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(serverGroupId, nameof(serverGroupId));
        ArgumentNullException.ThrowIfNull(request);
        ServerGroupEnvelope body = await _api.UpdateAsync(
                serverGroupId,
                new UpdateServerGroupBody { ServerGroup = request },
                cancellationToken
            )
            .ConfigureAwait(false);
        return body.ServerGroup;
    }

    /// <summary>Renames a protection group.</summary>
    /// <param name="serverGroupId">The protection group ID.</param>
    /// <param name="name">The new name (<c>name</c>): at most 64 bytes of UTF-8; letters and digits of any script, '.',
    /// '_' and '-'.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The protection group as changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serverGroupId"/> or <paramref name="name"/> is <see
    /// langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="serverGroupId"/> is empty or not a single path segment, or <paramref name="name"/> breaks the
    /// name rule.
    /// </exception>
    /// <exception cref="SdrsNotFoundException">The group does not exist (for example SDRS.1013).</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>PUT /v1/{project_id}/server-groups/{server_group_id}</c> (reference 5.4.5).</remarks>
    public virtual Task<ServerGroup> UpdateAsync(
        string serverGroupId,
        string name,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(serverGroupId, nameof(serverGroupId));
        return UpdateAsync(serverGroupId, new UpdateServerGroupRequest(name), cancellationToken);
    }

    /// <summary>
    /// Starts enabling protection for a protection group, or enabling it again (re-protecting) after a failover or
    /// planned failover.
    /// </summary>
    /// <param name="serverGroupId">The protection group ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The job that enables protection. Its <see cref="SdrsJobOperation.ExpectedJobType"/> is
    /// <see cref="JobType.StartProtectionGroup"/>; when the group was failed over, the server runs
    /// <see cref="JobType.ReprotectProtectionGroup"/> instead, as the job's <see cref="SdrsJob.JobType"/> shows.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="serverGroupId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="serverGroupId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsNotFoundException">The group does not exist (for example SDRS.1013).</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/server-groups/{server_group_id}/action</c> with <c>{"start-server-group": {}}</c>
    /// (reference 5.4.6). The same call enables protection the first time and re-protects:
    /// to enable protection, the group must have replication pairs and be <see cref="ServerGroupStatus.Available"/>
    /// or <see cref="ServerGroupStatus.ErrorStarting"/>; to enable it again, the group must be
    /// <see cref="ServerGroupStatus.FailedOver"/> or <see cref="ServerGroupStatus.ErrorReprotecting"/>, and the
    /// servers at the DR site must be stopped.
    /// </remarks>
    public virtual Task<SdrsJobOperation> StartProtectionAsync(
        string serverGroupId,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(serverGroupId, nameof(serverGroupId));
        return StartActionAsync(
            serverGroupId,
            new ServerGroupActionBody { Start = EmptyActionArguments.Instance },
            Ops.StartProtection,
            cancellationToken
        );
    }

    /// <summary>Starts disabling protection for a protection group.</summary>
    /// <param name="serverGroupId">The protection group ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job that disables protection (<see cref="JobType.StopProtectionGroup"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serverGroupId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="serverGroupId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsNotFoundException">The group does not exist (for example SDRS.1013).</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/server-groups/{server_group_id}/action</c> with <c>{"stop-server-group": {}}</c>
    /// (reference 5.4.7). The group must be <see cref="ServerGroupStatus.Protected"/> or
    /// <see cref="ServerGroupStatus.ErrorStopping"/>.
    /// </remarks>
    public virtual Task<SdrsJobOperation> StartStopProtectionAsync(
        string serverGroupId,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(serverGroupId, nameof(serverGroupId));
        return StartActionAsync(
            serverGroupId,
            new ServerGroupActionBody { Stop = EmptyActionArguments.Instance },
            Ops.StopProtection,
            cancellationToken
        );
    }

    /// <summary>
    /// Starts a failover: switches a protection group's services to the DR site when the production site is down, and
    /// stops data synchronization.
    /// </summary>
    /// <param name="serverGroupId">The protection group ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job that fails the group over (<see cref="JobType.FailoverProtectionGroup"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serverGroupId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="serverGroupId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsNotFoundException">The group does not exist (for example SDRS.1013).</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/server-groups/{server_group_id}/action</c> with
    /// <c>{"failover-server-group": {}}</c> (reference 5.4.8). The group must have replication pairs and be
    /// <see cref="ServerGroupStatus.Protected"/>, <see cref="ServerGroupStatus.ErrorFailingOver"/> or
    /// <see cref="ServerGroupStatus.ErrorReversing"/>. Afterwards the former DR site is the production site; to
    /// synchronize data again, call <see cref="StartProtectionAsync"/> (re-protect).
    /// </remarks>
    public virtual Task<SdrsJobOperation> StartFailoverAsync(
        string serverGroupId,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(serverGroupId, nameof(serverGroupId));
        return StartActionAsync(
            serverGroupId,
            new ServerGroupActionBody { Failover = EmptyActionArguments.Instance },
            Ops.Failover,
            cancellationToken
        );
    }

    /// <summary>
    /// Starts a planned failover (the API calls it "reverse"): switches a protection group's production site to the
    /// other AZ, and keeps synchronizing data in the reverse direction.
    /// </summary>
    /// <param name="serverGroupId">The protection group ID.</param>
    /// <param name="priorityStation">
    /// The direction (<c>priority_station</c>): <see cref="PriorityStation.Target"/> fails over from the production
    /// site the group was created with to its DR site; <see cref="PriorityStation.Source"/> fails back.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job that performs the planned failover (<see cref="JobType.ReverseProtectionGroup"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serverGroupId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="serverGroupId"/> is empty or not a single path segment, or <paramref name="priorityStation"/>
    /// is neither <c>target</c> nor <c>source</c> (any case is accepted and sent in lower case).
    /// </exception>
    /// <exception cref="SdrsNotFoundException">The group does not exist (for example SDRS.1013).</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/server-groups/{server_group_id}/action</c> with
    /// <c>{"reverse-server-group": {"priority_station": "…"}}</c> (reference 5.4.9). The group must have replication
    /// pairs and be <see cref="ServerGroupStatus.Protected"/> or <see cref="ServerGroupStatus.ErrorReversing"/>, and
    /// every server at the current production site must be stopped; do not start servers at either site while it runs.
    /// </remarks>
    public virtual Task<SdrsJobOperation> StartPlannedFailoverAsync(
        string serverGroupId,
        PriorityStation priorityStation,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(serverGroupId, nameof(serverGroupId));
        PriorityStation wire = RequestValue.OneOf(priorityStation, "priority_station", nameof(priorityStation));
        var body = new ServerGroupActionBody { Reverse = new ReverseServerGroupArguments { PriorityStation = wire } };
        return StartActionAsync(serverGroupId, body, Ops.PlannedFailover, cancellationToken);
    }

    private static void Validate(ServerGroupQuery? query)
    {
        if (query is null)
        {
            return;
        }

        SdrsValidation.Limit(query.Limit);
        SdrsValidation.Offset(query.Offset);
        RequestValue.Wire(query.Status, "status", nameof(query));
        RequestValue.Wire(query.QueryType, "query_type", nameof(query));
    }

    private Task<SdrsJobOperation> StartActionAsync(
        string serverGroupId,
        ServerGroupActionBody body,
        SdrsOperation operation,
        CancellationToken cancellationToken
    ) =>
        _jobs.StartAsync(
            operation,
            (Api: _api, Body: body, ServerGroupId: serverGroupId),
            static (s, token) => s.Api.ActionAsync(s.ServerGroupId, s.Body, token),
            static (s, write) =>
                (write with { Arguments = s.Body.Reverse?.PriorityStation }).WithPath(
                    "server_group_id",
                    s.ServerGroupId
                ),
            cancellationToken
        );

    private Task<ServerGroupListEnvelope> FetchAsync(
        ServerGroupQuery? query,
        int? offset,
        int? limit,
        CancellationToken cancellationToken
    ) =>
        _api.ListAsync(
            limit,
            offset,
            RequestValue.Wire(query?.Status, "status", nameof(query)),
            query?.Name,
            RequestValue.Wire(query?.QueryType, "query_type", nameof(query)),
            query?.AvailabilityZone,
            cancellationToken
        );
}
