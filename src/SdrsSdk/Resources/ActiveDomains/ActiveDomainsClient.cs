using SdrsSdk.Resources.ActiveDomains.Internal;

namespace SdrsSdk;

/// <summary>Reads the active-active domains protection groups are created in (reference 5.3).</summary>
public sealed class ActiveDomainsClient
{
    private readonly IActiveDomainsApi _api;

    internal ActiveDomainsClient(IActiveDomainsApi api)
    {
        _api = api;
    }

    /// <summary>Lists the active-active domains of the project.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The domains.</returns>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/active-domains</c> (reference 5.3.1).</remarks>
    public async Task<IReadOnlyList<ActiveDomain>> ListAsync(CancellationToken cancellationToken = default)
    {
        ActiveDomainListEnvelope body = await _api.ListAsync(cancellationToken).ConfigureAwait(false);
        return body.Domains;
    }
}
