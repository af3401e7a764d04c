using System.Net.Sockets;
using SdrsSdk.Http.Internal;
using SdrsSdk.Operations.Internal;

namespace SdrsSdk;

/// <summary>
/// The SDK's rule for which failed HTTP attempts may be sent again: reads and writes that are safe to repeat on
/// transient failures, other writes only when the service provably did not process them. Use it when you replace the
/// SDK's retry with your own (<see cref="SdrsRetryOptions.ConfigurePipeline"/>).
/// </summary>
/// <remarks>
/// This is the one place the rule is stated; the request retry and the job poller both follow it. Each SDRS operation
/// has a class (the "Repeat class" column of <c>docs/operations.md</c>), found from the request's method and path.
/// <list type="bullet">
/// <item><description>
/// A failure is transient after HTTP 408, 429, 500, 502, 503 and 504, after a connection failure (refused, reset,
/// DNS failure, a response cut short) and after an attempt timeout; for a request safe to repeat (below) also after
/// a 2xx whose body, as the SDK read it, is empty or not well-formed JSON (a proxy cut it short or garbled it), and
/// after a 4xx whose error body is (SDRS answers every error with a JSON envelope). A TLS failure, any other status
/// and any other exception are not.
/// </description></item>
/// <item><description>
/// Retried after every transient failure: GET and HEAD; the tag searches of 5.8.1 (POSTs that only read); the writes
/// that leave the same state when repeated (renames, tag writes, clearing failed tasks in bulk); and the deletes the
/// service answers synchronously (a tag, a failed task): when such a delete is answered not-found after an attempt
/// that may have reached the service, the first attempt did the work, and the call succeeds.
/// </description></item>
/// <item><description>
/// Every other write (creations, protection actions, attaching and detaching, NICs, resizing, expanding, batches, the
/// deletes that start a job) and any request the SDK does not know is retried only after HTTP 429 (the service
/// refused the request without processing it) or when the request provably never reached the service: the host
/// name did not resolve, or the TCP connection could not be established (<see cref="SocketError.ConnectionRefused"/>,
/// <see cref="SocketError.HostNotFound"/>, <see cref="SocketError.HostUnreachable"/>, …). Never after a timeout, a
/// connection lost mid-request or a 5xx: the service may have processed the write, and a replayed create starts a
/// second job. The SDK instead reads back whether it took effect
/// (<see cref="SdrsClientOptions.ResolveAmbiguousWrites"/>).
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
        return ShouldRetryAs(request.Method, response, exception, request);
    }

    /// <summary>
    /// Gets a value indicating whether a request may be sent again after a failure that may have reached the service:
    /// a GET or HEAD, or an SDRS operation whose class allows it (see the remarks of <see cref="SdrsRetryRule"/>).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns><see langword="true"/> when repeating it does no harm.</returns>
    public static bool IsSafeToRepeat(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return IsSafeToRepeat(request.Method, request);
    }

    /// <summary>The rule for a request of the given method; <paramref name="request"/> (when given) tells the
    /// writes that are safe to repeat from the others.</summary>
    internal static bool ShouldRetryAs(
        HttpMethod method,
        HttpResponseMessage? response,
        Exception? exception,
        HttpRequestMessage? request = null
    )
    {
        if (response is not null)
        {
            int status = (int)response.StatusCode;
            if (status == 429)
            {
                return true;
            }

            if (SdrsTransientFailure.IsTransientStatus(status))
            {
                return IsSafeToRepeat(method, request);
            }

            if (status is >= 400 and < 500)
            {
                return SdrsTransientFailure.IsUnreadableError(response) && IsSafeToRepeat(method, request);
            }

            // A success whose body was cut short or garbled: asked again when asking again does no harm and the body is
            // read. The body is checked first (for a body the call reads, the check is the parse the reader then
            // uses); the table is consulted only for a write whose body turned out unreadable.
            return SdrsTransientFailure.IsUnreadableSuccess(response)
                && (
                    method == HttpMethod.Get
                    || SdrsOperationMatcher.Find(method, request?.RequestUri)
                        is { MayRepeat: true, ResultType: not null }
                );
        }

        if (exception is null)
        {
            return false;
        }

        if (NeverReachedServer(exception))
        {
            return true;
        }

        return SdrsTransientFailure.IsTransientFailure(exception) && IsSafeToRepeat(method, request);
    }

    private static bool IsSafeToRepeat(HttpMethod method, HttpRequestMessage? request) =>
        IsRead(method)
        || (SdrsOperationMatcher.Find(method, request?.RequestUri) is { } operation && operation.MayRepeat);

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
