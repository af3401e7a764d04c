using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// Which AZ of its protection group is currently the production site of a protected instance
/// (<c>priority_station</c>, reference 5.5.3, Table 5-19). An extensible value: unknown values deserialize.
/// </summary>
/// <param name="Value">The value exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ProtectedInstancePriorityStation>))]
public readonly record struct ProtectedInstancePriorityStation(string Value) : IStringValue<ProtectedInstancePriorityStation>
{
    /// <summary>The current production site AZ is the protection group's <c>source_availability_zone</c> (<c>source</c>).</summary>
    public static ProtectedInstancePriorityStation Source { get; } = new("source");

    /// <summary>The current production site AZ is the protection group's <c>target_availability_zone</c> (<c>target</c>).</summary>
    public static ProtectedInstancePriorityStation Target { get; } = new("target");

    /// <summary>Converts a wire string into a <see cref="ProtectedInstancePriorityStation"/>.</summary>
    /// <param name="value">The wire text.</param>
    public static implicit operator ProtectedInstancePriorityStation(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ProtectedInstancePriorityStation"/>.</summary>
    /// <param name="value">The wire text.</param>
    /// <returns>The value.</returns>
    public static ProtectedInstancePriorityStation FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ProtectedInstancePriorityStation IStringValue<ProtectedInstancePriorityStation>.FromWire(string value) => new(value);
}
