namespace SdrsSdk.RecoveryPlans.Readiness.Internal;

/// <summary>
/// What the reference demands of a protection group before one action, and the code the service answers when it is
/// not so. One row of <see cref="ActionRules.All"/>.
/// </summary>
/// <param name="Action">The action.</param>
/// <param name="Operation">The call that runs it, for messages: its body key and reference section.</param>
/// <param name="GroupStatuses">The group statuses the action accepts (the reference's "Constraints").</param>
/// <param name="StatusCode">The code the service answers in any other group status.</param>
/// <param name="NoPairsCode">
/// The code the service answers when the group has no replication pair, or <see langword="null"/> when the action
/// does not need one.
/// </param>
/// <param name="DetachedCode">
/// The code for a replication pair attached to no protected instance, or a protected instance with no pair attached,
/// or <see langword="null"/> when the action does not move data or servers.
/// </param>
/// <param name="ProductionSiteBefore">
/// For a planned failover or failback: the site (<c>priority_station</c>) that must be the production site before it.
/// </param>
/// <param name="AbnormalSyncBlocks">
/// Whether a member whose synchronization is abnormal (<c>fault</c>) blocks the action (a planned switch would lose
/// data) rather than only warning (an unplanned failover is what such a state calls for).
/// </param>
internal sealed record ActionRule(
    RecoveryAction Action,
    string Operation,
    IReadOnlyList<string> GroupStatuses,
    string StatusCode,
    string? NoPairsCode,
    string? DetachedCode,
    PriorityStation? ProductionSiteBefore,
    bool AbnormalSyncBlocks
);
