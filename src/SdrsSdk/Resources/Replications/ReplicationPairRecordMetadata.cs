using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>The data of a replication pair's disks (field <c>record_metadata</c>, reference 5.6.3, Tables 5-43, 5-46
/// and 5-51).</summary>
public sealed class ReplicationPairRecordMetadata
{
    /// <summary>
    /// Gets a value indicating whether the disks are shared disks (<c>multiattach</c>);
    /// <see langword="null"/> when the service sent no value.
    /// </summary>
    [JsonPropertyName("multiattach")]
    public bool? Multiattach { get; set; }

    /// <summary>
    /// Gets a value indicating whether the disks are system disks (<c>bootable</c>);
    /// <see langword="null"/> when the service sent no value.
    /// </summary>
    [JsonPropertyName("bootable")]
    public bool? Bootable { get; set; }

    /// <summary>Gets the disk size in GB (<c>volume_size</c>); read from a number or a numeric string.</summary>
    [JsonPropertyName("volume_size")]
    public int? VolumeSize { get; set; }

    /// <summary>Gets the disk type (<c>volume_type</c>), for example <see cref="VolumeType.Sata"/>.</summary>
    [JsonPropertyName("volume_type")]
    public VolumeType VolumeType { get; set; }
}
