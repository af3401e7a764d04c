using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>
/// An active-active domain: a local and a remote storage device through which servers reach data across data
/// centres (reference 5.3.1, Table 5-6). A protection group is created in one.
/// </summary>
public sealed class ActiveDomain
{
    /// <summary>Gets the domain ID (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string Id
    {
        get;
        set => field = value ?? string.Empty;
    } = string.Empty;

    /// <summary>Gets the domain name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets the domain description (<c>description</c>).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>
    /// Gets a value indicating whether the domain's resources are sold out (<c>sold_out</c>);
    /// <see langword="null"/> when the service sent no value.
    /// </summary>
    [JsonPropertyName("sold_out")]
    public bool? SoldOut { get; set; }

    /// <summary>Gets the replication cluster in one AZ of the domain (<c>local_replication_cluster</c>).</summary>
    [JsonPropertyName("local_replication_cluster")]
    public ReplicationCluster? LocalReplicationCluster { get; set; }

    /// <summary>Gets the replication cluster in the other AZ of the domain
    /// (<c>remote_replication_cluster</c>).</summary>
    [JsonPropertyName("remote_replication_cluster")]
    public ReplicationCluster? RemoteReplicationCluster { get; set; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Name} ({Id}): {LocalReplicationCluster?.AvailabilityZone} <-> {RemoteReplicationCluster?.AvailabilityZone}";
}
