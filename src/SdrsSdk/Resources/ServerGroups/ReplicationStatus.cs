using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The data synchronization status (<c>replication_status</c>) of a protection group or replication pair (reference
/// 5.4.2, Table 5-10). An extensible value.
/// </summary>
/// <param name="Value">The replication status exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ReplicationStatus>))]
public readonly record struct ReplicationStatus(string Value) : IStringValue<ReplicationStatus>
{
    /// <summary>Data has been synchronized (<c>active</c>).</summary>
    public static ReplicationStatus Active { get; } = new("active");

    /// <summary>Data is not synchronized (<c>inactive</c>).</summary>
    public static ReplicationStatus Inactive { get; } = new("inactive");

    /// <summary>Data is being synchronized (<c>copying</c>).</summary>
    public static ReplicationStatus Copying { get; } = new("copying");

    /// <summary>Data synchronization is stopped (<c>active-stopped</c>).</summary>
    public static ReplicationStatus ActiveStopped { get; } = new("active-stopped");

    /// <summary>Converts a wire string into a <see cref="ReplicationStatus"/>.</summary>
    /// <param name="value">The replication status text.</param>
    public static implicit operator ReplicationStatus(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ReplicationStatus"/>.</summary>
    /// <param name="value">The replication status text.</param>
    /// <returns>The replication status.</returns>
    public static ReplicationStatus FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ReplicationStatus IStringValue<ReplicationStatus>.FromWire(string value) => new(value);
}
