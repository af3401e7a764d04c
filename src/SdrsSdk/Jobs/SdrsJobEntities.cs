using System.Text.Json;
using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>
/// The objects an SDRS job acts on (reference 5.1.1, Table 5-1 <c>entities</c>): the ID of the resource it created
/// or changed, and its sub-jobs. Keys the reference does not list are kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class SdrsJobEntities
{
    /// <summary>Gets the protection group ID (<c>server_group_id</c>).</summary>
    [JsonPropertyName("server_group_id")]
    public string? ServerGroupId { get; set; }

    /// <summary>Gets the protected instance ID (<c>protected_instance_id</c>), for protected-instance jobs.</summary>
    [JsonPropertyName("protected_instance_id")]
    public string? ProtectedInstanceId { get; set; }

    /// <summary>Gets the replication pair ID (<c>replication_pair_id</c>), for replication-pair jobs.</summary>
    [JsonPropertyName("replication_pair_id")]
    public string? ReplicationPairId { get; set; }

    /// <summary>Gets the disks of the replication pair (<c>volume_ids</c>), for replication-pair jobs: the production
    /// site disk ID and the DR site disk ID, separated by a comma, as the pair's own <c>volume_ids</c> (reference
    /// 5.6.3).</summary>
    [JsonPropertyName("volume_ids")]
    public string? VolumeIds { get; set; }

    /// <summary>Gets the DR site server ID (<c>native_server_id</c>), for jobs that create a protected instance: the
    /// server the service created at the DR site.</summary>
    [JsonPropertyName("native_server_id")]
    public string? NativeServerId { get; set; }

    /// <summary>Gets the NIC's port ID (<c>nic_id</c>), for jobs that add or delete a NIC of a protected instance;
    /// the ID to pass when deleting a NIC that a job added.</summary>
    [JsonPropertyName("nic_id")]
    public string? NicId { get; set; }

    /// <summary>Gets the DR drill ID (<c>disaster_recovery_drill_id</c>), for DR-drill jobs.</summary>
    [JsonPropertyName("disaster_recovery_drill_id")]
    public string? DisasterRecoveryDrillId { get; set; }

    /// <summary>Gets the sub-jobs (<c>sub_jobs</c>); empty when the job has none.</summary>
    [JsonPropertyName("sub_jobs")]
    public IReadOnlyList<SdrsJob>? SubJobs { get; set; }

    /// <summary>Gets the entity keys this SDK version does not model, as raw JSON.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Reads an entity ID by its wire name, modelled or not.</summary>
    /// <param name="name">The wire name, for example <c>server_group_id</c>.</param>
    /// <param name="value">The ID, when present as a string.</param>
    /// <returns><see langword="true"/> when the entity holds a string under <paramref name="name"/>.</returns>
    public bool TryGetId(string name, out string? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        value = name switch
        {
            "server_group_id" => ServerGroupId,
            "protected_instance_id" => ProtectedInstanceId,
            "replication_pair_id" => ReplicationPairId,
            "disaster_recovery_drill_id" => DisasterRecoveryDrillId,
            "native_server_id" => NativeServerId,
            "nic_id" => NicId,
            _ => AdditionalProperties is not null
            && AdditionalProperties.TryGetValue(name, out JsonElement element)
            && element.ValueKind == JsonValueKind.String
                ? element.GetString()
                : null,
        };
        return !string.IsNullOrEmpty(value);
    }
}
