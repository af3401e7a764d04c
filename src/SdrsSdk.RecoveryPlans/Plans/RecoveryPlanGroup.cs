namespace SdrsSdk.RecoveryPlans;

/// <summary>One protection group of a tier, and what a drill of it needs.</summary>
public sealed class RecoveryPlanGroup
{
    /// <summary>Gets or sets the protection group's ID (<c>server_group_id</c>).</summary>
    /// <value>The default value is an empty string, which validation refuses.</value>
    public string ServerGroupId { get; set; } = string.Empty;

    /// <summary>Gets or sets a display name for reports (for example <c>orders-db</c>).</summary>
    /// <value>The default value is <see langword="null"/>: reports show the ID.</value>
    public string? Name { get; set; }

    /// <summary>Gets or sets the VPC a drill of this group runs in (<c>drill_vpc_id</c>).</summary>
    /// <value>The default value is <see langword="null"/>: the service creates a drill VPC (reference 5.7.1).</value>
    public string? DrillVpcId { get; set; }

    /// <summary>Gets the name reports show: <see cref="Name"/>, or the ID.</summary>
    internal string DisplayName => string.IsNullOrWhiteSpace(Name) ? ServerGroupId : Name;
}
