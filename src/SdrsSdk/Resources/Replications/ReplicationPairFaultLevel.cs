using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The fault level of a replication pair (field <c>fault_level</c>, reference 5.6.3, Table 5-41). An extensible value:
/// a level the server adds later still deserializes.
/// </summary>
/// <param name="Value">The value exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ReplicationPairFaultLevel>))]
public readonly record struct ReplicationPairFaultLevel(string Value) : IStringValue<ReplicationPairFaultLevel>
{
    /// <summary>No fault has occurred (<c>0</c>).</summary>
    public static ReplicationPairFaultLevel None { get; } = new("0");

    /// <summary>The production site disk cannot be read or written; a failover is advised (<c>2</c>).</summary>
    public static ReplicationPairFaultLevel ProductionDiskNotAccessible { get; } = new("2");

    /// <summary>The replication link is disconnected; a failover is not allowed, contact customer service
    /// (<c>5</c>).</summary>
    public static ReplicationPairFaultLevel ReplicationLinkDisconnected { get; } = new("5");

    /// <summary>Converts a wire string into a <see cref="ReplicationPairFaultLevel"/>.</summary>
    /// <param name="value">The wire text.</param>
    public static implicit operator ReplicationPairFaultLevel(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ReplicationPairFaultLevel"/>.</summary>
    /// <param name="value">The wire text.</param>
    /// <returns>The value.</returns>
    public static ReplicationPairFaultLevel FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ReplicationPairFaultLevel IStringValue<ReplicationPairFaultLevel>.FromWire(string value) => new(value);
}
