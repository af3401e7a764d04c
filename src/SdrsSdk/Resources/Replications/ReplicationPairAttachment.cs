using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>
/// Where a replication pair is attached: a protected instance and the device name of the disk on it (reference 5.6.3,
/// Tables 5-42, 5-45 and 5-50).
/// </summary>
public sealed class ReplicationPairAttachment
{
    /// <summary>Gets the device name (<c>device</c>), for example <c>/dev/vda</c>.</summary>
    [JsonPropertyName("device")]
    public string? Device { get; set; }

    /// <summary>Gets the ID of the protected instance the pair is attached to (<c>protected_instance</c>).</summary>
    [JsonPropertyName("protected_instance")]
    public string? ProtectedInstance { get; set; }

    /// <inheritdoc/>
    public override string ToString() => $"{Device} on {ProtectedInstance}";
}
