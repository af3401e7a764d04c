namespace SdrsSdk;

/// <summary>
/// Filters and paging for listing protection groups (reference 5.4.2). Every property is optional; unset ones are
/// not sent.
/// </summary>
public sealed class ServerGroupQuery
{
    /// <summary>
    /// Gets or sets the most groups to return (<c>limit</c>), from 1 to 1000; the server's default is 1000. For
    /// <see cref="ServerGroupsClient.ListAllAsync"/> it is the page size.
    /// </summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets how many groups to skip (<c>offset</c>), not negative; the server's default is
    /// 0.</summary>
    public int? Offset { get; set; }

    /// <summary>Gets or sets the status to match (<c>status</c>), for example <see
    /// cref="ServerGroupStatus.Protected"/>.</summary>
    public ServerGroupStatus? Status { get; set; }

    /// <summary>Gets or sets a name to match (<c>name</c>); the server matches it fuzzily (part of a name
    /// matches).</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Gets or sets a predefined filter (<c>query_type</c>): abnormal status, protection disabled, or no DR drill in
    /// a period.
    /// </summary>
    public ServerGroupQueryType? QueryType { get; set; }

    /// <summary>
    /// Gets or sets the AZ that must be the current production site of the groups (<c>availability_zone</c>).
    /// </summary>
    public string? AvailabilityZone { get; set; }
}
