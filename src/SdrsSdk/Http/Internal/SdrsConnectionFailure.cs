namespace SdrsSdk.Http.Internal;

/// <summary>What a transport failure says about whether the request reached the service.</summary>
internal static class SdrsConnectionFailure
{
    /// <summary>
    /// Gets a value indicating whether the request provably never left the process: the name did not resolve, no
    /// connection (or proxy tunnel, or TLS session) was established, so no byte of the request was sent.
    /// </summary>
    public static bool NeverSent(HttpRequestException exception) =>
        exception.HttpRequestError
            is HttpRequestError.NameResolutionError
                or HttpRequestError.ConnectionError
                or HttpRequestError.SecureConnectionError
                or HttpRequestError.ProxyTunnelError;
}
