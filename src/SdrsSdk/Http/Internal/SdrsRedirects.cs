using System.Globalization;

namespace SdrsSdk.Http.Internal;

/// <summary>
/// SDRS and IAM never redirect, so a redirect is an error, never followed: it would send the request, its credential
/// headers (<c>X-Auth-Token</c>, <c>X-Security-Token</c>, <c>X-Project-Id</c>) and its body, the IAM password
/// included, to another host, and return that host's answer as the service's.
/// </summary>
/// <remarks>
/// The SDK's own transports do not follow redirects (<see cref="SocketsHttpHandler.AllowAutoRedirect"/> is off). This
/// check is the defence in depth behind them, for a caller's transport that follows redirects: a 3xx that reaches
/// the SDK, or a response from another scheme, host or port than the one the request was sent to, is refused.
/// </remarks>
internal static class SdrsRedirects
{
    /// <summary>Creates the SDK's own transport: pooled connections, decompression, and no redirects.</summary>
    public static SocketsHttpHandler CreateTransport() =>
        new()
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            AllowAutoRedirect = false,
        };

    /// <summary>Gets the part of a URI a redirect may change without leaving the service: scheme, host and
    /// port.</summary>
    public static string? OriginOf(Uri? uri) =>
        uri is { IsAbsoluteUri: true } ? uri.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped) : null;

    /// <summary>Throws when the response is a redirect, or comes from another origin than <paramref
    /// name="sent"/>.</summary>
    /// <param name="sent">The URI the request was sent to, taken before sending. When the response's request still
    /// holds that very URI, nothing was redirected and no origin is computed.</param>
    /// <param name="sentPath">The path the request was sent to, reported instead of the path a redirect put in;
    /// <see langword="null"/> to take it from <paramref name="sent"/> (only when refusing).</param>
    /// <param name="response">The response; disposed when refused.</param>
    /// <param name="service">The service that was called: SDRS or IAM.</param>
    /// <param name="time">The clock, for the error details.</param>
    /// <exception cref="SdrsInvalidResponseException">The response is a redirect, or a redirect was
    /// followed.</exception>
    public static void ThrowIfRedirected(
        Uri? sent,
        string? sentPath,
        HttpResponseMessage response,
        string service,
        TimeProvider time
    )
    {
        int status = (int)response.StatusCode;
        string? message = null;
        if (status is >= 300 and < 400)
        {
            Uri? location = response.Headers.Location;
            if (
                location is not null
                && !location.IsAbsoluteUri
                && response.RequestMessage?.RequestUri is { IsAbsoluteUri: true } requested
            )
            {
                location = new Uri(requested, location);
            }

            string target = OriginOf(location) is { } origin ? "to " + origin : "without a Location";
            message = string.Create(
                CultureInfo.InvariantCulture,
                $"HTTP {status} redirect {target}: {service} never redirects; not followed"
            );
        }
        else if (
            !ReferenceEquals(response.RequestMessage?.RequestUri, sent)
            && OriginOf(sent) is { } sentOrigin
            && OriginOf(response.RequestMessage?.RequestUri) is { } answered
            && !string.Equals(answered, sentOrigin, StringComparison.OrdinalIgnoreCase)
        )
        {
            message =
                $"The HTTP transport followed a redirect to {answered}: {service} never redirects; the answer of "
                + "that host was not used";
        }

        if (message is null)
        {
            return;
        }

        sentPath ??= sent is null ? null : SdrsLogRedaction.PathOf(sent);
        SdrsException refused = SdrsExceptionFactory.CreateUnreadable(response, message, null, time, sentPath);
        response.Dispose();
        throw refused;
    }
}
