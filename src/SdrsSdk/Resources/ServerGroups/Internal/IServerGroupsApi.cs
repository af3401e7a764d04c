using System.Text.Json.Serialization;
using Refit;
using SdrsSdk.Http.Internal;
using SdrsSdk.Jobs.Internal;

namespace SdrsSdk.Resources.ServerGroups.Internal;

/// <summary>The protection group API (reference 5.4).</summary>
internal interface IServerGroupsApi
{
    /// <summary>POST /v1/{project_id}/server-groups (5.4.1).</summary>
    [Post("server-groups")]
    Task<JobIdEnvelope> CreateAsync([Body] CreateServerGroupBody body, CancellationToken cancellationToken);

    /// <summary>GET /v1/{project_id}/server-groups (5.4.2).</summary>
    [Get("server-groups")]
    Task<ServerGroupListEnvelope> ListAsync(
        [AliasAs("limit")] int? limit,
        [AliasAs("offset")] int? offset,
        [AliasAs("status")] string? status,
        [AliasAs("name")] string? name,
        [AliasAs("query_type")] string? queryType,
        [AliasAs("availability_zone")] string? availabilityZone,
        CancellationToken cancellationToken
    );

    /// <summary>GET /v1/{project_id}/server-groups/{server_group_id} (5.4.3).</summary>
    [Get("server-groups/{serverGroupId}")]
    Task<ServerGroupEnvelope> GetAsync(string serverGroupId, CancellationToken cancellationToken);

    /// <summary>DELETE /v1/{project_id}/server-groups/{server_group_id} (5.4.4).</summary>
    [Delete("server-groups/{serverGroupId}")]
    Task<JobIdEnvelope> DeleteAsync(string serverGroupId, CancellationToken cancellationToken);

    /// <summary>PUT /v1/{project_id}/server-groups/{server_group_id} (5.4.5).</summary>
    [Put("server-groups/{serverGroupId}")]
    Task<ServerGroupEnvelope> UpdateAsync(
        string serverGroupId,
        [Body] UpdateServerGroupBody body,
        CancellationToken cancellationToken
    );

    /// <summary>POST /v1/{project_id}/server-groups/{server_group_id}/action (5.4.6 to 5.4.9).</summary>
    [Post("server-groups/{serverGroupId}/action")]
    Task<JobIdEnvelope> ActionAsync(
        string serverGroupId,
        [Body] ServerGroupActionBody body,
        CancellationToken cancellationToken
    );
}

/// <summary>Body of POST /v1/{project_id}/server-groups.</summary>
internal sealed class CreateServerGroupBody
{
    [JsonPropertyName("server_group")]
    public required CreateServerGroupRequest ServerGroup { get; set; }
}

/// <summary>Body of PUT /v1/{project_id}/server-groups/{server_group_id}.</summary>
internal sealed class UpdateServerGroupBody
{
    [JsonPropertyName("server_group")]
    public required UpdateServerGroupRequest ServerGroup { get; set; }
}

/// <summary>Body of GET /v1/{project_id}/server-groups.</summary>
internal sealed class ServerGroupListEnvelope : SdrsResponseCarrier, IJsonOnDeserialized
{
    [JsonRequired]
    [JsonPropertyName("server_groups")]
    public IReadOnlyList<ServerGroup> ServerGroups { get; set; } = null!;

    [JsonPropertyName("count")]
    public int? Count { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => SdrsResponseReader.Require(ServerGroups, "server_groups");
}

/// <summary>Body of GET and PUT /v1/{project_id}/server-groups/{server_group_id}.</summary>
internal sealed class ServerGroupEnvelope : IJsonOnDeserialized
{
    [JsonRequired]
    [JsonPropertyName("server_group")]
    public ServerGroup ServerGroup { get; set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => SdrsResponseReader.Require(ServerGroup, "server_group");
}

/// <summary>
/// Body of POST /v1/{project_id}/server-groups/{server_group_id}/action: exactly one of the dashed action keys is set;
/// the others are left out.
/// </summary>
internal sealed class ServerGroupActionBody
{
    [JsonPropertyName("start-server-group")]
    public EmptyActionArguments? Start { get; set; }

    [JsonPropertyName("stop-server-group")]
    public EmptyActionArguments? Stop { get; set; }

    [JsonPropertyName("failover-server-group")]
    public EmptyActionArguments? Failover { get; set; }

    [JsonPropertyName("reverse-server-group")]
    public ReverseServerGroupArguments? Reverse { get; set; }
}

/// <summary>An action without arguments: the reference sends <c>{}</c>.</summary>
internal sealed class EmptyActionArguments
{
    public static EmptyActionArguments Instance { get; } = new();
}

/// <summary>The arguments of <c>reverse-server-group</c> (5.4.9, Table 5-16).</summary>
internal sealed class ReverseServerGroupArguments
{
    [JsonPropertyName("priority_station")]
    public required PriorityStation PriorityStation { get; set; }
}
