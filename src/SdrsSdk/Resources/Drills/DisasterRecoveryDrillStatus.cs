using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The status of a DR drill (reference Appendix A.5, field <c>status</c>). An extensible value: a status the server
/// adds later still deserializes, and compares by its exact (ordinal) text.
/// </summary>
/// <param name="Value">The value exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<DisasterRecoveryDrillStatus>))]
public readonly record struct DisasterRecoveryDrillStatus(string Value) : IStringValue<DisasterRecoveryDrillStatus>
{
    /// <summary>The DR drill is being created (<c>creating</c>).</summary>
    public static DisasterRecoveryDrillStatus Creating { get; } = new("creating");

    /// <summary>The DR drill is available (<c>available</c>).</summary>
    public static DisasterRecoveryDrillStatus Available { get; } = new("available");

    /// <summary>The DR drill is being deleted (<c>deleting</c>).</summary>
    public static DisasterRecoveryDrillStatus Deleting { get; } = new("deleting");

    /// <summary>Deleting the DR drill failed (<c>error-deleting</c>).</summary>
    public static DisasterRecoveryDrillStatus ErrorDeleting { get; } = new("error-deleting");

    /// <summary>Creating the DR drill failed (<c>error</c>).</summary>
    public static DisasterRecoveryDrillStatus Error { get; } = new("error");

    /// <summary>Converts a wire string into a <see cref="DisasterRecoveryDrillStatus"/>.</summary>
    /// <param name="value">The wire text.</param>
    public static implicit operator DisasterRecoveryDrillStatus(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="DisasterRecoveryDrillStatus"/>.</summary>
    /// <param name="value">The wire text.</param>
    /// <returns>The value.</returns>
    public static DisasterRecoveryDrillStatus FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static DisasterRecoveryDrillStatus IStringValue<DisasterRecoveryDrillStatus>.FromWire(string value) => new(value);
}
