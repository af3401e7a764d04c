using System.Globalization;
using SdrsSdk.RecoveryPlans.Readiness.Internal;

namespace SdrsSdk.RecoveryPlans;

/// <summary>
/// Checks, client-side and without changing anything, whether a protection group is ready for an action: the
/// reference's preconditions evaluated against the group's current state, each unmet one named with the SDRS error
/// code the service would answer.
/// </summary>
/// <remarks>
/// <para>
/// A check reads, through the client (so its retries and resilience apply): the group (5.4.3), its protected
/// instances (5.5.3) and replication pairs (5.6.3) filtered by the group, for a drill the drills using the drill VPC
/// (5.7.3), the group's failed tasks (5.9.1, twice: the group's own and those of its members), the tenant quota
/// (5.10.1) and the groups without a drill in the last 3 months (5.4.2, <c>period_no_dr_drill</c>, filtered by the
/// group's name). Lists are read in pages of 1000, so a check costs about eight requests.
/// </para>
/// <para>
/// Blockers: group missing (SDRS.1013); group status not accepted by the action; wrong production site for a
/// planned failover or failback; no replication pairs; a pair or an instance left unattached; a member in a
/// transitional or failed status; a drill VPC that is the group's or already used. Warnings: a member whose
/// replication is abnormal (a blocker for planned switches), a member status the reference does not list, a drill
/// of an empty group, a used-up quota, a failed task in the task center, no drill in the last 3 months.
/// </para>
/// </remarks>
public class ReadinessChecker
{
    /// <summary>
    /// The page size of the list reads: the most the reference allows, so a group is usually one page.
    /// </summary>
    private const int PageSize = 1000;

    private readonly SdrsClient _client;
    private readonly TimeProvider _time;

    /// <summary>Creates a checker that reads state through <paramref name="client"/>.</summary>
    /// <param name="client">The client to read the group, its instances, pairs, drills, tasks and quotas with.</param>
    /// <param name="timeProvider">The clock (for the 3-month drill window); the system clock by default.</param>
    public ReadinessChecker(SdrsClient client, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>For mocking: a checker without a client, whose members are all to be overridden.</summary>
    protected ReadinessChecker()
    {
        _client = null!;
        _time = TimeProvider.System;
    }

    /// <summary>Checks one protection group's readiness for one action.</summary>
    /// <param name="request">The group and the action.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The findings, blockers first, and the verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The group ID is empty, the action is not a defined <see cref="RecoveryAction"/>, or a drill has no drill VPC
    /// ID; nothing was read.
    /// </exception>
    /// <exception cref="SdrsException">Reading the state failed (other than the group not existing, a
    /// blocker).</exception>
    public virtual async Task<ReadinessReport> CheckAsync(
        ReadinessRequest request,
        CancellationToken cancellationToken = default
    )
    {
        Validate(request);
        ActionRule rule = ActionRules.For(request.Action);
        DateTimeOffset checkedAt = _time.GetUtcNow();
        var findings = new List<ReadinessFinding>();

        ServerGroup? group = await ReadGroupAsync(request.ServerGroupId, findings, cancellationToken)
            .ConfigureAwait(false);
        if (group is not null)
        {
            StateChecks.Group(rule, group, findings);
            List<ProtectedInstance> instances = await ReadInstancesAsync(group.Id, cancellationToken)
                .ConfigureAwait(false);
            List<ReplicationPair> pairs = await ReadPairsAsync(group.Id, cancellationToken).ConfigureAwait(false);
            StateChecks.Members(rule, group, instances, pairs, findings);
            if (request.Action == RecoveryAction.Drill)
            {
                await CheckDrillVpcAsync(group, request.DrillVpcId!, findings, cancellationToken).ConfigureAwait(false);
            }

            await CheckFailedTasksAsync(group.Id, findings, cancellationToken).ConfigureAwait(false);
            await CheckQuotaAsync(findings, cancellationToken).ConfigureAwait(false);
            await CheckDrillAgeAsync(group, checkedAt, findings, cancellationToken).ConfigureAwait(false);
        }

        return new ReadinessReport
        {
            ServerGroupId = request.ServerGroupId,
            Action = request.Action,
            CheckedAt = checkedAt,
            Findings = Findings.Sorted(findings),
        };
    }

    private static void Validate(ReadinessRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.ServerGroupId))
        {
            throw new ArgumentException("ServerGroupId is required (the protection group to check).", nameof(request));
        }

