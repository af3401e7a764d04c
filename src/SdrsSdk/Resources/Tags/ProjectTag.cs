using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>A tag key used on the project's protected instances, with every value it takes (reference 5.8.7, Table
/// 5-72).</summary>
public sealed class ProjectTag
{
    /// <summary>Gets the tag key (<c>key</c>).</summary>
    [JsonPropertyName("key")]
    public string Key
    {
        get;
        set => field = value ?? string.Empty;
    } = string.Empty;

    /// <summary>Gets the values the key takes across the project's protected instances (<c>values</c>).</summary>
    [JsonPropertyName("values")]
    public IReadOnlyList<string> Values
    {
        get;
        set => field = value ?? [];
    } = [];

    /// <inheritdoc/>
    public override string ToString() => $"{Key}=[{string.Join(", ", Values)}]";
}
