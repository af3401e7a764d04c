using System.Text.Json.Serialization;
using Refit;
using SdrsSdk.Http.Internal;
using SdrsSdk.Jobs.Internal;

namespace SdrsSdk.Resources.Replications.Internal;

/// <summary>The replication pair API (reference 5.6).</summary>
internal interface IReplicationsApi
{
    /// <summary>POST /v1/{project_id}/replications (5.6.1).</summary>
    [Post("replications")]
    Task<JobIdEnvelope> CreateAsync([Body] CreateReplicationBody body, CancellationToken cancellationToken);

    /// <summary>DELETE /v1/{project_id}/replications/{replication_id} (5.6.2), with a JSON body.</summary>
    [Delete("replications/{replicationId}")]
    Task<JobIdEnvelope> DeleteAsync(
        string replicationId,
        [Body] DeleteReplicationBody body,
        CancellationToken cancellationToken
    );

    /// <summary>GET /v1/{project_id}/replications (5.6.3).</summary>
    [Get("replications")]
    Task<ReplicationListEnvelope> ListAsync(
        [AliasAs("server_group_id")] string? serverGroupId,
        [AliasAs("server_group_ids")] string? serverGroupIds,
        [AliasAs("protected_instance_id")] string? protectedInstanceId,
        [AliasAs("protected_instance_ids")] string? protectedInstanceIds,
        [AliasAs("name")] string? name,
        [AliasAs("status")] string? status,
        [AliasAs("limit")] int? limit,
        [AliasAs("offset")] int? offset,
        [AliasAs("query_type")] string? queryType,
        [AliasAs("availability_zone")] string? availabilityZone,
        [AliasAs("volume_id")] string? volumeId,
        CancellationToken cancellationToken
    );

    /// <summary>GET /v1/{project_id}/replications/{replication_id} (5.6.4).</summary>
    [Get("replications/{replicationId}")]
    Task<ReplicationEnvelope> GetAsync(string replicationId, CancellationToken cancellationToken);

    /// <summary>POST /v1/{project_id}/replications/{replication_id}/action with <c>extend-replication</c>
    /// (5.6.5).</summary>
    [Post("replications/{replicationId}/action")]
    Task<JobIdEnvelope> ExpandAsync(
        string replicationId,
        [Body] ExpandReplicationBody body,
        CancellationToken cancellationToken
    );

    /// <summary>PUT /v1/{project_id}/replications/{replication_id} (5.6.6).</summary>
    [Put("replications/{replicationId}")]
    Task<ReplicationEnvelope> UpdateAsync(
        string replicationId,
        [Body] UpdateReplicationBody body,
        CancellationToken cancellationToken
    );
}

/// <summary>Body of POST /v1/{project_id}/replications.</summary>
internal sealed class CreateReplicationBody
{
    [JsonPropertyName("replication")]
    public required CreateReplicationPairRequest Replication { get; set; }
}

/// <summary>Body of DELETE /v1/{project_id}/replications/{replication_id}.</summary>
internal sealed class DeleteReplicationBody
{
    [JsonPropertyName("replication")]
    public required DeleteReplicationPairRequest Replication { get; set; }
}

/// <summary>Body of POST /v1/{project_id}/replications/{replication_id}/action (capacity expansion).</summary>
internal sealed class ExpandReplicationBody
{
    [JsonPropertyName("extend-replication")]
    public required ExtendReplicationArguments ExtendReplication { get; set; }
}

/// <summary>The <c>extend-replication</c> object (Table 5-47).</summary>
internal sealed class ExtendReplicationArguments
{
    [JsonPropertyName("new_size")]
    public int NewSize { get; set; }
}

/// <summary>Body of PUT /v1/{project_id}/replications/{replication_id}.</summary>
internal sealed class UpdateReplicationBody
{
    [JsonPropertyName("replication")]
    public required UpdateReplicationPairRequest Replication { get; set; }
}

/// <summary>Body of GET /v1/{project_id}/replications.</summary>
internal sealed class ReplicationListEnvelope : SdrsResponseCarrier, IJsonOnDeserialized
{
    [JsonRequired]
    [JsonPropertyName("replications")]
    public IReadOnlyList<ReplicationPair> Replications { get; set; } = null!;

    [JsonPropertyName("count")]
    public int? Count { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => SdrsResponseReader.Require(Replications, "replications");
}

/// <summary>Body of GET and PUT /v1/{project_id}/replications/{replication_id}.</summary>
internal sealed class ReplicationEnvelope : IJsonOnDeserialized
{
    [JsonRequired]
    [JsonPropertyName("replication")]
    public ReplicationPair Replication { get; set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => SdrsResponseReader.Require(Replication, "replication");
}
