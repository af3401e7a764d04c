using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The type of the disks of a replication pair (field <c>volume_type</c>, reference 5.6.3, Table 5-43). An extensible
/// value: a disk type the server adds later still deserializes.
/// </summary>
/// <param name="Value">The value exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<VolumeType>))]
public readonly record struct VolumeType(string Value) : IStringValue<VolumeType>
{
    /// <summary>Common I/O (<c>SATA</c>).</summary>
    public static VolumeType Sata { get; } = new("SATA");

    /// <summary>High I/O (<c>SAS</c>).</summary>
    public static VolumeType Sas { get; } = new("SAS");

    /// <summary>Ultra-high I/O (<c>SSD</c>).</summary>
    public static VolumeType Ssd { get; } = new("SSD");

    /// <summary>High I/O (performance-optimized I), for HANA, HL1 and HL2 servers only (<c>co-p1</c>).</summary>
    public static VolumeType CoP1 { get; } = new("co-p1");

    /// <summary>Ultra-high I/O (latency-optimized), for HANA, HL1 and HL2 servers only (<c>uh-l1</c>).</summary>
    public static VolumeType UhL1 { get; } = new("uh-l1");

    /// <summary>Converts a wire string into a <see cref="VolumeType"/>.</summary>
    /// <param name="value">The wire text.</param>
    public static implicit operator VolumeType(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="VolumeType"/>.</summary>
    /// <param name="value">The wire text.</param>
    /// <returns>The value.</returns>
    public static VolumeType FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static VolumeType IStringValue<VolumeType>.FromWire(string value) => new(value);
}
