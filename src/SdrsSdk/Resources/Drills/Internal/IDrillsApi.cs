using System.Text.Json.Serialization;
using Refit;
using SdrsSdk.Http.Internal;
using SdrsSdk.Jobs.Internal;

namespace SdrsSdk.Resources.Drills.Internal;

/// <summary>The DR drill API (reference 5.7).</summary>
internal interface IDrillsApi
{
    /// <summary>POST /v1/{project_id}/disaster-recovery-drills (5.7.1).</summary>
    [Post("disaster-recovery-drills")]
    Task<JobIdEnvelope> CreateAsync([Body] CreateDrillBody body, CancellationToken cancellationToken);

    /// <summary>DELETE /v1/{project_id}/disaster-recovery-drills/{disaster_recovery_drill_id} (5.7.2).</summary>
    [Delete("disaster-recovery-drills/{drillId}")]
    Task<JobIdEnvelope> DeleteAsync(string drillId, CancellationToken cancellationToken);

    /// <summary>GET /v1/{project_id}/disaster-recovery-drills (5.7.3).</summary>
    [Get("disaster-recovery-drills")]
    Task<DrillListEnvelope> ListAsync(
        [AliasAs("server_group_id")] string? serverGroupId,
        [AliasAs("name")] string? name,
        [AliasAs("status")] string? status,
        [AliasAs("drill_vpc_id")] string? drillVpcId,
        [AliasAs("limit")] int? limit,
        [AliasAs("offset")] int? offset,
        CancellationToken cancellationToken
    );

    /// <summary>GET /v1/{project_id}/disaster-recovery-drills/{disaster_recovery_drill_id} (5.7.4).</summary>
    [Get("disaster-recovery-drills/{drillId}")]
    Task<DrillEnvelope> GetAsync(string drillId, CancellationToken cancellationToken);

    /// <summary>PUT /v1/{project_id}/disaster-recovery-drills/{disaster_recovery_drill_id} (5.7.5).</summary>
    [Put("disaster-recovery-drills/{drillId}")]
    Task<DrillEnvelope> UpdateAsync(string drillId, [Body] UpdateDrillBody body, CancellationToken cancellationToken);
}

/// <summary>Body of POST /v1/{project_id}/disaster-recovery-drills.</summary>
internal sealed class CreateDrillBody
{
    [JsonPropertyName("disaster_recovery_drill")]
    public required CreateDisasterRecoveryDrillRequest DisasterRecoveryDrill { get; set; }
}

/// <summary>Body of PUT /v1/{project_id}/disaster-recovery-drills/{disaster_recovery_drill_id}.</summary>
internal sealed class UpdateDrillBody
{
    [JsonPropertyName("disaster_recovery_drill")]
    public required UpdateDisasterRecoveryDrillRequest DisasterRecoveryDrill { get; set; }
}

/// <summary>Body of GET /v1/{project_id}/disaster-recovery-drills.</summary>
internal sealed class DrillListEnvelope : SdrsResponseCarrier, IJsonOnDeserialized
{
    [JsonRequired]
    [JsonPropertyName("disaster_recovery_drills")]
    public IReadOnlyList<DisasterRecoveryDrill> DisasterRecoveryDrills { get; set; } = null!;

    [JsonPropertyName("count")]
    public int? Count { get; set; }

    void IJsonOnDeserialized.OnDeserialized() =>
        SdrsResponseReader.Require(DisasterRecoveryDrills, "disaster_recovery_drills");
}

/// <summary>Body of GET and PUT /v1/{project_id}/disaster-recovery-drills/{disaster_recovery_drill_id}.</summary>
internal sealed class DrillEnvelope : IJsonOnDeserialized
{
    [JsonRequired]
    [JsonPropertyName("disaster_recovery_drill")]
    public DisasterRecoveryDrill DisasterRecoveryDrill { get; set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() =>
        SdrsResponseReader.Require(DisasterRecoveryDrill, "disaster_recovery_drill");
}
