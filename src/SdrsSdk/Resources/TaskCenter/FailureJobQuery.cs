namespace SdrsSdk;

/// <summary>
/// Filters and paging for listing failed tasks (reference 5.9.1). Every property is optional; without
/// <see cref="ServerGroupId"/> the service lists the failed tasks of the protection-group level.
/// </summary>
public sealed class FailureJobQuery
{
    /// <summary>Gets or sets the protection group whose failed tasks to list (<c>server_group_id</c>).</summary>
    public string? ServerGroupId { get; set; }

    /// <summary>Gets or sets the resource name to match (<c>resource_name</c>).</summary>
    public string? ResourceName { get; set; }

    /// <summary>Gets or sets the failure to match (<c>failure_status</c>), for example <see
    /// cref="FailureStatus.CreateFail"/>.</summary>
    public FailureStatus? FailureStatus { get; set; }

    /// <summary>Gets or sets the kind of resource to match (<c>resource_type</c>).</summary>
    public FailureJobResourceType? ResourceType { get; set; }

    /// <summary>Gets or sets the most tasks to return (<c>limit</c>), 1 to 1000, or unset for the default (the service
    /// refuses 0).</summary>
    /// <value>The default value is <see langword="null"/>: the service returns up to 1000.</value>
    public int? Limit { get; set; }

    /// <summary>Gets or sets how many tasks to skip (<c>offset</c>), not negative.</summary>
    /// <value>The default value is <see langword="null"/>: the service starts at 0.</value>
    public int? Offset { get; set; }
}
