using System.Text.Json.Serialization;
using Refit;
using SdrsSdk.Http.Internal;
using SdrsSdk.Jobs.Internal;

namespace SdrsSdk.Resources.ProtectedInstances.Internal;

/// <summary>The protected instance API (reference 5.5).</summary>
internal interface IProtectedInstancesApi
{
    /// <summary>POST /v1/{project_id}/protected-instances (5.5.1).</summary>
    [Post("protected-instances")]
    Task<JobIdEnvelope> CreateAsync([Body] CreateProtectedInstanceBody body, CancellationToken cancellationToken);

    /// <summary>DELETE /v1/{project_id}/protected-instances/{protected_instance_id} (5.5.2), with a JSON
    /// body.</summary>
    [Delete("protected-instances/{protectedInstanceId}")]
    Task<JobIdEnvelope> DeleteAsync(
        string protectedInstanceId,
        [Body] DeleteProtectedInstanceRequest body,
        CancellationToken cancellationToken
    );

    /// <summary>GET /v1/{project_id}/protected-instances (5.5.3).</summary>
    [Get("protected-instances")]
    Task<ProtectedInstanceListEnvelope> ListAsync(
        [AliasAs("server_group_id")] string? serverGroupId,
        [AliasAs("server_group_ids")] string? serverGroupIds,
        [AliasAs("protected_instance_ids")] string? protectedInstanceIds,
        [AliasAs("limit")] int? limit,
        [AliasAs("offset")] int? offset,
        [AliasAs("status")] string? status,
        [AliasAs("name")] string? name,
        [AliasAs("query_type")] string? queryType,
        [AliasAs("availability_zone")] string? availabilityZone,
        CancellationToken cancellationToken
    );

    /// <summary>GET /v1/{project_id}/protected-instances/{protected_instance_id} (5.5.4).</summary>
    [Get("protected-instances/{protectedInstanceId}")]
    Task<ProtectedInstanceEnvelope> GetAsync(string protectedInstanceId, CancellationToken cancellationToken);

    /// <summary>PUT /v1/{project_id}/protected-instances/{protected_instance_id} (5.5.5).</summary>
    [Put("protected-instances/{protectedInstanceId}")]
    Task<ProtectedInstanceEnvelope> UpdateAsync(
        string protectedInstanceId,
        [Body] UpdateProtectedInstanceBody body,
        CancellationToken cancellationToken
    );

    /// <summary>POST /v1/{project_id}/protected-instances/{protected_instance_id}/attachreplication (5.5.6).</summary>
    [Post("protected-instances/{protectedInstanceId}/attachreplication")]
    Task<JobIdEnvelope> AttachReplicationAsync(
        string protectedInstanceId,
        [Body] AttachReplicationBody body,
        CancellationToken cancellationToken
    );

    /// <summary>DELETE /v1/{project_id}/protected-instances/{protected_instance_id}/detachreplication/{replication_id}
    /// (5.5.7).</summary>
    [Delete("protected-instances/{protectedInstanceId}/detachreplication/{replicationId}")]
    Task<JobIdEnvelope> DetachReplicationAsync(
        string protectedInstanceId,
        string replicationId,
        CancellationToken cancellationToken
    );

    /// <summary>POST /v1/{project_id}/protected-instances/{protected_instance_id}/nic (5.5.8).</summary>
    [Post("protected-instances/{protectedInstanceId}/nic")]
    Task<JobIdEnvelope> AddNicAsync(
        string protectedInstanceId,
        [Body] AddNicBody body,
        CancellationToken cancellationToken
    );

    /// <summary>POST /v1/{project_id}/protected-instances/{protected_instance_id}/nic/delete (5.5.9).</summary>
    [Post("protected-instances/{protectedInstanceId}/nic/delete")]
    Task<JobIdEnvelope> DeleteNicAsync(
        string protectedInstanceId,
        [Body] DeleteNicBody body,
        CancellationToken cancellationToken
    );

    /// <summary>POST /v1/{project_id}/protected-instances/{protected_instance_id}/resize (5.5.10).</summary>
    [Post("protected-instances/{protectedInstanceId}/resize")]
    Task<JobIdEnvelope> ResizeAsync(
        string protectedInstanceId,
        [Body] ResizeBody body,
        CancellationToken cancellationToken
    );

