namespace SdrsSdk;

/// <summary>
/// Filters and paging for listing protected instances (reference 5.5.3). Every filter is optional; leave a property
/// <see langword="null"/> to leave the filter out.
/// </summary>
public sealed class ProtectedInstanceQuery
{
    /// <summary>Gets or sets the ID of the protection group whose instances to list (<c>server_group_id</c>).</summary>
    /// <remarks>Ignored by the service when <see cref="ServerGroupIds"/> is also set.</remarks>
    public string? ServerGroupId { get; set; }

    /// <summary>Gets or sets the IDs of the protection groups whose instances to list (<c>server_group_ids</c>), at
    /// most 30.</summary>
    /// <remarks>Sent as <c>['id1','id2']</c>, URL-encoded. Takes precedence over <see cref="ServerGroupId"/>.</remarks>
    public IReadOnlyCollection<string>? ServerGroupIds { get; set; }

    /// <summary>Gets or sets the IDs of the protected instances to list (<c>protected_instance_ids</c>), at most
    /// 30.</summary>
    /// <remarks>
    /// Sent as <c>['id1','id2']</c>, URL-encoded. Ignored by the service when <see cref="ServerGroupId"/> or
    /// <see cref="ServerGroupIds"/> is set.
    /// </remarks>
    public IReadOnlyCollection<string>? ProtectedInstanceIds { get; set; }

    /// <summary>Gets or sets the status to list (<c>status</c>).</summary>
    public ProtectedInstanceStatus? Status { get; set; }

    /// <summary>Gets or sets a name to search for (<c>name</c>); the service matches it fuzzily.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Gets or sets the query type (<c>query_type</c>): <see cref="ProtectedInstanceQueryType.StatusAbnormal"/> lists
    /// only instances in an abnormal status; <see cref="ProtectedInstanceQueryType.General"/> has no effect.
    /// </summary>
    public ProtectedInstanceQueryType? QueryType { get; set; }

    /// <summary>
    /// Gets or sets the current production site AZ of the protection group of the instances (<c>availability_zone</c>);
    /// see <see cref="ActiveDomainsClient.ListAsync"/>.
    /// </summary>
    public string? AvailabilityZone { get; set; }

    /// <summary>Gets or sets the most instances one page returns (<c>limit</c>), 1 to 1000, or unset for the default
    /// (the service refuses 0).</summary>
    /// <value>The default is <see langword="null"/>: the service returns up to 1000.</value>
    public int? Limit { get; set; }

    /// <summary>Gets or sets how many instances to skip (<c>offset</c>); not negative.</summary>
    /// <value>The default is <see langword="null"/>: the service starts at 0.</value>
    public int? Offset { get; set; }
}
