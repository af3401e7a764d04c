using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>The tenant's SDRS quotas (reference 5.10.1, Table 5-74).</summary>
public sealed class TenantQuota
{
    /// <summary>Gets the quota of each resource type (<c>resources</c>).</summary>
    [JsonPropertyName("resources")]
    public IReadOnlyList<QuotaResource> Resources
    {
        get;
        set => field = value ?? [];
    } = [];

    /// <summary>Finds the quota of one resource type.</summary>
    /// <param name="type">The resource type, for example <see cref="QuotaResourceType.ServerGroups"/>.</param>
    /// <returns>The quota, or <see langword="null"/> when the service did not report that type.</returns>
    public QuotaResource? Find(QuotaResourceType type) => Resources.FirstOrDefault(resource => resource.Type == type);
}
