namespace SdrsSdk;

/// <summary>Filters and paging for listing RPO statistics. Every property is optional.</summary>
public sealed class RpoStatisticQuery
{
    /// <summary>Gets or sets the start of the period (<c>start_time</c>), sent in UTC as <c>yyyy-MM-dd
    /// HH:mm:ss.SSS</c>.</summary>
    /// <value>The default value is <see langword="null"/>: no lower bound.</value>
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>Gets or sets the end of the period (<c>end_time</c>), sent in UTC as <c>yyyy-MM-dd
    /// HH:mm:ss.SSS</c>.</summary>
    /// <value>The default value is <see langword="null"/>: no upper bound.</value>
    public DateTimeOffset? EndTime { get; set; }

    /// <summary>Gets or sets the kind of resource to count (<c>resource_type</c>); the service knows
    /// <c>replication</c>.</summary>
    /// <value>The default value is <see langword="null"/>: the service's default.</value>
    public string? ResourceType { get; set; }

    /// <summary>Gets or sets the most time points to return (<c>limit</c>), 1 to 1000.</summary>
    /// <value>The default value is <see langword="null"/>: the service returns up to 1000.</value>
    public int? Limit { get; set; }

    /// <summary>Gets or sets how many time points to skip (<c>offset</c>), not negative.</summary>
    /// <value>The default value is <see langword="null"/>: the service starts at 0.</value>
    public int? Offset { get; set; }
}
