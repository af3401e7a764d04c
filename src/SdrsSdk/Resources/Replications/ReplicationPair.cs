using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// A replication pair: a production site disk and the DR site disk it is replicated to, inside a protection group
/// (reference 5.6, Tables 5-41, 5-44 and 5-49).
/// </summary>
public sealed class ReplicationPair
{
    private string _id = string.Empty;
    private IReadOnlyList<ReplicationPairAttachment> _attachment = [];
    private IReadOnlyList<string>? _volumeIdList;

    /// <summary>Gets the replication pair ID (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string Id
    {
        get => _id;
        set => _id = value ?? string.Empty;
    }

    /// <summary>Gets the replication pair name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets the replication pair description (<c>description</c>).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets the replication mode (<c>replication_model</c>); <see cref="ReplicationModel.Hypermetro"/> by
    /// default.</summary>
    [JsonPropertyName("replication_model")]
    public ReplicationModel ReplicationModel { get; set; }

    /// <summary>Gets the replication pair status (<c>status</c>, Appendix A.4).</summary>
    [JsonPropertyName("status")]
    public ReplicationPairStatus Status { get; set; }

    /// <summary>Gets the synchronization progress in percent (<c>progress</c>).</summary>
    [JsonPropertyName("progress")]
    public int? Progress { get; set; }

    /// <summary>Gets the data synchronization status (<c>replication_status</c>).</summary>
    [JsonPropertyName("replication_status")]
    public ReplicationPairReplicationStatus ReplicationStatus { get; set; }

    /// <summary>Gets the protected instances the pair is attached to, with device names (<c>attachment</c>); empty when
    /// unattached.</summary>
    [JsonPropertyName("attachment")]
    public IReadOnlyList<ReplicationPairAttachment> Attachment
    {
        get => _attachment;
        set => _attachment = value ?? [];
    }

    /// <summary>Gets the ID of the protection group the pair belongs to (<c>server_group_id</c>).</summary>
    [JsonPropertyName("server_group_id")]
    public string? ServerGroupId { get; set; }

    /// <summary>
    /// Gets the IDs of the pair's disks as the server sent them (<c>volume_ids</c>): one comma-separated string.
    /// <see cref="VolumeIdList"/> holds them split.
    /// </summary>
    [JsonPropertyName("volume_ids")]
    public string? VolumeIds { get; set; }

    /// <summary>Gets the IDs of the pair's disks: <see cref="VolumeIds"/> split at commas, trimmed, without empty
    /// entries.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> VolumeIdList => _volumeIdList ??= SplitIds(VolumeIds);

    /// <summary>Gets which AZ of the protection group is the current production site
    /// (<c>priority_station</c>).</summary>
    [JsonPropertyName("priority_station")]
    public PriorityStation PriorityStation { get; set; }

    /// <summary>Gets the fault level (<c>fault_level</c>): 0 no fault, 2 production disk not accessible, 5 link
    /// down.</summary>
    [JsonPropertyName("fault_level")]
    public ReplicationPairFaultLevel FaultLevel { get; set; }

    /// <summary>Gets when the pair was created (<c>created_at</c>), in UTC.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets when the pair was last updated (<c>updated_at</c>), in UTC.</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Gets the data of the pair's disks (<c>record_metadata</c>): size, type, shared, bootable.</summary>
    [JsonPropertyName("record_metadata")]
    public ReplicationPairRecordMetadata? RecordMetadata { get; set; }

    /// <summary>Gets the error code reported when <see cref="Status"/> is <c>error</c>
    /// (<c>failure_detail</c>).</summary>
    [JsonPropertyName("failure_detail")]
    public string? FailureDetail { get; set; }

    /// <summary>Gets the catalog entry (Appendix A.1) for <see cref="FailureDetail"/>, when the code is
    /// known.</summary>
    [JsonIgnore]
    public SdrsErrorInfo? FailureDetailInfo =>
        SdrsErrorCatalog.TryGet(FailureDetail, out SdrsErrorInfo? info) ? info : null;

    /// <inheritdoc/>
    public override string ToString() => $"Replication pair {Name} ({Id}): {Status}";

    private static string[] SplitIds(string? ids) =>
        string.IsNullOrWhiteSpace(ids)
            ? []
            : ids.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
