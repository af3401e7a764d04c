using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// A field a search by tag can match on (reference 5.8.1, Table 5-61, <c>matches.key</c>). The reference supports
/// only <see cref="ResourceName"/> today and says other keys will follow, so this is an extensible value.
/// </summary>
/// <param name="Value">The key exactly as sent on the wire.</param>
[JsonConverter(typeof(StringValueConverter<TagMatchKey>))]
public readonly record struct TagMatchKey(string Value) : IStringValue<TagMatchKey>
{
    /// <summary>The protected instance name (<c>resource_name</c>), matched case-insensitively by substring; an empty
    /// value matches exactly.</summary>
    public static TagMatchKey ResourceName { get; } = new("resource_name");

    /// <summary>Converts a wire string into a <see cref="TagMatchKey"/>.</summary>
    /// <param name="value">The key text.</param>
    public static implicit operator TagMatchKey(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="TagMatchKey"/>.</summary>
    /// <param name="value">The key text.</param>
    /// <returns>The match key.</returns>
    public static TagMatchKey FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static TagMatchKey IStringValue<TagMatchKey>.FromWire(string value) => new(value);
}
