using SdrsSdk.Http.Internal;
using SdrsSdk.Resources.ProtectedInstances.Internal;
using SdrsSdk.Validation.Internal;
using Ops = SdrsSdk.Operations.Internal.SdrsOperations.ProtectedInstances;

namespace SdrsSdk;

/// <summary>
/// Creates, reads, changes and deletes protected instances: the servers a protection group protects, with their
/// replication pairs and NICs (reference 5.5).
/// </summary>
/// <remarks>
/// Most changes are asynchronous on the server: the <c>Start…Async</c> methods return an
/// <see cref="SdrsJobOperation"/> whose job reports the outcome (reference 5.1.1).
/// </remarks>
public class ProtectedInstancesClient
{
    /// <summary>The job entity naming the protected instance a create job made.</summary>
    private const string CreatedEntity = "protected_instance_id";

    private readonly IProtectedInstancesApi _api;
    private readonly JobsClient _jobs;

    /// <summary>Initializes a new instance for mocking: a mocking library overrides the members it needs (an
    /// instance made this way sends nothing; <see cref="SdrsClient"/> builds the working one).</summary>
    protected ProtectedInstancesClient()
    {
        _api = null!;
        _jobs = null!;
    }

    internal ProtectedInstancesClient(IProtectedInstancesApi api, JobsClient jobs)
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
    /// the new protected instance. It has read nothing yet.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is not of the form of a job ID.</exception>
    public virtual SdrsJobOperation<ProtectedInstance> ResumeCreate(string jobId) =>
        _jobs.Resume(jobId, Ops.Create, CreatedEntity, GetAsync);

