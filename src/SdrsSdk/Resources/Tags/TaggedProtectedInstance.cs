using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>A protected instance found by tag, with its tags (reference 5.8.1, Table 5-62).</summary>
public sealed class TaggedProtectedInstance
{
    /// <summary>Gets the protected instance ID (<c>resource_id</c>).</summary>
    [JsonPropertyName("resource_id")]
    public string ResourceId
    {
        get;
        set => field = value ?? string.Empty;
    } = string.Empty;

    /// <summary>Gets the protected instance name (<c>resource_name</c>); empty when it has none.</summary>
    [JsonPropertyName("resource_name")]
    public string? ResourceName { get; set; }

    /// <summary>Gets the protected instance itself (<c>resource_detail</c>).</summary>
    [JsonPropertyName("resource_detail")]
    public ProtectedInstance? ResourceDetail { get; set; }

    /// <summary>Gets the instance's tags (<c>tags</c>); empty when it has none.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<ResourceTag> Tags
    {
        get;
        set => field = value ?? [];
    } = [];

    /// <inheritdoc/>
    public override string ToString() => $"{ResourceName} ({ResourceId}): {string.Join(", ", Tags)}";
}
