using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// Which of the two AZs configured on a protection group is the current production site (<c>priority_station</c>,
/// reference 5.4.2, Table 5-10), or the direction of a planned failover (reference 5.4.9, Table 5-16). An extensible
/// value.
/// </summary>
/// <param name="Value">The priority station exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<PriorityStation>))]
public readonly record struct PriorityStation(string Value) : IStringValue<PriorityStation>
{
    /// <summary>The AZ the protection group was created with as its production site (<c>source_availability_zone</c>);
    /// as the direction of a planned failover, fail back to it (<c>source</c>).</summary>
    public static PriorityStation Source { get; } = new("source");

    /// <summary>The AZ the protection group was created with as its DR site (<c>target_availability_zone</c>); as the
    /// direction of a planned failover, fail over to it (<c>target</c>).</summary>
    public static PriorityStation Target { get; } = new("target");

    /// <summary>Converts a wire string into a <see cref="PriorityStation"/>.</summary>
    /// <param name="value">The priority station text.</param>
    public static implicit operator PriorityStation(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="PriorityStation"/>.</summary>
    /// <param name="value">The priority station text.</param>
    /// <returns>The priority station.</returns>
    public static PriorityStation FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static PriorityStation IStringValue<PriorityStation>.FromWire(string value) => new(value);
}