    /// <summary>Protects a production site server: adds it to a protection group, and SDRS creates its DR site
    /// server.</summary>
    /// <param name="request">The protection group, the server, the name and the optional settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The operation; its job (<see cref="JobType.CreateProtectedInstance"/>) reports the new instance's ID in
    /// <c>protected_instance_id</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A value of <paramref name="request"/> breaks a rule of the reference; the
    /// message names it.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/protected-instances</c> (reference 5.5.1). The protection group must be
    /// <c>available</c> or <c>protected</c>, in the server's VPC, and the server not protected yet; a server with
    /// shared disks must be protected with <see cref="StartBatchCreateAsync"/>.
    /// </remarks>
    public virtual Task<SdrsJobOperation<ProtectedInstance>> StartCreateAsync(
        CreateProtectedInstanceRequest request,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var body = new CreateProtectedInstanceBody { ProtectedInstance = request };
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

    /// <summary>Deletes a protected instance, and optionally its DR site server and that server's EIP.</summary>
    /// <param name="protectedInstanceId">The protected instance ID.</param>
    /// <param name="request">What else to delete; <see langword="null"/> keeps the DR site server and its EIP.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The operation; its job is <see cref="JobType.DeleteProtectedInstance"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protectedInstanceId"/> is <see
    /// langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="protectedInstanceId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>DELETE /v1/{project_id}/protected-instances/{protected_instance_id}</c> with a JSON body (reference
    /// 5.5.2). The instance must be <c>available</c>, <c>protected</c>, <c>failed-over</c>, <c>invalid</c>,
    /// <c>fault</c>, <c>error</c> or in an <c>error-…</c> status.
    /// </remarks>
    public virtual Task<SdrsJobOperation> StartDeleteAsync(
        string protectedInstanceId,
        DeleteProtectedInstanceRequest? request = null,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(protectedInstanceId, nameof(protectedInstanceId));
        request ??= new DeleteProtectedInstanceRequest();
        return _jobs.StartAsync(
            Ops.Delete,
            (Api: _api, Request: request, ProtectedInstanceId: protectedInstanceId),
            static (s, token) => s.Api.DeleteAsync(s.ProtectedInstanceId, s.Request, token),
            static (s, write) =>
                (write with { Arguments = s.Request }).WithPath("protected_instance_id", s.ProtectedInstanceId),
            cancellationToken
        );
    }

    /// <summary>Lists one page of the project's protected instances, filtered.</summary>
    /// <param name="query">Filters and paging; <see langword="null"/> for the first page of all instances.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with the number of instances the query matches.</returns>
    /// <exception cref="ArgumentException">
    /// A filter breaks a rule of the reference (an id list with more than 30 IDs, a negative offset, a limit outside
    /// 1 to 1000, a <c>status</c> or <c>query_type</c> the reference does not list, …). Known values are accepted in
    /// any case and sent in the reference's spelling; the message lists the allowed ones.
    /// </exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>GET /v1/{project_id}/protected-instances</c> (reference 5.5.3). <c>limit</c> is 1 to 1000 (the
    /// service's default is 1000), <c>offset</c> not negative; id lists hold at most 30 IDs and are sent as
    /// <c>['id1','id2']</c>. Use <see cref="ListAllAsync"/> to walk every page.
    /// </remarks>
    public virtual async Task<ProtectedInstancePage> ListAsync(
        ProtectedInstanceQuery? query = null,
        CancellationToken cancellationToken = default
    )
    {
        query ??= new ProtectedInstanceQuery();
        ValidateQuery(query);
        ProtectedInstanceListEnvelope body = await FetchAsync(query, query.Limit, query.Offset, cancellationToken)
            .ConfigureAwait(false);
        IReadOnlyList<ProtectedInstance> items = body.ProtectedInstances;
        return new ProtectedInstancePage
        {
            ProtectedInstances = items,
            Count = body.Count,
            Source = body.Source,
        };
    }

    /// <summary>Lists every protected instance that matches a query, fetching page after page as the caller
    /// reads.</summary>
    /// <param name="query">
    /// Filters; its <see cref="ProtectedInstanceQuery.Limit"/> is the page size (1 to 1000, 100 when <see
    /// langword="null"/>) and its <see cref="ProtectedInstanceQuery.Offset"/> where to start.
    /// </param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The instances, in the order the service returns them.</returns>
    /// <exception cref="ArgumentException">A filter breaks a rule of the reference; thrown here, before any
    /// request.</exception>
    /// <exception cref="SdrsException">The service refused a call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/protected-instances</c> (reference 5.5.3) once per page, with
    /// <c>limit</c> and <c>offset</c>.</remarks>
    public virtual IAsyncEnumerable<ProtectedInstance> ListAllAsync(
        ProtectedInstanceQuery? query = null,
        CancellationToken cancellationToken = default
    )
    {
        query ??= new ProtectedInstanceQuery();
        ValidateQuery(query);
        int pageSize = query.Limit ?? SdrsPaging.DefaultPageSize;
        return SdrsPaging.WalkAsync<ProtectedInstance>(
            async (offset, size, token) =>
            {
                ProtectedInstanceListEnvelope body = await FetchAsync(query, size, offset, token).ConfigureAwait(false);
                return (body.ProtectedInstances, body.Count);
            },
            pageSize,
            query.Offset ?? 0,
            cancellationToken
        );
    }

    /// <summary>Gets a protected instance.</summary>
    /// <param name="protectedInstanceId">The protected instance ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The protected instance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protectedInstanceId"/> is <see
    /// langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="protectedInstanceId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsNotFoundException">The protected instance does not exist (SDRS.1320).</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/protected-instances/{protected_instance_id}</c> (reference
    /// 5.5.4).</remarks>
    public virtual async Task<ProtectedInstance> GetAsync(
        string protectedInstanceId,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(protectedInstanceId, nameof(protectedInstanceId));
        ProtectedInstanceEnvelope body = await _api.GetAsync(protectedInstanceId, cancellationToken)
            .ConfigureAwait(false);
        return body.ProtectedInstance;
    }

    /// <summary>Renames a protected instance.</summary>
    /// <param name="protectedInstanceId">The protected instance ID.</param>
    /// <param name="request">The new name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The protected instance as changed.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="protectedInstanceId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsNotFoundException">The protected instance does not exist (SDRS.1320).</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>PUT /v1/{project_id}/protected-instances/{protected_instance_id}</c> (reference
    /// 5.5.5).</remarks>
    public virtual async Task<ProtectedInstance> UpdateAsync(
        string protectedInstanceId,
        UpdateProtectedInstanceRequest request,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(protectedInstanceId, nameof(protectedInstanceId));
        ArgumentNullException.ThrowIfNull(request);
        ProtectedInstanceEnvelope body = await _api.UpdateAsync(
                protectedInstanceId,
                new UpdateProtectedInstanceBody { ProtectedInstance = request },
                cancellationToken
            )
            .ConfigureAwait(false);
        return body.ProtectedInstance;
    }

    /// <summary>Attaches a replication pair to a protected instance as one of its disks.</summary>
    /// <param name="protectedInstanceId">The protected instance ID.</param>
    /// <param name="request">The replication pair and the device name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The operation; its job is <see cref="JobType.AttachReplicationPair"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="protectedInstanceId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/protected-instances/{protected_instance_id}/attachreplication</c> (reference
    /// 5.5.6). The protection group, the instance and the replication pair must be <c>available</c> or
    /// <c>protected</c>, and a non-shared pair not attached elsewhere.
    /// </remarks>
    public virtual Task<SdrsJobOperation> StartAttachReplicationAsync(
        string protectedInstanceId,
        AttachReplicationPairRequest request,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(protectedInstanceId, nameof(protectedInstanceId));
        ArgumentNullException.ThrowIfNull(request);
        var body = new AttachReplicationBody { ReplicationAttachment = request };
        return _jobs.StartAsync(
            Ops.AttachReplication,
            (Api: _api, Request: request, ProtectedInstanceId: protectedInstanceId, Body: body),
            static (s, token) => s.Api.AttachReplicationAsync(s.ProtectedInstanceId, s.Body, token),
            static (s, write) =>
                (write with { Arguments = s.Request }).WithPath("protected_instance_id", s.ProtectedInstanceId),
            cancellationToken
        );
    }

    /// <summary>Detaches a replication pair from a protected instance.</summary>
    /// <param name="protectedInstanceId">The protected instance ID.</param>
    /// <param name="replicationId">The ID of the attached replication pair.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The operation; its job is <see cref="JobType.DetachReplicationPair"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An ID is empty or not a single path segment.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>DELETE
    /// /v1/{project_id}/protected-instances/{protected_instance_id}/detachreplication/{replication_id}</c>
    /// (reference 5.5.7). A system disk (<c>/dev/sda</c>, <c>/dev/vda</c>) is detached only from a stopped server.
    /// </remarks>
    public virtual Task<SdrsJobOperation> StartDetachReplicationAsync(
        string protectedInstanceId,
        string replicationId,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(protectedInstanceId, nameof(protectedInstanceId));
        SdrsArgument.PathSegment(replicationId, nameof(replicationId));
        return _jobs.StartAsync(
            Ops.DetachReplication,
            (Api: _api, ProtectedInstanceId: protectedInstanceId, ReplicationId: replicationId),
            static (s, token) => s.Api.DetachReplicationAsync(s.ProtectedInstanceId, s.ReplicationId, token),
            static (s, write) =>
                write
                    .WithPath("protected_instance_id", s.ProtectedInstanceId)
                    .WithPath("replication_id", s.ReplicationId),
            cancellationToken
        );
    }

    /// <summary>Adds a NIC to a protected instance.</summary>
    /// <param name="protectedInstanceId">The protected instance ID.</param>
    /// <param name="request">The NIC's subnet, and optionally its security groups and IP address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The operation; its job is <see cref="JobType.AddNic"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="protectedInstanceId"/> is not a single path segment, or a security group ID or the IP address is
    /// empty.
    /// </exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/protected-instances/{protected_instance_id}/nic</c> (reference 5.5.8). The
    /// subnet must be in the VPC of the protection group; group and instance must be <c>available</c> or
    /// <c>protected</c>.
    /// </remarks>
    public virtual Task<SdrsJobOperation> StartAddNicAsync(
        string protectedInstanceId,
        AddNicRequest request,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(protectedInstanceId, nameof(protectedInstanceId));
        ArgumentNullException.ThrowIfNull(request);
        SdrsValidation.Optional(request.IpAddress, "ip_address", nameof(AddNicRequest.IpAddress));
        List<IdArguments>? securityGroups = null;
        if (request.SecurityGroupIds is { } ids)
        {
            securityGroups = new List<IdArguments>(ids.Count);
            foreach (string id in ids)
            {
                SdrsValidation.Check(
                    !string.IsNullOrWhiteSpace(id),
                    "security_groups must not contain an empty security group ID.",
                    nameof(AddNicRequest.SecurityGroupIds)
                );
                securityGroups.Add(new IdArguments { Id = id });
            }
        }

        var body = new AddNicBody
        {
            SubnetId = request.SubnetId,
            SecurityGroups = securityGroups,
            IpAddress = request.IpAddress,
        };
        return _jobs.StartAsync(
            Ops.AddNic,
            (Api: _api, Request: request, ProtectedInstanceId: protectedInstanceId, Body: body),
            static (s, token) => s.Api.AddNicAsync(s.ProtectedInstanceId, s.Body, token),
            static (s, write) =>
                (write with { Arguments = s.Request }).WithPath("protected_instance_id", s.ProtectedInstanceId),
            cancellationToken
        );
    }

    /// <summary>Deletes a NIC from a protected instance.</summary>
    /// <param name="protectedInstanceId">The protected instance ID.</param>
    /// <param name="nicId">The port ID of the NIC (<c>nic_id</c>); not the primary NIC.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The operation; its job is <see cref="JobType.DeleteNic"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is empty, or <paramref name="protectedInstanceId"/> is not a
    /// single path segment.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/protected-instances/{protected_instance_id}/nic/delete</c> (reference 5.5.9). The
    /// primary NIC cannot be deleted; group and instance must be <c>available</c> or <c>protected</c>.
    /// </remarks>
    public virtual Task<SdrsJobOperation> StartDeleteNicAsync(
        string protectedInstanceId,
        string nicId,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(protectedInstanceId, nameof(protectedInstanceId));
        SdrsValidation.Required(nicId, "nic_id", nameof(nicId));
        var body = new DeleteNicBody { NicId = nicId };
        return _jobs.StartAsync(
            Ops.DeleteNic,
            (Api: _api, NicId: nicId, ProtectedInstanceId: protectedInstanceId, Body: body),
            static (s, token) => s.Api.DeleteNicAsync(s.ProtectedInstanceId, s.Body, token),
            static (s, write) =>
                (write with { Arguments = s.NicId }).WithPath("protected_instance_id", s.ProtectedInstanceId),
            cancellationToken
        );
    }

    /// <summary>Changes the specifications (flavors) of a protected instance's production site server, DR site server,
    /// or both.</summary>
    /// <param name="protectedInstanceId">The protected instance ID.</param>
    /// <param name="request">The new flavor(s), and Dedicated Hosts where the servers run on one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The operation; its job is <see cref="JobType.ResizeProtectedInstance"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="protectedInstanceId"/> is not a single path segment, or <paramref name="request"/> combines
    /// values the reference rules out; the message names them.
    /// </exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/protected-instances/{protected_instance_id}/resize</c> (reference 5.5.10). The
    /// servers to resize must be stopped; the instance must be <c>available</c>, <c>protected</c> or
    /// <c>error-resizing</c>.
    /// </remarks>
    public virtual Task<SdrsJobOperation> StartResizeAsync(
        string protectedInstanceId,
        ResizeProtectedInstanceRequest request,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(protectedInstanceId, nameof(protectedInstanceId));
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var body = new ResizeBody { Resize = request };
        return _jobs.StartAsync(
            Ops.Resize,
            (Api: _api, Request: request, ProtectedInstanceId: protectedInstanceId, Body: body),
            static (s, token) => s.Api.ResizeAsync(s.ProtectedInstanceId, s.Body, token),
            static (s, write) =>
                (write with { Arguments = s.Request }).WithPath("protected_instance_id", s.ProtectedInstanceId),
            cancellationToken
        );
    }

    /// <summary>Protects up to five production site servers at once, in one protection group.</summary>
    /// <param name="request">The name prefix, the protection group, the servers and the optional settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The operation. The reference names no job type for batches; <see cref="SdrsJobOperation.ExpectedJobType"/> is
    /// <see cref="JobType.CreateProtectedInstance"/>, and the job read from the service reports its own.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A value of <paramref name="request"/> breaks a rule of the reference; the
    /// message names it.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/protected-instances/batch</c> (reference 5.5.11), which answers 202. Servers
    /// sharing a disk must all be in the same batch.
    /// </remarks>
    public virtual Task<SdrsJobOperation> StartBatchCreateAsync(
        BatchCreateProtectedInstancesRequest request,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var body = new BatchCreateBody { ProtectedInstances = request };
        return _jobs.StartAsync(
            Ops.BatchCreate,
            (Api: _api, Request: request, Body: body),
            static (s, token) => s.Api.BatchCreateAsync(s.Body, token),
            static (s, write) => write with { Arguments = s.Request },
            cancellationToken
        );
    }

    /// <summary>Deletes up to 20 protected instances of one protection group at once.</summary>
    /// <param name="request">The instances, and whether their DR site servers and EIPs go too.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The operation. The reference names no job type for batches; <see cref="SdrsJobOperation.ExpectedJobType"/> is
    /// <see cref="JobType.DeleteProtectedInstance"/>, and the job read from the service reports its own.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/protected-instances/delete</c> (reference 5.5.12), which answers 202. Instances
    /// sharing a replication pair must all be in the same batch.
    /// </remarks>
    public virtual Task<SdrsJobOperation> StartBatchDeleteAsync(
        BatchDeleteProtectedInstancesRequest request,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new BatchDeleteBody
        {
            ProtectedInstances = [.. request.ProtectedInstanceIds.Select(id => new IdArguments { Id = id })],
            DeleteTargetServer = request.DeleteTargetServer,
            DeleteTargetEip = request.DeleteTargetEip,
        };
        return _jobs.StartAsync(
            Ops.BatchDelete,
            (Api: _api, Request: request, Body: body),
            static (s, token) => s.Api.BatchDeleteAsync(s.Body, token),
            static (s, write) => write with { Arguments = s.Request },
            cancellationToken
        );
    }

    private static void ValidateQuery(ProtectedInstanceQuery query)
    {
        SdrsValidation.Optional(query.ServerGroupId, "server_group_id", nameof(query.ServerGroupId));
        SdrsValidation.IdList(query.ServerGroupIds, "server_group_ids", nameof(query.ServerGroupIds));
        SdrsValidation.IdList(query.ProtectedInstanceIds, "protected_instance_ids", nameof(query.ProtectedInstanceIds));
        SdrsValidation.Limit(query.Limit, nameof(query.Limit));
        SdrsValidation.Offset(query.Offset, nameof(query.Offset));
        RequestValue.Wire(query.Status, "status", nameof(query.Status));
        RequestValue.Wire(query.QueryType, "query_type", nameof(query.QueryType));
    }

    private Task<ProtectedInstanceListEnvelope> FetchAsync(
        ProtectedInstanceQuery query,
        int? limit,
        int? offset,
        CancellationToken cancellationToken
    ) =>
        _api.ListAsync(
            query.ServerGroupId,
            query.ServerGroupIds is { } groups ? SdrsValidation.FormatIdList(groups) : null,
            query.ProtectedInstanceIds is { } instances ? SdrsValidation.FormatIdList(instances) : null,
            limit,
            offset,
            RequestValue.Wire(query.Status, "status", nameof(query.Status)),
            query.Name,
            RequestValue.Wire(query.QueryType, "query_type", nameof(query.QueryType)),
            query.AvailabilityZone,
            cancellationToken
        );
}
