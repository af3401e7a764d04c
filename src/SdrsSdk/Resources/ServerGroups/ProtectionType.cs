using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The level at which a protection group synchronizes data (reference 5.4.2, Table 5-10, <c>protection_type</c>).
/// An extensible value; <see langword="null"/> on the wire means the replication consistency group level.
/// </summary>
/// <param name="Value">The protection type exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ProtectionType>))]
public readonly record struct ProtectionType(string Value) : IStringValue<ProtectionType>
{
    /// <summary>Data is synchronized per replication pair (every group since the system upgrade)
    /// (<c>replication-pair</c>).</summary>
    public static ProtectionType ReplicationPair { get; } = new("replication-pair");

    /// <summary>Converts a wire string into a <see cref="ProtectionType"/>.</summary>
    /// <param name="value">The protection type text.</param>
    public static implicit operator ProtectionType(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ProtectionType"/>.</summary>
    /// <param name="value">The protection type text.</param>
    /// <returns>The protection type.</returns>
    public static ProtectionType FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ProtectionType IStringValue<ProtectionType>.FromWire(string value) => new(value);
}
