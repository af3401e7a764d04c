using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The replication mode of a replication pair or protection group (field <c>replication_model</c>, reference 5.6.3,
/// Table 5-41). An extensible value: a mode the server adds later still deserializes.
/// </summary>
/// <param name="Value">The value exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ReplicationModel>))]
public readonly record struct ReplicationModel(string Value) : IStringValue<ReplicationModel>
{
    /// <summary>Synchronous replication, the default (<c>hypermetro</c>).</summary>
    public static ReplicationModel Hypermetro { get; } = new("hypermetro");

    /// <summary>Converts a wire string into a <see cref="ReplicationModel"/>.</summary>
    /// <param name="value">The wire text.</param>
    public static implicit operator ReplicationModel(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ReplicationModel"/>.</summary>
    /// <param name="value">The wire text.</param>
    /// <returns>The value.</returns>
    public static ReplicationModel FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ReplicationModel IStringValue<ReplicationModel>.FromWire(string value) => new(value);
}
