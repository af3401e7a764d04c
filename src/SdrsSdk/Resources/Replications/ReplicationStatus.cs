using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The data synchronization status of a replication pair or protection group (field <c>replication_status</c>,
/// reference 5.6.3, Table 5-41). An extensible value: a status the server adds later still deserializes.
/// </summary>
/// <param name="Value">The value exactly as the server sent it.</param>
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
    /// <param name="value">The wire text.</param>
    public static implicit operator ReplicationStatus(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ReplicationStatus"/>.</summary>
    /// <param name="value">The wire text.</param>
    /// <returns>The value.</returns>
    public static ReplicationStatus FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ReplicationStatus IStringValue<ReplicationStatus>.FromWire(string value) => new(value);
}
