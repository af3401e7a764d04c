using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// A protected instance: a production site server, the DR site server SDRS created for it, and the replication
/// pairs of their disks, inside a protection group (reference 5.5.3 Table 5-19, 5.5.4 Table 5-23, 5.5.5 Table 5-28).
/// </summary>
public sealed class ProtectedInstance
{
    private IReadOnlyList<ProtectedInstanceAttachment> _attachment = [];
    private IReadOnlyList<ResourceTag> _tags = [];

    /// <summary>Gets the protected instance ID (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string Id
    {
        get;
        set => field = value ?? string.Empty;
    } = string.Empty;

    /// <summary>Gets the protected instance name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets the protected instance description (<c>description</c>).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets the ID of the protection group the instance belongs to (<c>server_group_id</c>).</summary>
    [JsonPropertyName("server_group_id")]
    public string? ServerGroupId { get; set; }

    /// <summary>Gets the status (<c>status</c>), one of Appendix A.3 or a value added later.</summary>
    [JsonPropertyName("status")]
    public ProtectedInstanceStatus Status { get; set; }

    /// <summary>
    /// Gets the synchronization progress, in percent (<c>progress</c>); <see langword="null"/> when the service sent no
    /// value.
    /// </summary>
    [JsonPropertyName("progress")]
    public int? Progress { get; set; }

    /// <summary>Gets the ID of the production site server (<c>source_server</c>).</summary>
    [JsonPropertyName("source_server")]
    public string? SourceServer { get; set; }

    /// <summary>Gets the ID of the DR site server (<c>target_server</c>).</summary>
    [JsonPropertyName("target_server")]
    public string? TargetServer { get; set; }

    /// <summary>Gets when the protected instance was created (<c>created_at</c>), in UTC.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets when the protected instance was last updated (<c>updated_at</c>), in UTC.</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>
    /// Gets which AZ of the protection group is currently the production site (<c>priority_station</c>):
    /// <see cref="PriorityStation.Source"/> or <see cref="PriorityStation.Target"/>.
    /// </summary>
    [JsonPropertyName("priority_station")]
    public PriorityStation PriorityStation { get; set; }

    /// <summary>Gets the replication pairs attached to the instance (<c>attachment</c>); empty when there are
    /// none.</summary>
    [JsonPropertyName("attachment")]
    public IReadOnlyList<ProtectedInstanceAttachment> Attachment
    {
        get => _attachment;
        set => _attachment = value ?? [];
    }

    /// <summary>Gets the instance's tags (<c>tags</c>); empty when there are none.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<ResourceTag> Tags
    {
        get => _tags;
        set => _tags = value ?? [];
    }

    /// <summary>Gets the instance's metadata (<c>metadata</c>), such as whether it is frozen.</summary>
    [JsonPropertyName("metadata")]
    public ProtectedInstanceMetadata? Metadata { get; set; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Id}): {Status}";
}
