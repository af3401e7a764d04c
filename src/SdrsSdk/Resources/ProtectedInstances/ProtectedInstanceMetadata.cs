using System.Text.Json;
using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>
/// The metadata of a protected instance (reference 5.5.3, Table 5-22). Keys the reference does not list are kept in
/// <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class ProtectedInstanceMetadata
{
    /// <summary>
    /// Gets whether the resource is frozen, as sent (<c>__system__frozen</c>): <c>true</c> when frozen, empty or
    /// absent when not.
    /// </summary>
    [JsonPropertyName("__system__frozen")]
    public string? SystemFrozen { get; set; }

    /// <summary>Gets a value indicating whether the resource is frozen (<see cref="SystemFrozen"/> is
    /// <c>true</c>).</summary>
    [JsonIgnore]
    public bool IsFrozen => string.Equals(SystemFrozen, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets the metadata keys this SDK version does not model, as raw JSON.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
