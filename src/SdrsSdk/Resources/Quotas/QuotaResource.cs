using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>The quota of one resource type (reference 5.10.1, Table 5-75).</summary>
/// <remarks>
/// Every number is <see langword="null"/> when the service sent <c>null</c> or left the field out: the SDK does not
/// invent a value. <see cref="IsUnlimited"/> and <see cref="Remaining"/> answer from what was sent.
/// </remarks>
public sealed class QuotaResource
{
    /// <summary>Gets the resource type (<c>type</c>): <c>server_groups</c> or <c>replications</c>.</summary>
    [JsonPropertyName("type")]
    public QuotaResourceType Type { get; set; }

    /// <summary>Gets the number of resources in use (<c>used</c>); <see langword="null"/> when the service sent no
    /// value.</summary>
    [JsonPropertyName("used")]
    public int? Used { get; set; }

    /// <summary>Gets the quota (<c>quota</c>); -1 means unlimited, <see langword="null"/> that the service sent no
    /// value.</summary>
    [JsonPropertyName("quota")]
    public int? Quota { get; set; }

    /// <summary>Gets the lowest quota allowed (<c>min</c>); <see langword="null"/> when the service sent no
    /// value.</summary>
    [JsonPropertyName("min")]
    public int? Min { get; set; }

    /// <summary>
    /// Gets the highest quota allowed (<c>max</c>); -1 means unlimited, <see langword="null"/> that the service sent no
    /// value.
    /// </summary>
    [JsonPropertyName("max")]
    public int? Max { get; set; }

    /// <summary>Gets a value indicating whether the resource is not limited (<see cref="Quota"/> is -1).</summary>
    /// <value><see langword="false"/> when <see cref="Quota"/> is anything else, including <see
    /// langword="null"/>.</value>
    [JsonIgnore]
    public bool IsUnlimited => Quota == -1;

    /// <summary>
    /// Gets how many more resources can be created; <see langword="null"/> when unlimited, or when <see cref="Quota"/>
    /// or <see cref="Used"/> was not sent.
    /// </summary>
    [JsonIgnore]
    public int? Remaining =>
        IsUnlimited || Quota is not { } quota || Used is not { } used ? null : Math.Max(0, quota - used);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Type}: {Used?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}/"
        + (IsUnlimited ? "unlimited" : Quota?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?");
}
