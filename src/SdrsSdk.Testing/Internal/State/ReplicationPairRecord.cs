namespace SdrsSdk.Testing.Internal.State;

/// <summary>A replication pair (reference 5.6): a production site disk and the DR site disk created for it.</summary>
internal sealed class ReplicationPairRecord(string id, string name, DateTimeOffset now, long sequence)
    : ResourceRecord(id, name, Statuses.Creating, now, sequence)
{
    public string? Description { get; init; }

    public required string ServerGroupId { get; init; }

    public required string VolumeId { get; init; }

    public required string DrVolumeId { get; init; }

    /// <summary>The pair's disks as the reference prints them (<c>volume_ids</c> of 5.6.3 and of the create job's
    /// entities): the production site disk ID, a comma, the DR site disk ID.</summary>
    public string VolumeIds => VolumeId + "," + DrVolumeId;

    public int SizeGb { get; set; }

    public required string VolumeType { get; init; }

    public bool Bootable { get; init; }

    public bool Shared { get; init; }

    /// <summary>Data synchronization: <c>active</c> while protected, <c>active-stopped</c> after a stop or a
    /// failover.</summary>
    public string ReplicationStatus { get; set; } = "active";

    /// <summary>The error code of a failed creation (<c>failure_detail</c>, only while the status is
    /// <c>error</c>).</summary>
    public string? FailureDetail { get; set; }

    /// <summary>The protected instances the pair is attached to, in attach order (one unless the disk is
    /// shared).</summary>
    public List<PairAttachment> Attachments { get; } = [];

    /// <summary>The status to return to when an attach, detach or expand job ends.</summary>
    public string? StatusBefore { get; set; }
}

/// <summary>A replication pair attached to a protected instance as a device.</summary>
internal sealed record PairAttachment(string InstanceId, string Device, long Sequence);