    /// <summary>POST /v1/{project_id}/protected-instances/batch (5.5.11); answers 202.</summary>
    [Post("protected-instances/batch")]
    Task<JobIdEnvelope> BatchCreateAsync([Body] BatchCreateBody body, CancellationToken cancellationToken);

    /// <summary>POST /v1/{project_id}/protected-instances/delete (5.5.12); answers 202.</summary>
    [Post("protected-instances/delete")]
    Task<JobIdEnvelope> BatchDeleteAsync([Body] BatchDeleteBody body, CancellationToken cancellationToken);
}

/// <summary>Body of POST protected-instances: <c>{"protected_instance": {…}}</c>.</summary>
internal sealed class CreateProtectedInstanceBody
{
    [JsonPropertyName("protected_instance")]
    public required CreateProtectedInstanceRequest ProtectedInstance { get; set; }
}

/// <summary>Body of PUT protected-instances/{id}: <c>{"protected_instance": {"name": …}}</c>.</summary>
internal sealed class UpdateProtectedInstanceBody
{
    [JsonPropertyName("protected_instance")]
    public required UpdateProtectedInstanceRequest ProtectedInstance { get; set; }
}

/// <summary>Body of POST …/attachreplication: <c>{"replicationAttachment": {…}}</c>.</summary>
internal sealed class AttachReplicationBody
{
    [JsonPropertyName("replicationAttachment")]
    public required AttachReplicationPairRequest ReplicationAttachment { get; set; }
}

/// <summary>Body of POST …/nic (flat, Table 5-33).</summary>
internal sealed class AddNicBody
{
    [JsonPropertyName("subnet_id")]
    public required string SubnetId { get; set; }

    [JsonPropertyName("security_groups")]
    public IReadOnlyList<IdArguments>? SecurityGroups { get; set; }

    [JsonPropertyName("ip_address")]
    public string? IpAddress { get; set; }
}

/// <summary>An object that holds only an ID: <c>{"id": …}</c> (Tables 5-33 and 5-38).</summary>
internal sealed class IdArguments
{
    [JsonPropertyName("id")]
    public required string Id { get; set; }
}

/// <summary>Body of POST …/nic/delete.</summary>
internal sealed class DeleteNicBody
{
    [JsonPropertyName("nic_id")]
    public required string NicId { get; set; }
}

/// <summary>Body of POST …/resize: <c>{"resize": {…}}</c>.</summary>
internal sealed class ResizeBody
{
    [JsonPropertyName("resize")]
    public required ResizeProtectedInstanceRequest Resize { get; set; }
}

/// <summary>Body of POST protected-instances/batch: <c>{"protected_instances": {…}}</c> (one object, not an
/// array).</summary>
internal sealed class BatchCreateBody
{
    [JsonPropertyName("protected_instances")]
    public required BatchCreateProtectedInstancesRequest ProtectedInstances { get; set; }
}

/// <summary>Body of POST protected-instances/delete.</summary>
internal sealed class BatchDeleteBody
{
    [JsonPropertyName("protected_instances")]
    public required IReadOnlyList<IdArguments> ProtectedInstances { get; set; }

    [JsonPropertyName("delete_target_server")]
    public bool DeleteTargetServer { get; set; }

    [JsonPropertyName("delete_target_eip")]
    public bool DeleteTargetEip { get; set; }
}

/// <summary>Body of GET protected-instances.</summary>
internal sealed class ProtectedInstanceListEnvelope : SdrsResponseCarrier, IJsonOnDeserialized
{
    [JsonRequired]
    [JsonPropertyName("protected_instances")]
    public IReadOnlyList<ProtectedInstance> ProtectedInstances { get; set; } = null!;

    [JsonPropertyName("count")]
    public int? Count { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => SdrsResponseReader.Require(ProtectedInstances, "protected_instances");
}

/// <summary>Body of GET and PUT protected-instances/{id}.</summary>
internal sealed class ProtectedInstanceEnvelope : IJsonOnDeserialized
{
    [JsonRequired]
    [JsonPropertyName("protected_instance")]
    public ProtectedInstance ProtectedInstance { get; set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => SdrsResponseReader.Require(ProtectedInstance, "protected_instance");
}
