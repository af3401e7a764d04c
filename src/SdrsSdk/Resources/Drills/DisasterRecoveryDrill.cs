using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// A disaster recovery (DR) drill: drill servers started at the DR site from a protection group's replicated data, in
/// a drill VPC, without stopping replication (reference 5.7, Tables 5-53, 5-55 and 5-58).
/// </summary>
public sealed class DisasterRecoveryDrill
{
    private string _id = string.Empty;
    private IReadOnlyList<DrillServer> _drillServers = [];

    /// <summary>Gets the DR drill ID (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string Id
    {
        get => _id;
        set => _id = value ?? string.Empty;
    }

    /// <summary>Gets the DR drill name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets the DR drill status (<c>status</c>, Appendix A.5).</summary>
    [JsonPropertyName("status")]
    public DisasterRecoveryDrillStatus Status { get; set; }

    /// <summary>Gets the ID of the protection group the drill is for (<c>server_group_id</c>).</summary>
    [JsonPropertyName("server_group_id")]
    public string? ServerGroupId { get; set; }

    /// <summary>Gets the ID of the VPC the drill servers run in (<c>drill_vpc_id</c>).</summary>
    [JsonPropertyName("drill_vpc_id")]
    public string? DrillVpcId { get; set; }

    /// <summary>Gets when the drill was created (<c>created_at</c>), in UTC.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets when the drill was last updated (<c>updated_at</c>), in UTC.</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Gets the drill servers, one per protected instance (<c>drill_servers</c>); empty when there are
    /// none.</summary>
    [JsonPropertyName("drill_servers")]
    public IReadOnlyList<DrillServer> DrillServers
    {
        get => _drillServers;
        set => _drillServers = value ?? [];
    }

    /// <inheritdoc/>
    public override string ToString() => $"DR drill {Name} ({Id}): {Status}";
}
