namespace SdrsSdk;

/// <summary>
/// Filters and paging for listing replication pairs (reference 5.6.3). Every property is optional; unset ones are not
/// sent.
/// </summary>
public sealed class ReplicationPairQuery
{
    /// <summary>Gets or sets the ID of the protection group to list (<c>server_group_id</c>).</summary>
    /// <remarks>Ignored by the service when <see cref="ServerGroupIds"/> is set.</remarks>
    public string? ServerGroupId { get; set; }

    /// <summary>Gets or sets the IDs of the protection groups to list (<c>server_group_ids</c>): 1 to 30.</summary>
    /// <remarks>Sent as <c>['id1','id2']</c>, URL-encoded. Takes precedence over <see cref="ServerGroupId"/>.</remarks>
    public IReadOnlyList<string>? ServerGroupIds { get; set; }

    /// <summary>Gets or sets the ID of a protected instance whose pairs to list
    /// (<c>protected_instance_id</c>).</summary>
    /// <remarks>Ignored by the service when <see cref="ProtectedInstanceIds"/> is set.</remarks>
    public string? ProtectedInstanceId { get; set; }

    /// <summary>Gets or sets the IDs of protected instances whose pairs to list (<c>protected_instance_ids</c>): 1 to
    /// 30.</summary>
    /// <remarks>Sent as <c>['id1','id2']</c>, URL-encoded. Takes precedence over <see
    /// cref="ProtectedInstanceId"/>.</remarks>
    public IReadOnlyList<string>? ProtectedInstanceIds { get; set; }

    /// <summary>Gets or sets a replication pair name to match; the service matches fuzzily (<c>name</c>).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the status to match (<c>status</c>, Appendix A.4).</summary>
    public ReplicationPairStatus? Status { get; set; }

    /// <summary>Gets or sets the page size (<c>limit</c>): 1 to 1000, or unset for the default (the service refuses
    /// 0).</summary>
    /// <value>The default value is <see langword="null"/>: the service returns up to 1000.</value>
    public int? Limit { get; set; }

    /// <summary>Gets or sets where the page starts (<c>offset</c>): not negative.</summary>
    /// <value>The default value is <see langword="null"/>: the service starts at 0.</value>
    public int? Offset { get; set; }

    /// <summary>Gets or sets the query type (<c>query_type</c>): <see cref="ReplicationPairQueryType.StatusAbnormal"/>
    /// lists abnormal pairs only.</summary>
    public ReplicationPairQueryType? QueryType { get; set; }

    /// <summary>Gets or sets the current production site AZ of the pairs' protection group
    /// (<c>availability_zone</c>).</summary>
    public string? AvailabilityZone { get; set; }

    /// <summary>Gets or sets the ID of the disk a replication pair was created from (<c>volume_id</c>).</summary>
    public string? VolumeId { get; set; }

    /// <summary>Copies the query, so a walk over every page is not affected by later changes to this one.</summary>
    internal ReplicationPairQuery Clone()
    {
        var copy = (ReplicationPairQuery)MemberwiseClone();
        copy.ServerGroupIds = ServerGroupIds?.ToArray();
        copy.ProtectedInstanceIds = ProtectedInstanceIds?.ToArray();
        return copy;
    }
}
