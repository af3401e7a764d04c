using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>A replication pair attached to a protected instance, and the device it is attached as (reference 5.5.3,
/// Table 5-20).</summary>
public sealed class ProtectedInstanceAttachment
{
    /// <summary>Gets the replication pair ID (<c>replication</c>).</summary>
    [JsonPropertyName("replication")]
    public string? Replication { get; set; }

    /// <summary>Gets the device name (<c>device</c>), for example <c>/dev/vda</c>.</summary>
    [JsonPropertyName("device")]
    public string? Device { get; set; }

    /// <inheritdoc/>
    public override string ToString() => $"{Replication} on {Device}";
}
