using SdrsSdk.Resources.ActiveDomains.Internal;

namespace SdrsSdk;

/// <summary>Reads the active-active domains protection groups are created in (reference 5.3).</summary>
public class ActiveDomainsClient
{
    private readonly IActiveDomainsApi _api;

    /// <summary>Initializes a new instance for mocking: a mocking library overrides the members it needs (an
    /// instance made this way sends nothing; <see cref="SdrsClient"/> builds the working one).</summary>
    protected ActiveDomainsClient()
    {
        _api = null!;
    }

    internal ActiveDomainsClient(IActiveDomainsApi api)
    {
        _api = api;
    }

    /// <summary>Lists the active-active domains of the project.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The domains.</returns>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/active-domains</c> (reference 5.3.1).</remarks>
    public virtual async Task<IReadOnlyList<ActiveDomain>> ListAsync(CancellationToken cancellationToken = default)
    {
        ActiveDomainListEnvelope body = await _api.ListAsync(cancellationToken).ConfigureAwait(false);
        return body.Domains;
    }
}
