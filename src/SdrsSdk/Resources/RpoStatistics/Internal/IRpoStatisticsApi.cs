using System.Text.Json.Serialization;
using Refit;
using SdrsSdk.Http.Internal;

namespace SdrsSdk.Resources.RpoStatistics.Internal;

/// <summary>The RPO statistics API (newer than the reference's Issue 05; Huawei Cloud's ListRpoStatistics).</summary>
internal interface IRpoStatisticsApi
{
    /// <summary>GET /v1/{project_id}/resource/rpo-statistics.</summary>
    [Get("resource/rpo-statistics")]
    Task<RpoStatisticListEnvelope> ListAsync(
        [AliasAs("limit")] int? limit,
        [AliasAs("offset")] int? offset,
        [AliasAs("start_time")] string? startTime,
        [AliasAs("end_time")] string? endTime,
        [AliasAs("resource_type")] string? resourceType,
        CancellationToken cancellationToken
    );
}

/// <summary>Body of GET /v1/{project_id}/resource/rpo-statistics.</summary>
internal sealed class RpoStatisticListEnvelope : SdrsResponseCarrier, IJsonOnDeserialized
{
    [JsonRequired]
    [JsonPropertyName("resource_rpo_statistics")]
    public IReadOnlyList<RpoStatistic> Statistics { get; set; } = null!;

    [JsonPropertyName("count")]
    public int? Count { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => SdrsResponseReader.Require(Statistics, "resource_rpo_statistics");
}
