using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>
/// A tag on a protected instance: a key and its value (reference 5.8, Tables 5-67 to 5-71). Tags compare by key
/// and value.
/// </summary>
/// <remarks>
/// Rules the service enforces, and the SDK checks before sending a tag to add: the key holds 1 to 36 Unicode
/// characters and is not white space; the value holds 0 to 43 Unicode characters; neither contains ASCII control
/// characters (0-31) nor any of <c>* &lt; &gt; \ = , | /</c>. A protected instance carries at most 10 tags, with
/// unique keys.
/// </remarks>
public sealed record ResourceTag
{
    /// <summary>Initializes a tag.</summary>
    /// <param name="key">The tag key.</param>
    /// <param name="value">
    /// The tag value; may be empty. <see langword="null"/> only when deleting tags in a batch, where it means
    /// "whatever the value".
    /// </param>
    public ResourceTag(string key, string? value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>Gets the tag key (<c>key</c>).</summary>
    [JsonPropertyName("key")]
    public string Key { get; init; }

    /// <summary>Gets the tag value (<c>value</c>).</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Value is null ? Key : $"{Key}={Value}";
}
