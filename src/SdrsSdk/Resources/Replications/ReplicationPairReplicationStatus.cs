using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The data synchronization status (<c>replication_status</c>) of a replication pair; a protection group reports the
/// same values for its pairs as a whole (reference 5.4.2, Table 5-10). An extensible value.
/// </summary>
/// <param name="Value">The replication status exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ReplicationPairReplicationStatus>))]
public readonly record struct ReplicationPairReplicationStatus(string Value)
    : IStringValue<ReplicationPairReplicationStatus>
{
    /// <summary>Data has been synchronized (<c>active</c>).</summary>
    public static ReplicationPairReplicationStatus Active { get; } = new("active");

    /// <summary>Data is not synchronized (<c>inactive</c>).</summary>
    public static ReplicationPairReplicationStatus Inactive { get; } = new("inactive");

    /// <summary>Data is being synchronized (<c>copying</c>).</summary>
    public static ReplicationPairReplicationStatus Copying { get; } = new("copying");

    /// <summary>Data synchronization is stopped (<c>active-stopped</c>).</summary>
    public static ReplicationPairReplicationStatus ActiveStopped { get; } = new("active-stopped");

    /// <summary>Converts a wire string into a <see cref="ReplicationPairReplicationStatus"/>.</summary>
    /// <param name="value">The replication status text.</param>
    public static implicit operator ReplicationPairReplicationStatus(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ReplicationPairReplicationStatus"/>.</summary>
    /// <param name="value">The replication status text.</param>
    /// <returns>The replication status.</returns>
    public static ReplicationPairReplicationStatus FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ReplicationPairReplicationStatus IStringValue<ReplicationPairReplicationStatus>.FromWire(string value) =>
        new(value);
}