        if (!Enum.IsDefined(request.Action))
        {
            throw new ArgumentOutOfRangeException(
                nameof(request),
                request.Action,
                "Action must be one of the RecoveryAction values."
            );
        }

        if (request.Action == RecoveryAction.Drill && string.IsNullOrWhiteSpace(request.DrillVpcId))
        {
            throw new ArgumentException(
                "DrillVpcId is required for a Drill: the VPC the drill is created in, not the group's own.",
                nameof(request)
            );
        }
    }

    private async Task<ServerGroup?> ReadGroupAsync(
        string groupId,
        List<ReadinessFinding> findings,
        CancellationToken cancellationToken
    )
    {
        try
        {
            return await _client.ServerGroups.GetAsync(groupId, cancellationToken).ConfigureAwait(false);
        }
        catch (SdrsException exception) when (exception.IsNotFound)
        {
            findings.Add(
                Findings.Blocker(
                    ReadinessChecks.GroupExists,
                    $"Protection group {groupId} does not exist "
                        + $"(the service answered {exception.ErrorCode ?? "not found"}).",
                    exception.ErrorCode ?? ActionRules.GroupNotFoundCode,
                    groupId
                )
            );
            return null;
        }
    }

    private async Task<List<ProtectedInstance>> ReadInstancesAsync(string groupId, CancellationToken cancellationToken)
    {
        var instances = new List<ProtectedInstance>();
        var query = new ProtectedInstanceQuery { ServerGroupId = groupId, Limit = PageSize };
        await foreach (
            ProtectedInstance instance in _client
                .ProtectedInstances.ListAllAsync(query, cancellationToken)
                .ConfigureAwait(false)
        )
        {
            // The service filters by group; keep only the group's own in case a server ignores the filter.
            if (instance.ServerGroupId is null || instance.ServerGroupId == groupId)
            {
                instances.Add(instance);
            }
        }

        return instances;
    }

    private async Task<List<ReplicationPair>> ReadPairsAsync(string groupId, CancellationToken cancellationToken)
    {
        var pairs = new List<ReplicationPair>();
        var query = new ReplicationPairQuery { ServerGroupId = groupId, Limit = PageSize };
        await foreach (
            ReplicationPair pair in _client.Replications.ListAllAsync(query, cancellationToken).ConfigureAwait(false)
        )
        {
            if (pair.ServerGroupId is null || pair.ServerGroupId == groupId)
            {
                pairs.Add(pair);
            }
        }

        return pairs;
    }

    /// <summary>The drill VPC must not be the group's (SDRS.1907) nor used by an existing drill (SDRS.1921).</summary>
    private async Task CheckDrillVpcAsync(
        ServerGroup group,
        string drillVpcId,
        List<ReadinessFinding> findings,
        CancellationToken cancellationToken
    )
    {
        StateChecks.DrillVpcOfGroup(group, drillVpcId, findings);
        var query = new DisasterRecoveryDrillQuery { DrillVpcId = drillVpcId, Limit = 1 };
        DisasterRecoveryDrillPage page;
        try
        {
            page = await _client.Drills.ListAsync(query, cancellationToken).ConfigureAwait(false);
        }
        catch (SdrsException exception) when (exception.ErrorCode == ActionRules.InvalidVpcCode)
        {
            // The service refuses the ID as a filter; it would refuse it in the drill too.
            findings.Add(
                Findings.Blocker(
                    ReadinessChecks.DrillVpc,
                    $"Drill VPC {drillVpcId} is not a valid VPC ID (the service answered {exception.ErrorCode}).",
                    exception.ErrorCode,
                    drillVpcId
                )
            );
            return;
        }

        DisasterRecoveryDrill? user = page.DisasterRecoveryDrills.FirstOrDefault(drill =>
            drill.DrillVpcId is null || drill.DrillVpcId == drillVpcId
        );
        if (user is not null)
        {
            string owner = user.ServerGroupId == group.Id ? "this group" : $"protection group {user.ServerGroupId}";
            findings.Add(
                Findings.Blocker(
                    ReadinessChecks.DrillVpc,
                    $"Drill VPC {drillVpcId} is already used by DR drill {user.Id} ('{user.Status.Value}') of {owner}.",
                    ActionRules.DrillVpcUsedCode,
                    drillVpcId
                )
            );
        }
    }

    /// <summary>
    /// Failed tasks of the group: its own (<c>resource_type=server_groups</c>) and its members' (the
    /// <c>server_group_id</c> filter alone); each is a warning naming the code it failed with.
    /// </summary>
    private async Task CheckFailedTasksAsync(
        string groupId,
        List<ReadinessFinding> findings,
        CancellationToken cancellationToken
    )
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        FailureJobQuery[] queries =
        [
            new()
            {
                ServerGroupId = groupId,
                ResourceType = FailureJobResourceType.ServerGroups,
                Limit = PageSize,
            },
            new() { ServerGroupId = groupId, Limit = PageSize },
        ];
        foreach (FailureJobQuery query in queries)
        {
            await foreach (
                FailureJob task in _client
                    .TaskCenter.ListAllFailedJobsAsync(query, cancellationToken)
                    .ConfigureAwait(false)
            )
            {
                if (!seen.Add(task.JobId))
                {
                    continue;
                }

                string when = task.BeginTime is { } begin
                    ? " on " + begin.ToString("u", CultureInfo.InvariantCulture)
                    : string.Empty;
                findings.Add(
                    Findings.Warning(
                        ReadinessChecks.FailedTasks,
                        $"Failed task {task.JobId} ({task.JobType.Value}, {task.FailureStatus.Value}) of "
                            + $"{task.ResourceType.Value} {task.ResourceId}{when} is pending in the task center"
                            + (task.ErrorCode is null ? "." : $" with {task.ErrorCode}."),
                        task.ErrorCode,
                        task.ResourceId
                    )
                );
            }
        }
    }

    /// <summary>
    /// A used-up quota is a warning: none of the actions creates a protection group or a replication pair, but a plan
    /// that has to recreate one (after a failed pair, for a new tier) would be refused with SDRS.0305 or SDRS.0306.
    /// </summary>
    private async Task CheckQuotaAsync(List<ReadinessFinding> findings, CancellationToken cancellationToken)
    {
        TenantQuota quota = await _client.Quotas.GetAsync(cancellationToken).ConfigureAwait(false);
        foreach (QuotaResource resource in quota.Resources)
        {
            if (resource.Remaining != 0)
            {
                continue;
            }

            string? code =
                resource.Type == QuotaResourceType.ServerGroups ? "SDRS.0305"
                : resource.Type == QuotaResourceType.Replications ? "SDRS.0306"
                : null;
            findings.Add(
                Findings.Warning(
                    ReadinessChecks.Quota,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The {resource.Type.Value} quota is used up ({resource.Used} of {resource.Quota}): "
                    ) + "nothing of that kind can be created, for example to replace a failed one.",
                    code,
                    null
                )
            );
        }
    }

    /// <summary>
    /// The service's own 3-month window (5.4.2, <c>query_type=period_no_dr_drill</c>), filtered by the group's name
    /// (which the service matches fuzzily) so that the read stays small.
    /// </summary>
    private async Task CheckDrillAgeAsync(
        ServerGroup group,
        DateTimeOffset checkedAt,
        List<ReadinessFinding> findings,
        CancellationToken cancellationToken
    )
    {
        var query = new ServerGroupQuery
        {
            QueryType = ServerGroupQueryType.PeriodNoDrDrill,
            Name = string.IsNullOrEmpty(group.Name) ? null : group.Name,
            Limit = PageSize,
        };
        await foreach (
            ServerGroup undrilled in _client.ServerGroups.ListAllAsync(query, cancellationToken).ConfigureAwait(false)
        )
        {
            if (undrilled.Id == group.Id)
            {
                findings.Add(
                    Findings.Warning(
                        ReadinessChecks.DrillAge,
                        $"Protection group {group.Id} has had no DR drill in the 3 months before "
                            + checkedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                            + " (period_no_dr_drill): its recovery is untested.",
                        null,
                        group.Id
                    )
                );
                return;
            }
        }
    }
}
