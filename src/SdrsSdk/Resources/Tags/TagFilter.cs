using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>
/// One tag condition of a search by tag: a key and the values that satisfy it (reference 5.8.1, Table 5-60).
/// </summary>
/// <remarks>
/// The key holds at most 127 Unicode characters and is not white space. At most 10 values, unique, each at most 255
/// Unicode characters; a value starting with <c>*</c> matches by the text after it, and a value made only of
/// asterisks is refused. An empty value list matches any value of the key. The service trims spaces around keys and
/// values before it uses them.
/// </remarks>
public sealed class TagFilter
{
    /// <summary>Initializes a tag condition.</summary>
    /// <param name="key">The tag key.</param>
    /// <param name="values">The values that satisfy the condition; none to match any value of the key.</param>
    public TagFilter(string key, params IReadOnlyList<string> values)
    {
        Key = key;
        Values = values ?? [];
    }

    /// <summary>Gets the tag key (<c>key</c>).</summary>
    [JsonPropertyName("key")]
    public string Key { get; init; }

    /// <summary>Gets the values that satisfy the condition (<c>values</c>); empty matches any value.</summary>
    [JsonPropertyName("values")]
    public IReadOnlyList<string> Values { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Key} in [{string.Join(", ", Values)}]";
}
