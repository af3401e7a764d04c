using System.Text.Json.Serialization;
using Refit;
using SdrsSdk.Http.Internal;

namespace SdrsSdk.Resources.Quotas.Internal;

/// <summary>The tenant quota API (reference 5.10).</summary>
internal interface IQuotasApi
{
    /// <summary>GET /v1/{project_id}/sdrs/quotas (5.10.1).</summary>
    [Get("sdrs/quotas")]
    Task<TenantQuotaEnvelope> GetAsync(CancellationToken cancellationToken);
}

/// <summary>Body of GET /v1/{project_id}/sdrs/quotas.</summary>
internal sealed class TenantQuotaEnvelope : IJsonOnDeserialized
{
    [JsonRequired]
    [JsonPropertyName("quotas")]
    public TenantQuota Quotas { get; set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => SdrsResponseReader.Require(Quotas, "quotas");
}
