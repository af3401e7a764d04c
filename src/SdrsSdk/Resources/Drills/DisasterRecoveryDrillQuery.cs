namespace SdrsSdk;

/// <summary>Filters and paging for listing DR drills (reference 5.7.3). Every property is optional; unset ones are not
/// sent.</summary>
public sealed class DisasterRecoveryDrillQuery
{
    /// <summary>Gets or sets the ID of the protection group whose drills to list (<c>server_group_id</c>).</summary>
    public string? ServerGroupId { get; set; }

    /// <summary>Gets or sets a DR drill name to match; the service matches fuzzily (<c>name</c>).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the status to match (<c>status</c>, Appendix A.5).</summary>
    public DisasterRecoveryDrillStatus? Status { get; set; }

    /// <summary>Gets or sets the ID of the drill VPC to match (<c>drill_vpc_id</c>).</summary>
    public string? DrillVpcId { get; set; }

    /// <summary>Gets or sets the page size (<c>limit</c>): 1 to 1000, or unset for the default (the service refuses
    /// 0).</summary>
    /// <value>The default value is <see langword="null"/>: the service returns up to 1000.</value>
    public int? Limit { get; set; }

    /// <summary>Gets or sets where the page starts (<c>offset</c>): not negative.</summary>
    /// <value>The default value is <see langword="null"/>: the service starts at 0.</value>
    public int? Offset { get; set; }

    /// <summary>Copies the query, so a walk over every page is not affected by later changes to this one.</summary>
    internal DisasterRecoveryDrillQuery Clone() => (DisasterRecoveryDrillQuery)MemberwiseClone();
}
