using SdrsSdk.Resources.Versions.Internal;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>Reads the versions of the SDRS API (reference 5.2).</summary>
public class VersionsClient
{
    private readonly IVersionsApi _api;

    /// <summary>Initializes a new instance for mocking: a mocking library overrides the members it needs (an
    /// instance made this way sends nothing; <see cref="SdrsClient"/> builds the working one).</summary>
    protected VersionsClient()
    {
        _api = null!;
    }

    internal VersionsClient(IVersionsApi api)
    {
        _api = api;
    }

    /// <summary>Lists every available API version.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The versions.</returns>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /</c> (reference 5.2.1).</remarks>
    public virtual async Task<IReadOnlyList<ApiVersion>> ListAsync(CancellationToken cancellationToken = default)
    {
        ApiVersionListEnvelope body = await _api.ListAsync(cancellationToken).ConfigureAwait(false);
        return body.Versions;
    }

    /// <summary>Gets one API version.</summary>
    /// <param name="apiVersion">The version ID, for example <c>v1</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentException"><paramref name="apiVersion"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /{api_version}</c> (reference 5.2.2).</remarks>
    public virtual async Task<ApiVersion> GetAsync(string apiVersion, CancellationToken cancellationToken = default)
    {
        SdrsArgument.PathSegment(apiVersion, nameof(apiVersion));
        ApiVersionEnvelope body = await _api.GetAsync(apiVersion, cancellationToken).ConfigureAwait(false);
        return body.Version;
    }
}
