using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>A version of the SDRS API (reference 5.2, Tables 5-2 and 5-4).</summary>
public sealed class ApiVersion
{
    /// <summary>Gets the version ID (<c>id</c>), for example <c>v1</c>.</summary>
    [JsonPropertyName("id")]
    public string Id
    {
        get;
        set => field = value ?? string.Empty;
    } = string.Empty;

    /// <summary>Gets the API links of this version (<c>links</c>).</summary>
    [JsonPropertyName("links")]
    public IReadOnlyList<ApiVersionLink> Links
    {
        get;
        set => field = value ?? [];
    } = [];

    /// <summary>
    /// Gets the maximum microversion supported (<c>version</c>); empty when the version has no microversions.
    /// </summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    /// <summary>Gets the version status (<c>status</c>): CURRENT, SUPPORT or DEPRECATED.</summary>
    [JsonPropertyName("status")]
    public ApiVersionStatus Status { get; set; }

    /// <summary>Gets the release time of the version (<c>updated</c>), in UTC.</summary>
    [JsonPropertyName("updated")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? Updated { get; set; }

    /// <summary>
    /// Gets the minimum microversion supported (<c>min_version</c>); empty when the version has no microversions.
    /// </summary>
    [JsonPropertyName("min_version")]
    public string? MinVersion { get; set; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Status})";
}
