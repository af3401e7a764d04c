using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>The details of a protected instance found by tag (reference 5.8.1, <c>resource_detail</c>, Tables 5-63 to 5-66).</summary>
public sealed class TaggedProtectedInstanceDetail
{
    /// <summary>The metadata key that marks a frozen resource (<c>__system__frozen</c>, Table 5-66).</summary>
    public const string FrozenMetadataKey = "__system__frozen";

    /// <summary>Gets the protected instance ID (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the protected instance name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the protected instance description (<c>description</c>).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the ID of the protection group the instance belongs to (<c>server_group_id</c>).</summary>
    [JsonPropertyName("server_group_id")]
    public string? ServerGroupId { get; init; }

    /// <summary>Gets the protected instance status (<c>status</c>), one of the values of Appendix A.3 such as <c>protected</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the synchronization progress in percent (<c>progress</c>).</summary>
    [JsonPropertyName("progress")]
    public int? Progress { get; init; }

    /// <summary>Gets the ID of the production site server (<c>source_server</c>).</summary>
    [JsonPropertyName("source_server")]
    public string? SourceServer { get; init; }

    /// <summary>Gets the ID of the DR site server (<c>target_server</c>).</summary>
    [JsonPropertyName("target_server")]
    public string? TargetServer { get; init; }

    /// <summary>Gets when the instance was created (<c>created_at</c>), in UTC.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the instance was last updated (<c>updated_at</c>), in UTC.</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>
    /// Gets which AZ of the protection group is the current production site (<c>priority_station</c>): <c>source</c>
    /// (the source AZ) or <c>target</c> (the target AZ).
    /// </summary>
    [JsonPropertyName("priority_station")]
    public string? PriorityStation { get; init; }

    /// <summary>Gets the attached replication pairs (<c>attachment</c>).</summary>
    [JsonPropertyName("attachment")]
    public IReadOnlyList<TaggedProtectedInstanceAttachment> Attachment { get; init; } = [];

    /// <summary>Gets the instance's tags (<c>tags</c>).</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<ResourceTag> Tags { get; init; } = [];

    /// <summary>Gets the instance's metadata (<c>metadata</c>), such as <see cref="FrozenMetadataKey"/>.</summary>
    [JsonPropertyName("metadata")]
    public IReadOnlyDictionary<string, string?> Metadata { get; init; } = new Dictionary<string, string?>();

    /// <summary>Gets a value indicating whether the instance is frozen (metadata <c>__system__frozen</c> is <c>true</c>).</summary>
    [JsonIgnore]
    public bool IsFrozen =>
        Metadata.TryGetValue(FrozenMetadataKey, out string? frozen) && string.Equals(frozen, "true", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Id}): {Status}";
}
