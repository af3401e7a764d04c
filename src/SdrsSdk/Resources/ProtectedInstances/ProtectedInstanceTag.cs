using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>
/// A tag of a protected instance: a key and a value (reference 5.5.1 Table 5-18, 5.5.3 Table 5-21).
/// </summary>
/// <remarks>
/// Tags sent to the service are checked before the request: the key is 1 to 36 Unicode characters and unique among
/// the tags of a request, the value 0 to 43; neither may hold ASCII control characters (0–31) or any of
/// <c>* &lt; &gt; \ = , | /</c>.
/// </remarks>
public sealed class ProtectedInstanceTag
{
    /// <summary>Initializes a new tag.</summary>
    /// <param name="key">The tag key.</param>
    /// <param name="value">The tag value; may be empty.</param>
    [JsonConstructor]
    public ProtectedInstanceTag(string key, string value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>Gets the tag key (<c>key</c>).</summary>
    [JsonPropertyName("key")]
    public string Key { get; init; }

    /// <summary>Gets the tag value (<c>value</c>).</summary>
    [JsonPropertyName("value")]
    public string Value { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Key}={Value}";
}
