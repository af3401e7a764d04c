namespace SdrsSdk.RecoveryPlans;

/// <summary>
/// What to check: one protection group and the action a plan intends to run on it.
/// </summary>
public sealed class ReadinessRequest
{
    /// <summary>The protection group's ID (<c>server_group_id</c>).</summary>
    public required string ServerGroupId { get; init; }

    /// <summary>The action to check the group's readiness for.</summary>
    public required RecoveryAction Action { get; init; }

    /// <summary>
    /// For <see cref="RecoveryAction.Drill"/>: the VPC the drill will be created in (<c>drill_vpc_id</c>); it must not
    /// be the group's own VPC nor one another drill of the group already uses.
    /// </summary>
    public string? DrillVpcId { get; init; }
}
