using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using SdrsSdk.Benchmarks.Data;
using SdrsSdk.Benchmarks.Floor;
using SdrsSdk.Serialization;

namespace SdrsSdk.Benchmarks;

/// <summary>
/// Why the 1,000-item list costs more than its floor: the SDK's models have <c>init</c>-only properties, and
/// System.Text.Json's source generator can only set those in an object initializer, so it reads each object through
/// its parameterized-constructor path (every value boxed into an <c>object[]</c>, then copied). The same model with
/// <c>set</c> accessors (<see cref="SettableServerGroup"/>, same converters, same options) shows what that path costs.
/// Diagnostic only: not one of the targets.
/// </summary>
[MemoryDiagnoser]
public class ModelShapeBenchmarks
{
    private byte[] _json = null!;

    [GlobalSetup]
    public void Setup() => _json = ServerGroupJson.List(1000);

    [Benchmark(Baseline = true)]
    public object Floor() => JsonSerializer.Deserialize(_json, FloorJsonContext.Default.FloorServerGroupList)!;

    [Benchmark]
    public object Sdk_InitOnlyModel() => JsonSerializer.Deserialize(_json, SdrsJsonContext.Default.ServerGroupList)!;

    [Benchmark]
    public object SettableModel() => JsonSerializer.Deserialize(_json, SettableModelContext.Default.SettableServerGroupList)!;
}

/// <summary><see cref="ServerGroup"/> with <c>set</c> instead of <c>init</c>: every property, converter and wire name the same.</summary>
internal sealed class SettableServerGroup
{
    /// <summary>Gets the protection group ID (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the protection group name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets the protection group description (<c>description</c>).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets the status (<c>status</c>), one of Appendix A.2 or a value added later.</summary>
    [JsonPropertyName("status")]
    public ServerGroupStatus Status { get; set; }

    /// <summary>Gets the synchronization progress of the protection group, in percent (<c>progress</c>).</summary>
    [JsonPropertyName("progress")]
    public int Progress { get; set; }

    /// <summary>
    /// Gets the production site AZ configured when the group was created (<c>source_availability_zone</c>); it does
    /// not change after a planned failover or failover.
    /// </summary>
    [JsonPropertyName("source_availability_zone")]
    public string? SourceAvailabilityZone { get; set; }

    /// <summary>
    /// Gets the DR site AZ configured when the group was created (<c>target_availability_zone</c>); it does not
    /// change after a planned failover or failover.
    /// </summary>
    [JsonPropertyName("target_availability_zone")]
    public string? TargetAvailabilityZone { get; set; }

    /// <summary>Gets the ID of the active-active domain (<c>domain_id</c>).</summary>
    [JsonPropertyName("domain_id")]
    public string? DomainId { get; set; }

    /// <summary>Gets the name of the active-active domain (<c>domain_name</c>).</summary>
    [JsonPropertyName("domain_name")]
    public string? DomainName { get; set; }

    /// <summary>
    /// Gets which configured AZ is the current production site (<c>priority_station</c>):
    /// <see cref="PriorityStation.Source"/> or <see cref="PriorityStation.Target"/>.
    /// </summary>
    [JsonPropertyName("priority_station")]
    public PriorityStation? PriorityStation { get; set; }

    /// <summary>Gets the number of protected instances in the group (<c>protected_instance_num</c>).</summary>
    [JsonPropertyName("protected_instance_num")]
    public int ProtectedInstanceNum { get; set; }

    /// <summary>Gets the number of replication pairs in the group (<c>replication_num</c>).</summary>
    [JsonPropertyName("replication_num")]
    public int ReplicationNum { get; set; }

    /// <summary>Gets the number of DR drills in the group (<c>disaster_recovery_drill_num</c>).</summary>
    [JsonPropertyName("disaster_recovery_drill_num")]
    public int DisasterRecoveryDrillNum { get; set; }

    /// <summary>
    /// Gets whether protection is enabled (<c>protected_status</c>): started or stopped; <see langword="null"/> for
    /// groups created after the system upgrade the reference mentions.
    /// </summary>
    [JsonPropertyName("protected_status")]
    public ServerGroupProtectedStatus? ProtectedStatus { get; set; }

    /// <summary>
    /// Gets the data synchronization status (<c>replication_status</c>); <see langword="null"/> for groups created
    /// after the system upgrade the reference mentions.
    /// </summary>
    [JsonPropertyName("replication_status")]
    public ReplicationStatus? ReplicationStatus { get; set; }

    /// <summary>
    /// Gets the health of the group (<c>health_status</c>): normal or abnormal; <see langword="null"/> for groups
    /// created after the system upgrade the reference mentions.
    /// </summary>
    [JsonPropertyName("health_status")]
    public ServerGroupHealthStatus? HealthStatus { get; set; }

    /// <summary>Gets the ID of the production site VPC (<c>source_vpc_id</c>).</summary>
    [JsonPropertyName("source_vpc_id")]
    public string? SourceVpcId { get; set; }

    /// <summary>Gets the ID of the DR site VPC (<c>target_vpc_id</c>).</summary>
    [JsonPropertyName("target_vpc_id")]
    public string? TargetVpcId { get; set; }

    /// <summary>Gets the ID of the VPC used for DR drills (<c>test_vpc_id</c>); reserved by the reference.</summary>
    [JsonPropertyName("test_vpc_id")]
    public string? TestVpcId { get; set; }

    /// <summary>Gets the deployment model (<c>dr_type</c>), by default <see cref="DrType.Migration"/>.</summary>
    [JsonPropertyName("dr_type")]
    public DrType? DrType { get; set; }

    /// <summary>Gets the type of managed servers (<c>server_type</c>), for example <see cref="ServerType.Ecs"/>.</summary>
    [JsonPropertyName("server_type")]
    public ServerType? ServerType { get; set; }

    /// <summary>Gets when the group was created (<c>created_at</c>), in UTC.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets when the group was last updated (<c>updated_at</c>), in UTC.</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>
    /// Gets the level at which data is synchronized (<c>protection_type</c>): <see cref="ProtectionType.ReplicationPair"/>,
    /// or <see langword="null"/> for the replication consistency group level.
    /// </summary>
    [JsonPropertyName("protection_type")]
    public ProtectionType? ProtectionType { get; set; }

    /// <summary>Gets the replication model (<c>replication_model</c>); reserved by the reference.</summary>
    [JsonPropertyName("replication_model")]
    public string? ReplicationModel { get; set; }
}

internal sealed class SettableServerGroupList
{
    [JsonPropertyName("server_groups")] public List<SettableServerGroup>? ServerGroups { get; set; }
    [JsonPropertyName("count")] public int? Count { get; set; }
}

/// <summary>The SDK context's options, over the settable model.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(SettableServerGroupList))]
internal sealed partial class SettableModelContext : JsonSerializerContext
{
}
