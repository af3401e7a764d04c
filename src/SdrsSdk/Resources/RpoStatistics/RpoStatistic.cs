using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// One point of the RPO statistics: at <see cref="PointTime"/>, how many resources (replication pairs) had exceeded
/// their recovery point objective (<c>resource_rpo_statistics</c> of ListRpoStatistics).
/// </summary>
public sealed class RpoStatistic
{
    /// <summary>Gets the record's ID (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets the time point (<c>point_time</c>, minute precision on the wire: <c>2024-03-01 10:15</c>), in
    /// UTC.</summary>
    [JsonPropertyName("point_time")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? PointTime { get; set; }

    /// <summary>Gets how many resources exceeded their RPO at the time point (<c>resource_num</c>).</summary>
    [JsonPropertyName("resource_num")]
    public int? ResourceNum { get; set; }

    /// <summary>Gets the kind of resource counted (<c>resource_type</c>), for example <c>replication</c>.</summary>
    [JsonPropertyName("resource_type")]
    public string? ResourceType { get; set; }

    /// <summary>Gets when the record was created (<c>created_at</c>), in UTC.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets when the record was last updated (<c>updated_at</c>), in UTC.</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }
}
