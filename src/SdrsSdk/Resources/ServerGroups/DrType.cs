using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The deployment model of a protection group (reference 5.4.1, Table 5-9, <c>dr_type</c>). An extensible value.
/// </summary>
/// <param name="Value">The deployment model exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<DrType>))]
public readonly record struct DrType(string Value) : IStringValue<DrType>
{
    /// <summary>Migration within a VPC; the default (<c>migration</c>).</summary>
    public static DrType Migration { get; } = new("migration");

    /// <summary>Converts a wire string into a <see cref="DrType"/>.</summary>
    /// <param name="value">The deployment model text.</param>
    public static implicit operator DrType(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="DrType"/>.</summary>
    /// <param name="value">The deployment model text.</param>
    /// <returns>The deployment model.</returns>
    public static DrType FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static DrType IStringValue<DrType>.FromWire(string value) => new(value);
}
