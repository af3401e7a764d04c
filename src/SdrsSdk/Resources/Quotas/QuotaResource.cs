using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>The quota of one resource type (reference 5.10.1, Table 5-75).</summary>
public sealed class QuotaResource
{
    /// <summary>Gets the resource type (<c>type</c>): <c>server_groups</c> or <c>replications</c>.</summary>
    [JsonPropertyName("type")]
    public QuotaResourceType Type { get; set; }

    /// <summary>Gets the number of resources in use (<c>used</c>).</summary>
    [JsonPropertyName("used")]
    public int Used { get; set; }

    /// <summary>Gets the quota (<c>quota</c>); -1 means unlimited.</summary>
    [JsonPropertyName("quota")]
    public int Quota { get; set; }

    /// <summary>Gets the lowest quota allowed (<c>min</c>).</summary>
    [JsonPropertyName("min")]
    public int Min { get; set; }

    /// <summary>Gets the highest quota allowed (<c>max</c>); -1 means unlimited.</summary>
    [JsonPropertyName("max")]
    public int Max { get; set; }

    /// <summary>Gets a value indicating whether the resource is not limited (<see cref="Quota"/> is -1).</summary>
    [JsonIgnore]
    public bool IsUnlimited => Quota == -1;

    /// <summary>Gets how many more resources can be created, or <see langword="null"/> when unlimited.</summary>
    [JsonIgnore]
    public int? Remaining => IsUnlimited ? null : Math.Max(0, Quota - Used);

    /// <inheritdoc/>
    public override string ToString() => $"{Type}: {Used}/{(IsUnlimited ? "unlimited" : Quota)}";
}
