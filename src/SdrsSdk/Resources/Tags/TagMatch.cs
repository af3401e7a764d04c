using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>A field condition of a search by tag, such as the protected instance name (reference 5.8.1, Table
/// 5-61).</summary>
/// <remarks>The value holds at most 255 Unicode characters; keys are unique within one search.</remarks>
public sealed class TagMatch
{
    /// <summary>Initializes a field condition.</summary>
    /// <param name="key">The field to match, for example <see cref="TagMatchKey.ResourceName"/>.</param>
    /// <param name="value">The text to match; for <see cref="TagMatchKey.ResourceName"/> a case-insensitive substring,
    /// or an exact match when empty.</param>
    public TagMatch(TagMatchKey key, string value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>Gets the field to match (<c>key</c>).</summary>
    [JsonPropertyName("key")]
    public TagMatchKey Key { get; init; }

    /// <summary>Gets the text to match (<c>value</c>).</summary>
    [JsonPropertyName("value")]
    public string Value { get; init; }

    /// <summary>Creates a condition on the protected instance name.</summary>
    /// <param name="value">A case-insensitive substring of the name; empty for an exact match on an empty name.</param>
    /// <returns>The condition.</returns>
    public static TagMatch ResourceName(string value) => new(TagMatchKey.ResourceName, value);

    /// <inheritdoc/>
    public override string ToString() => $"{Key}~{Value}";
}
