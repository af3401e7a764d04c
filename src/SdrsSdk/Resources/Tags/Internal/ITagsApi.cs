using System.Text.Json.Serialization;
using Refit;
using SdrsSdk.Http.Internal;

namespace SdrsSdk.Resources.Tags.Internal;

/// <summary>The tag management API (reference 5.8).</summary>
internal interface ITagsApi
{
    /// <summary>POST /v1/{project_id}/protected-instances/resource_instances/action with action filter
    /// (5.8.1).</summary>
    [Post("protected-instances/resource_instances/action")]
    Task<TaggedProtectedInstancePage> FilterAsync([Body] TagFilterBody body, CancellationToken cancellationToken);

    /// <summary>POST /v1/{project_id}/protected-instances/resource_instances/action with action count
    /// (5.8.1).</summary>
    [Post("protected-instances/resource_instances/action")]
    Task<TagCountEnvelope> CountAsync([Body] TagFilterBody body, CancellationToken cancellationToken);

    /// <summary>POST /v1/{project_id}/protected-instances/{protected_instance_id}/tags/action (5.8.2 create, 5.8.3
    /// delete).</summary>
    [Post("protected-instances/{protectedInstanceId}/tags/action")]
    Task BatchAsync(string protectedInstanceId, [Body] TagBatchBody body, CancellationToken cancellationToken);

    /// <summary>POST /v1/{project_id}/protected-instances/{protected_instance_id}/tags (5.8.4).</summary>
    [Post("protected-instances/{protectedInstanceId}/tags")]
    Task AddAsync(string protectedInstanceId, [Body] TagEnvelope body, CancellationToken cancellationToken);

    /// <summary>
    /// DELETE /v1/{project_id}/protected-instances/{protected_instance_id}/tags/{key} (5.8.5). The caller passes the
    /// key percent-encoded (every character but the RFC 3986 unreserved ones), and Refit sends it verbatim.
    /// </summary>
    [Delete("protected-instances/{protectedInstanceId}/tags/{encodedKey}")]
    Task DeleteAsync(string protectedInstanceId, [Encoded] string encodedKey, CancellationToken cancellationToken);

    /// <summary>GET /v1/{project_id}/protected-instances/{protected_instance_id}/tags (5.8.6).</summary>
    [Get("protected-instances/{protectedInstanceId}/tags")]
    Task<ResourceTagListEnvelope> ListAsync(string protectedInstanceId, CancellationToken cancellationToken);

    /// <summary>GET /v1/{project_id}/protected-instances/tags (5.8.7).</summary>
    [Get("protected-instances/tags")]
    Task<ProjectTagListEnvelope> ListProjectAsync(CancellationToken cancellationToken);
}

/// <summary>Body of POST protected-instances/resource_instances/action (5.8.1); offset and limit are strings on the
/// wire.</summary>
internal sealed class TagFilterBody
{
    public const string FilterAction = "filter";
    public const string CountAction = "count";

    [JsonPropertyName("offset")]
    public string? Offset { get; set; }

    [JsonPropertyName("limit")]
    public string? Limit { get; set; }

    [JsonPropertyName("action")]
    public required string Action { get; set; }

    [JsonPropertyName("matches")]
    public IReadOnlyList<TagMatch>? Matches { get; set; }

    [JsonPropertyName("not_tags")]
    public IReadOnlyList<TagFilter>? NotTags { get; set; }

    [JsonPropertyName("tags")]
    public IReadOnlyList<TagFilter>? Tags { get; set; }

    [JsonPropertyName("tags_any")]
    public IReadOnlyList<TagFilter>? TagsAny { get; set; }

    [JsonPropertyName("not_tags_any")]
    public IReadOnlyList<TagFilter>? NotTagsAny { get; set; }
}

/// <summary>Answer of POST protected-instances/resource_instances/action with action count (5.8.1).</summary>
internal sealed class TagCountEnvelope : IJsonOnDeserialized
{
    [JsonRequired]
    [JsonPropertyName("total_count")]
    public int? TotalCount { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => SdrsResponseReader.Require(TotalCount, "total_count");
}

/// <summary>Body of POST protected-instances/{protected_instance_id}/tags/action (5.8.2, 5.8.3).</summary>
internal sealed class TagBatchBody
{
    public const string CreateAction = "create";
    public const string DeleteAction = "delete";

    [JsonPropertyName("action")]
    public required string Action { get; set; }

    [JsonPropertyName("tags")]
    public required IReadOnlyList<ResourceTag> Tags { get; set; }
}

/// <summary>Body of POST protected-instances/{protected_instance_id}/tags (5.8.4).</summary>
internal sealed class TagEnvelope
{
    [JsonPropertyName("tag")]
    public required ResourceTag Tag { get; set; }
}

/// <summary>Body of GET protected-instances/{protected_instance_id}/tags (5.8.6).</summary>
internal sealed class ResourceTagListEnvelope : IJsonOnDeserialized
{
    [JsonRequired]
    [JsonPropertyName("tags")]
    public IReadOnlyList<ResourceTag> Tags { get; set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => SdrsResponseReader.Require(Tags, "tags");
}

/// <summary>Body of GET protected-instances/tags (5.8.7).</summary>
internal sealed class ProjectTagListEnvelope : IJsonOnDeserialized
{
    [JsonRequired]
    [JsonPropertyName("tags")]
    public IReadOnlyList<ProjectTag> Tags { get; set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => SdrsResponseReader.Require(Tags, "tags");
}
