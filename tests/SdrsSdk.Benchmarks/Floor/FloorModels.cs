using System.Text.Json.Serialization;

namespace SdrsSdk.Benchmarks.Floor;

/// <summary>
/// The floor's protection group: every field of reference 5.4.2 as a plain string (statuses and timestamps too);
/// the four counters are numbers on the wire, so they stay <see cref="int"/>.
/// </summary>
internal sealed class FloorServerGroup
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("progress")]
    public int Progress { get; set; }

    [JsonPropertyName("source_availability_zone")]
    public string? SourceAvailabilityZone { get; set; }

    [JsonPropertyName("target_availability_zone")]
    public string? TargetAvailabilityZone { get; set; }

    [JsonPropertyName("domain_id")]
    public string? DomainId { get; set; }

    [JsonPropertyName("domain_name")]
    public string? DomainName { get; set; }

    [JsonPropertyName("priority_station")]
    public string? PriorityStation { get; set; }

    [JsonPropertyName("protected_instance_num")]
    public int ProtectedInstanceNum { get; set; }

    [JsonPropertyName("replication_num")]
    public int ReplicationNum { get; set; }

    [JsonPropertyName("disaster_recovery_drill_num")]
    public int DisasterRecoveryDrillNum { get; set; }

    [JsonPropertyName("protected_status")]
    public string? ProtectedStatus { get; set; }

    [JsonPropertyName("replication_status")]
    public string? ReplicationStatus { get; set; }

    [JsonPropertyName("health_status")]
    public string? HealthStatus { get; set; }

    [JsonPropertyName("source_vpc_id")]
    public string? SourceVpcId { get; set; }

    [JsonPropertyName("target_vpc_id")]
    public string? TargetVpcId { get; set; }

    [JsonPropertyName("test_vpc_id")]
    public string? TestVpcId { get; set; }

    [JsonPropertyName("dr_type")]
    public string? DrType { get; set; }

    [JsonPropertyName("server_type")]
    public string? ServerType { get; set; }

    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; set; }

    [JsonPropertyName("updated_at")]
    public string? UpdatedAt { get; set; }

    [JsonPropertyName("protection_type")]
    public string? ProtectionType { get; set; }

    [JsonPropertyName("replication_model")]
    public string? ReplicationModel { get; set; }
}

internal sealed class FloorServerGroupList
{
    [JsonPropertyName("server_groups")]
    public List<FloorServerGroup>? ServerGroups { get; set; }

    [JsonPropertyName("count")]
    public int? Count { get; set; }
}

internal sealed class FloorServerGroupEnvelope
{
    [JsonPropertyName("server_group")]
    public FloorServerGroup? ServerGroup { get; set; }
}

internal sealed class FloorCreateServerGroup
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("source_availability_zone")]
    public string? SourceAvailabilityZone { get; set; }

    [JsonPropertyName("target_availability_zone")]
    public string? TargetAvailabilityZone { get; set; }

    [JsonPropertyName("domain_id")]
    public string? DomainId { get; set; }

    [JsonPropertyName("source_vpc_id")]
    public string? SourceVpcId { get; set; }

    [JsonPropertyName("dr_type")]
    public string? DrType { get; set; }
}

internal sealed class FloorCreateServerGroupBody
{
    [JsonPropertyName("server_group")]
    public FloorCreateServerGroup? ServerGroup { get; set; }
}

internal sealed class FloorJobReference
{
    [JsonPropertyName("job_id")]
    public string? JobId { get; set; }
}

/// <summary>The floor's System.Text.Json source-generated context: default options, no converters.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FloorServerGroupList))]
[JsonSerializable(typeof(FloorServerGroupEnvelope))]
[JsonSerializable(typeof(FloorCreateServerGroupBody))]
[JsonSerializable(typeof(FloorJobReference))]
internal sealed partial class FloorJsonContext : JsonSerializerContext { }
