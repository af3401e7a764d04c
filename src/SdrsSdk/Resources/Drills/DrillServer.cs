using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>A server a DR drill started for one protected instance (field <c>drill_servers</c>, reference 5.7.3, Table
/// 5-54).</summary>
public sealed class DrillServer
{
    /// <summary>Gets the ID of the protected instance the drill server stands in for
    /// (<c>protected_instance</c>).</summary>
    [JsonPropertyName("protected_instance")]
    public string? ProtectedInstance { get; set; }

    /// <summary>Gets the drill server ID (<c>drill_server_id</c>).</summary>
    [JsonPropertyName("drill_server_id")]
    public string? DrillServerId { get; set; }

    /// <inheritdoc/>
    public override string ToString() => $"{DrillServerId} for {ProtectedInstance}";
}
