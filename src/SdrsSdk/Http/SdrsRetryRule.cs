using System.Net.Sockets;
using SdrsSdk.Http.Internal;

namespace SdrsSdk;

/// <summary>
/// The SDK's rule for which failed HTTP attempts may be sent again: reads on transient failures, writes only when the
/// service provably did not process them. Use it when you replace the SDK's retry with your own
/// (<see cref="SdrsRetryOptions.ConfigurePipeline"/>).
/// </summary>
/// <remarks>
/// This is the one place the rule is stated; the request retry and the job poller both follow it.
/// <list type="bullet">
/// <item><description>
/// A failure is transient after HTTP 408, 429, 500, 502, 503 and 504, after a connection failure (refused, reset,
/// DNS failure, a response cut short) and after an attempt timeout; for a GET also after a 2xx whose body, as the
/// SDK read it, is empty or not well-formed JSON (a proxy cut it short or garbled it). A TLS failure, any other
/// status and any other exception are not.
/// </description></item>
/// <item><description>
/// GET and HEAD are retried after every transient failure.
/// </description></item>
/// <item><description>
/// POST, PUT, DELETE, PATCH and every other method are retried only after HTTP 429 (the service refused the request
/// without processing it) or when the request provably never reached the service: the host name did not resolve, or
/// the TCP connection could not be established (<see cref="SocketError.ConnectionRefused"/>,
/// <see cref="SocketError.HostNotFound"/>, <see cref="SocketError.HostUnreachable"/>, …). Never after a timeout, a
/// connection lost mid-request or a 5xx: the service may have processed the write, and a replayed create starts a
/// second job.
/// </description></item>
/// <item><description>
/// A <c>Retry-After</c> header (seconds or an HTTP date; a date in the past is no wait, a value that does not parse
/// is ignored) replaces the computed wait, within a cap: the request retry does not retry when it asks for longer
/// than <see cref="SdrsRetryOptions.MaxDelay"/>, and the job poller waits at most
/// <see cref="JobPollingOptions.MaxRetryAfter"/>.
/// </description></item>
/// <item><description>
/// The job poller (<see cref="SdrsJobOperation.WaitForCompletionAsync"/>, <see cref="JobsClient.WaitAsync"/>) reads
/// a job with GET, so it polls again after the same transient failures, as the exceptions they become:
/// <see cref="SdrsThrottledException"/>, <see cref="SdrsServerException"/> with one of the statuses above,
/// <see cref="SdrsInvalidResponseException"/>, <see cref="SdrsTimeoutException"/> and connection failures.
/// </description></item>
/// </list>
/// </remarks>
public static class SdrsRetryRule
{
    private static readonly HashSet<SocketError> ConnectFailures =
    [
        SocketError.ConnectionRefused,
        SocketError.HostNotFound,
        SocketError.TryAgain,
        SocketError.NoData,
        SocketError.HostUnreachable,
        SocketError.HostDown,
        SocketError.NetworkUnreachable,
        SocketError.NetworkDown,
        SocketError.AddressNotAvailable,
        SocketError.TimedOut,
    ];

    /// <summary>Gets a value indicating whether a method only reads, so that sending it twice does no harm.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <returns><see langword="true"/> for GET and HEAD.</returns>
    public static bool IsRead(HttpMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method == HttpMethod.Get || method == HttpMethod.Head;
    }

    /// <summary>Decides whether an attempt's outcome may be retried under the rule above.</summary>
    /// <param name="request">The request that was sent.</param>
    /// <param name="response">The response, when one was received.</param>
    /// <param name="exception">The failure, when no response was received.</param>
    /// <returns><see langword="true"/> when sending the request again is safe and may help.</returns>
    public static bool ShouldRetry(HttpRequestMessage request, HttpResponseMessage? response, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ShouldRetryAs(request.Method, response, exception);
    }

    /// <summary>The rule for a request of the given method.</summary>
    internal static bool ShouldRetryAs(HttpMethod method, HttpResponseMessage? response, Exception? exception)
    {
        bool read = IsRead(method);
        if (response is not null)
        {
            int status = (int)response.StatusCode;
            if (status == 429)
            {
                return true;
            }

            return SdrsTransientFailure.IsTransientStatus(status)
                ? read
                : method == HttpMethod.Get && SdrsTransientFailure.IsUnreadableSuccess(response);
        }

        if (exception is null)
        {
            return false;
        }

        if (NeverReachedServer(exception))
        {
            return true;
        }

        return read && SdrsTransientFailure.IsTransientFailure(exception);
    }

    /// <summary>
    /// Gets a value indicating whether a failure proves that the request never reached the service: the host name
    /// did not resolve, or the connection could not be established.
    /// </summary>
    /// <param name="exception">The failure of an attempt.</param>
    /// <returns><see langword="true"/> only when no byte of the request can have reached the service.</returns>
    public static bool NeverReachedServer(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        HttpRequestException? http = Find<HttpRequestException>(exception);
        if (http is null)
        {
            return false;
        }

        if (http.HttpRequestError == HttpRequestError.NameResolutionError)
        {
            return true;
        }

        return http.HttpRequestError == HttpRequestError.ConnectionError
            && Find<SocketException>(http) is { } socket
            && ConnectFailures.Contains(socket.SocketErrorCode);
    }

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }
}
