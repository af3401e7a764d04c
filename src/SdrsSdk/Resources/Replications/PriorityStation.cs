using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// Which AZ of a protection group is the current production site (field <c>priority_station</c>, reference 5.6.3,
/// Table 5-41). An extensible value: a value the server adds later still deserializes.
/// </summary>
/// <param name="Value">The value exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<PriorityStation>))]
public readonly record struct PriorityStation(string Value) : IStringValue<PriorityStation>
{
    /// <summary>The production site is the protection group's <c>source_availability_zone</c> (<c>source</c>).</summary>
    public static PriorityStation Source { get; } = new("source");

    /// <summary>The production site is the protection group's <c>target_availability_zone</c> (<c>target</c>).</summary>
    public static PriorityStation Target { get; } = new("target");

    /// <summary>Converts a wire string into a <see cref="PriorityStation"/>.</summary>
    /// <param name="value">The wire text.</param>
    public static implicit operator PriorityStation(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="PriorityStation"/>.</summary>
    /// <param name="value">The wire text.</param>
    /// <returns>The value.</returns>
    public static PriorityStation FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static PriorityStation IStringValue<PriorityStation>.FromWire(string value) => new(value);
}
