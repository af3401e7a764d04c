using System.Text.Json.Serialization;
using Refit;
using SdrsSdk.Http.Internal;

namespace SdrsSdk.Resources.ActiveDomains.Internal;

/// <summary>The active-active domain API (reference 5.3).</summary>
internal interface IActiveDomainsApi
{
    /// <summary>GET /v1/{project_id}/active-domains (5.3.1).</summary>
    [Get("active-domains")]
    Task<ActiveDomainListEnvelope> ListAsync(CancellationToken cancellationToken);
}

/// <summary>Body of GET /v1/{project_id}/active-domains.</summary>
internal sealed class ActiveDomainListEnvelope : IJsonOnDeserialized
{
    [JsonRequired]
    [JsonPropertyName("domains")]
    public IReadOnlyList<ActiveDomain> Domains { get; set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => SdrsResponseReader.Require(Domains, "domains");
}
