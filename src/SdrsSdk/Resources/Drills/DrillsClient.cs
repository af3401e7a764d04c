using SdrsSdk.Http.Internal;
using SdrsSdk.Resources.Drills.Internal;
using SdrsSdk.Validation.Internal;
using Ops = SdrsSdk.Operations.Internal.SdrsOperations.Drills;

namespace SdrsSdk;

/// <summary>
/// Creates, lists, reads, renames and deletes disaster recovery (DR) drills: rehearsals that start drill servers at
/// the DR site from a protection group's replicated data (reference 5.7).
/// </summary>
public class DrillsClient
{
    /// <summary>The job entity naming the DR drill a create job made.</summary>
    private const string CreatedEntity = "disaster_recovery_drill_id";

    private readonly IDrillsApi _api;
    private readonly JobsClient _jobs;

    /// <summary>Initializes a new instance for mocking: a mocking library overrides the members it needs (an
    /// instance made this way sends nothing; <see cref="SdrsClient"/> builds the working one).</summary>
    protected DrillsClient()
    {
        _api = null!;
        _jobs = null!;
    }

    internal DrillsClient(IDrillsApi api, JobsClient jobs)
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
    /// the new DR drill. It has read nothing yet.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is not of the form of a job ID.</exception>
    public virtual SdrsJobOperation<DisasterRecoveryDrill> ResumeCreate(string jobId) =>
        _jobs.Resume(jobId, Ops.Create, CreatedEntity, GetAsync);

