using System.Globalization;

namespace SdrsSdk;

/// <summary>
/// An SDRS call got no usable answer because of the network: the host name did not resolve, the connection was
/// refused or could not be secured, or it was lost or cut while the call was in flight — after the SDK's retries, when
/// the failure was retryable. The cause (usually an <see cref="HttpRequestException"/>) is the
/// <see cref="Exception.InnerException"/>.
/// </summary>
/// <remarks>
/// <see cref="SdrsException.MayHaveBeenApplied"/> is <see langword="false"/> when the request provably never reached
/// the service (no connection was made) and for reads; it is <see langword="true"/> for a write whose connection
/// failed after it was sent: check its effect before repeating it.
/// </remarks>
public sealed class SdrsConnectionException : SdrsException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public SdrsConnectionException()
        : this("An SDRS call failed on the network.") { }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public SdrsConnectionException(string message)
        : base(message, null) { }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SdrsConnectionException(string message, Exception? innerException)
        : base(message, innerException) { }

    /// <summary>Initializes a new instance describing the call that failed.</summary>
    /// <param name="method">The HTTP method of the call.</param>
    /// <param name="path">The path (and query) of the call.</param>
    /// <param name="host">The host the call was sent to.</param>
    /// <param name="attempts">How many attempts were made.</param>
    /// <param name="neverSent">
    /// <see langword="true"/> when no connection was made, so the service cannot have received the request.
    /// </param>
    /// <param name="innerException">The cause.</param>
    public SdrsConnectionException(
        string? method,
        string? path,
        string? host,
        int attempts,
        bool neverSent,
        Exception? innerException
    )
        : base(
            new SdrsErrorDetails
            {
                Method = method,
                Path = path,
                MayHaveBeenApplied = neverSent ? false : null,
            },
            BuildMessage(method, path, host, attempts, neverSent, innerException),
            innerException
        )
    {
        Host = host;
        Attempts = attempts;
        NeverSent = neverSent;
    }

    /// <summary>Gets the host the call was sent to (the SDRS endpoint's, or IAM's while obtaining a token).</summary>
    public string? Host { get; }

    /// <summary>Gets how many attempts were made before the call gave up.</summary>
    public int Attempts { get; }

    /// <summary>Gets a value indicating whether no connection was made, so the service never saw the request.</summary>
    public bool NeverSent { get; }

    private static string BuildMessage(
        string? method,
        string? path,
        string? host,
        int attempts,
        bool neverSent,
        Exception? cause
    )
    {
        string call = method is null ? "An SDRS call" : $"SDRS call {method} {path}";
        string what = cause is HttpRequestException { HttpRequestError: var error } ? Describe(error) : "failed";
        string where = host is null ? string.Empty : $" ({host})";
        string advice =
            neverSent ? " The request was never sent; it is safe to repeat once the network is back."
            : IsWrite(method) ? MayHaveBeenAppliedAdvice
            : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{call}{where} {what} after {attempts} attempt(s).{advice}"
        );
    }

    private static string Describe(HttpRequestError error) =>
        error switch
        {
            HttpRequestError.NameResolutionError => "failed: the host name did not resolve",
            HttpRequestError.ConnectionError => "failed: no connection could be made",
            HttpRequestError.SecureConnectionError => "failed: the TLS connection could not be established",
            HttpRequestError.ProxyTunnelError => "failed: the proxy tunnel could not be established",
            HttpRequestError.ResponseEnded => "failed: the connection closed before the response was complete",
            HttpRequestError.InvalidResponse => "failed: the response was not valid HTTP",
            _ => "failed on the network",
        };
}
