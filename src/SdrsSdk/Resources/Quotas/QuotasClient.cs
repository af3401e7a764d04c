using SdrsSdk.Resources.Quotas.Internal;

namespace SdrsSdk;

/// <summary>Reads the tenant's SDRS quotas (reference 5.10).</summary>
public class QuotasClient
{
    private readonly IQuotasApi _api;

    /// <summary>Initializes a new instance for mocking: a mocking library overrides the members it needs (an
    /// instance made this way sends nothing; <see cref="SdrsClient"/> builds the working one).</summary>
    protected QuotasClient()
    {
        _api = null!;
    }

    internal QuotasClient(IQuotasApi api)
    {
        _api = api;
    }

    /// <summary>Gets the tenant's quotas of protection groups and replication pairs.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The quotas.</returns>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/sdrs/quotas</c> (reference 5.10.1).</remarks>
    public virtual async Task<TenantQuota> GetAsync(CancellationToken cancellationToken = default)
    {
        TenantQuotaEnvelope body = await _api.GetAsync(cancellationToken).ConfigureAwait(false);
        return body.Quotas;
    }
}