    /// <summary>Starts a DR drill of a protection group.</summary>
    /// <param name="request">The protection group, the drill's name and, optionally, an existing drill VPC.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The job that creates the drill (<see cref="JobType.CreateDisasterRecoveryDrill"/>); when it succeeds, its
    /// entities hold the new drill's ID.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The drill VPC ID is set but empty.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/disaster-recovery-drills</c> (reference 5.7.1). The protection group must be
    /// <c>available</c>, <c>protected</c>, <c>failed-over</c> or in one of the error statuses <c>error-starting</c>,
    /// <c>error-stopping</c>, <c>error-reversing</c>, <c>error-reprotecting</c> or <c>error-failing-over</c>. Wait for
    /// the first synchronization to finish before drilling. Without a drill VPC the service creates one; with one, its
    /// CIDR block must match the protection group's VPC. Subnet ACLs, custom route tables and enterprise projects are
    /// not copied to the drill.
    /// </remarks>
    public virtual Task<SdrsJobOperation<DisasterRecoveryDrill>> StartCreateAsync(
        CreateDisasterRecoveryDrillRequest request,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var body = new CreateDrillBody { DisasterRecoveryDrill = request };
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

    /// <summary>Starts deleting a DR drill with its drill servers, their disks and NICs.</summary>
    /// <param name="drillId">The DR drill ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job that deletes the drill (<see cref="JobType.DeleteDisasterRecoveryDrill"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="drillId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="drillId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>DELETE /v1/{project_id}/disaster-recovery-drills/{disaster_recovery_drill_id}</c> (reference 5.7.2).
    /// The drill must be <c>available</c>, <c>error</c> or <c>error-deleting</c>. The drill VPC and its subnets are
    /// kept.
    /// </remarks>
    public virtual Task<SdrsJobOperation> StartDeleteAsync(
        string drillId,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(drillId, nameof(drillId));
        return _jobs.StartAsync(
            Ops.Delete,
            (Api: _api, DrillId: drillId),
            static (s, token) => s.Api.DeleteAsync(s.DrillId, token),
            static (s, write) => write.WithPath("disaster_recovery_drill_id", s.DrillId),
            cancellationToken
        );
    }

    /// <summary>Lists one page of DR drills, of one protection group or of the whole project.</summary>
    /// <param name="query">Filters and paging; <see langword="null"/> lists the first page of every drill.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with the number of matching drills.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The limit is outside 1 to 1000, or the offset is
    /// negative.</exception>
    /// <exception cref="ArgumentException">
    /// <c>status</c> is not a DR drill status the reference lists (any case is accepted and sent in the reference's
    /// spelling; the message lists the values).
    /// </exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/disaster-recovery-drills</c> (reference 5.7.3).</remarks>
    public virtual Task<DisasterRecoveryDrillPage> ListAsync(
        DisasterRecoveryDrillQuery? query = null,
        CancellationToken cancellationToken = default
    )
    {
        query ??= new DisasterRecoveryDrillQuery();
        Validate(query);
        return FetchPageAsync(query, query.Offset, query.Limit, cancellationToken);
    }

    /// <summary>Lists every DR drill that matches a query, fetching page after page as the caller enumerates.</summary>
    /// <param name="query">
    /// Filters; its <see cref="DisasterRecoveryDrillQuery.Limit"/> is the page size (1 to 1000, default 100) and its
    /// <see cref="DisasterRecoveryDrillQuery.Offset"/> where to start.
    /// </param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The drills, in the order the service lists them.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The limit is outside 1 to 1000, or the offset is
    /// negative.</exception>
    /// <exception cref="ArgumentException"><c>status</c> is not a DR drill status the reference lists.</exception>
    /// <exception cref="SdrsException">The service refused a page request or answered with something
    /// unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/disaster-recovery-drills</c> (reference 5.7.3) once per page.</remarks>
    public virtual IAsyncEnumerable<DisasterRecoveryDrill> ListAllAsync(
        DisasterRecoveryDrillQuery? query = null,
        CancellationToken cancellationToken = default
    )
    {
        query = query?.Clone() ?? new DisasterRecoveryDrillQuery();
        Validate(query);
        int pageSize = query.Limit ?? SdrsPaging.DefaultPageSize;

        return SdrsPaging.WalkAsync(
            async (offset, limit, token) =>
            {
                DisasterRecoveryDrillPage page = await FetchPageAsync(query, offset, limit, token)
                    .ConfigureAwait(false);
                return (page.DisasterRecoveryDrills, page.Count);
            },
            pageSize,
            query.Offset ?? 0,
            cancellationToken
        );
    }

    /// <summary>Gets a DR drill.</summary>
    /// <param name="drillId">The DR drill ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The DR drill.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="drillId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="drillId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsNotFoundException">The DR drill does not exist (for example SDRS.1902).</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/disaster-recovery-drills/{disaster_recovery_drill_id}</c> (reference
    /// 5.7.4).</remarks>
    public virtual Task<DisasterRecoveryDrill> GetAsync(string drillId, CancellationToken cancellationToken = default)
    {
        SdrsArgument.PathSegment(drillId, nameof(drillId));
        return UnwrapAsync(_api.GetAsync(drillId, cancellationToken));
    }

    /// <summary>Renames a DR drill.</summary>
    /// <param name="drillId">The DR drill ID.</param>
    /// <param name="request">The new name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The DR drill as updated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="drillId"/> or <paramref name="request"/> is <see
    /// langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="drillId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsNotFoundException">The DR drill does not exist (for example SDRS.1902).</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>PUT /v1/{project_id}/disaster-recovery-drills/{disaster_recovery_drill_id}</c> (reference
    /// 5.7.5).</remarks>
    public virtual Task<DisasterRecoveryDrill> UpdateAsync(
        string drillId,
        UpdateDisasterRecoveryDrillRequest request,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(drillId, nameof(drillId));
        ArgumentNullException.ThrowIfNull(request);
        return UnwrapAsync(
            _api.UpdateAsync(drillId, new UpdateDrillBody { DisasterRecoveryDrill = request }, cancellationToken)
        );
    }

    private static void Validate(DisasterRecoveryDrillQuery query)
    {
        SdrsValidation.Limit(query.Limit);
        SdrsValidation.Offset(query.Offset);
        RequestValue.Wire(query.Status, "status", nameof(query));
    }

    private static async Task<DisasterRecoveryDrill> UnwrapAsync(Task<DrillEnvelope> call)
    {
        DrillEnvelope body = await call.ConfigureAwait(false);
        return body.DisasterRecoveryDrill;
    }

    private async Task<DisasterRecoveryDrillPage> FetchPageAsync(
        DisasterRecoveryDrillQuery query,
        int? offset,
        int? limit,
        CancellationToken cancellationToken
    )
    {
        DrillListEnvelope body = await _api.ListAsync(
                query.ServerGroupId,
                query.Name,
                RequestValue.Wire(query.Status, "status", nameof(query)),
                query.DrillVpcId,
                limit,
                offset,
                cancellationToken
            )
            .ConfigureAwait(false);
        return new DisasterRecoveryDrillPage
        {
            DisasterRecoveryDrills = body.DisasterRecoveryDrills,
            Count = body.Count,
            Source = body.Source,
        };
    }
}
