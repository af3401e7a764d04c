namespace SdrsSdk.Testing;

/// <summary>A production site disk (EVS) registered with the emulator, to make its checks strict and shape its
/// replication pair.</summary>
/// <remarks>
/// By default the emulator accepts any disk ID when a replication pair is created, as a 10 GB <c>SATA</c> data
/// disk. Once at least one disk is registered (in <see cref="SdrsEmulatorOptions.Volumes"/> or with
/// <see cref="SdrsEmulator.AddVolume"/>), only registered disks are accepted: an unknown ID is answered with
/// <c>SDRS.0211</c> (invalid disk ID), a disk whose <see cref="Status"/> is not <c>available</c> with
/// <c>SDRS.1801</c>, and one in another AZ than the group's current production site with <c>SDRS.1810</c>.
/// <code>
/// var disk = new EmulatedVolume { SizeGb = 40, Bootable = true };   // a fresh disk ID
/// emulator.AddVolume(disk);
/// emulator.AddVolume(new EmulatedVolume("b6f71149-7b9c-4f36-8ff0-1c4809a6f2c2") { SizeGb = 100 });
/// </code>
/// The disk ID must be a UUID, as the service's are, unless <see cref="SdrsEmulatorOptions.AllowReadableIds"/> is
/// on.
/// </remarks>
public sealed class EmulatedVolume
{
    /// <summary>Initializes a new disk with a fresh ID (<see cref="EmulatedIds.NewVolumeId"/>).</summary>
    public EmulatedVolume()
        : this(EmulatedIds.NewVolumeId()) { }

    /// <summary>Initializes a new disk.</summary>
    /// <param name="id">The disk ID: a UUID, unless <see cref="SdrsEmulatorOptions.AllowReadableIds"/> is on.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public EmulatedVolume(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>Gets the disk ID.</summary>
    public string Id { get; }

    /// <summary>Gets or sets the AZ the disk is in; <see langword="null"/> accepts any production site AZ.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? AvailabilityZone { get; init; }

    /// <summary>Gets or sets the size in GB (<c>record_metadata.volume_size</c> of its replication pair).</summary>
    /// <value>The default value is 10.</value>
    public int SizeGb { get; init; } = 10;

    /// <summary>Gets or sets the disk type: <c>SATA</c>, <c>SAS</c>, <c>SSD</c>, <c>co-p1</c> or
    /// <c>uh-l1</c>.</summary>
    /// <value>The default value is <c>SATA</c>.</value>
    public string VolumeType { get; init; } = "SATA";

    /// <summary>Gets or sets a value indicating whether the disk is a system disk.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Bootable { get; init; }

    /// <summary>Gets or sets a value indicating whether the disk is shared: its pair may be attached to several
    /// protected instances.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Shared { get; init; }

    /// <summary>Gets or sets the disk status; a replication pair can only be created from an <c>available</c>
    /// disk.</summary>
    /// <value>The default value is <c>available</c>.</value>
    public string Status { get; init; } = "available";
}
