using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>A replication pair attached to a protected instance found by tag (reference 5.8.1, Table 5-64).</summary>
public sealed class TaggedProtectedInstanceAttachment
{
    /// <summary>Gets the replication pair ID (<c>replication</c>).</summary>
    [JsonPropertyName("replication")]
    public string? Replication { get; init; }

    /// <summary>Gets the device name (<c>device</c>), for example <c>/dev/vda</c>.</summary>
    [JsonPropertyName("device")]
    public string? Device { get; init; }
}
