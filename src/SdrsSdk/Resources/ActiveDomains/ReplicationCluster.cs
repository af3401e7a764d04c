using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>The replication cluster of one AZ of an active-active domain (reference 5.3.1, Tables 5-7 and
/// 5-8).</summary>
public sealed class ReplicationCluster
{
    /// <summary>Gets the AZ name (<c>availability_zone</c>), for example <c>cn-north-1a</c>.</summary>
    [JsonPropertyName("availability_zone")]
    public string? AvailabilityZone { get; set; }
}
