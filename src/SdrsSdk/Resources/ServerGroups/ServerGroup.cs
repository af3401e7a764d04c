using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// A protection group: a pair of AZs (production site and DR site) in an active-active domain, and the servers and
/// disks protected between them (reference 5.4.2 Table 5-10, 5.4.3 Table 5-11, 5.4.5 Table 5-14).
/// </summary>
public sealed class ServerGroup
{
    /// <summary>Gets the protection group ID (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string Id
    {
        get;
        set => field = value ?? string.Empty;
    } = string.Empty;

    /// <summary>Gets the protection group name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets the protection group description (<c>description</c>).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets the status (<c>status</c>), one of Appendix A.2 or a value added later.</summary>
    [JsonPropertyName("status")]
    public ServerGroupStatus Status { get; set; }

    /// <summary>
    /// Gets the synchronization progress of the protection group, in percent (<c>progress</c>); <see langword="null"/>
    /// when the service sent no value.
    /// </summary>
    [JsonPropertyName("progress")]
    public int? Progress { get; set; }

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

    /// <summary>
    /// Gets the number of protected instances in the group (<c>protected_instance_num</c>); <see langword="null"/> when
    /// the service sent no value.
    /// </summary>
    [JsonPropertyName("protected_instance_num")]
    public int? ProtectedInstanceNum { get; set; }

    /// <summary>
    /// Gets the number of replication pairs in the group (<c>replication_num</c>); <see langword="null"/> when the
    /// service sent no value.
    /// </summary>
    [JsonPropertyName("replication_num")]
    public int? ReplicationNum { get; set; }

    /// <summary>
    /// Gets the number of DR drills in the group (<c>disaster_recovery_drill_num</c>); <see langword="null"/> when the
    /// service sent no value.
    /// </summary>
    [JsonPropertyName("disaster_recovery_drill_num")]
    public int? DisasterRecoveryDrillNum { get; set; }

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
    public ReplicationPairReplicationStatus? ReplicationStatus { get; set; }

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

    /// <summary>Gets the type of managed servers (<c>server_type</c>), for example <see
    /// cref="ServerType.Ecs"/>.</summary>
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
    /// Gets the level at which data is synchronized (<c>protection_type</c>): <see
    /// cref="ProtectionType.ReplicationPair"/>, or <see langword="null"/> for the replication consistency group level.
    /// </summary>
    [JsonPropertyName("protection_type")]
    public ProtectionType? ProtectionType { get; set; }

    /// <summary>Gets the replication model (<c>replication_model</c>); reserved by the reference.</summary>
    [JsonPropertyName("replication_model")]
    public ReplicationModel? ReplicationModel { get; set; }

    /// <summary>
    /// Gets the AZ that is the production site now, after any planned failover or failover: the source AZ when
    /// <see cref="PriorityStation"/> is <c>source</c>, the target AZ when it is <c>target</c>, otherwise
    /// <see langword="null"/>.
    /// </summary>
    [JsonIgnore]
    public string? CurrentProductionAvailabilityZone =>
        PriorityStation == SdrsSdk.PriorityStation.Source ? SourceAvailabilityZone
        : PriorityStation == SdrsSdk.PriorityStation.Target ? TargetAvailabilityZone
        : null;

    /// <summary>
    /// Gets the AZ that is the DR site now, after any planned failover or failover: the other AZ of
    /// <see cref="CurrentProductionAvailabilityZone"/>, or <see langword="null"/> when that is unknown.
    /// </summary>
    [JsonIgnore]
    public string? CurrentDisasterRecoveryAvailabilityZone =>
        PriorityStation == SdrsSdk.PriorityStation.Source ? TargetAvailabilityZone
        : PriorityStation == SdrsSdk.PriorityStation.Target ? SourceAvailabilityZone
        : null;

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Id}): {Status}";
}
