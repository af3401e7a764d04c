using System.Net.Http.Headers;
using Polly.Timeout;

namespace SdrsSdk.Http.Internal;

/// <summary>
/// The SDK's one classifier of transient failures, and of the waits a server asks for: the request retry
/// (<see cref="SdrsRetryRule"/>, run by <see cref="SdrsResilience"/>) and the job poller (<see
/// cref="Jobs.Internal.JobPoller"/>) both decide with it. The rule itself is stated in <see cref="SdrsRetryRule"/>;
/// what a write may add to it is decided there.
/// </summary>
internal static class SdrsTransientFailure
{
    /// <summary>Gets a value indicating whether an HTTP status says "try again later": 408, 429, 500, 502, 503 or
    /// 504.</summary>
    public static bool IsTransientStatus(int status) => status is 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>
    /// Gets a value indicating whether a 4xx answer (but 429, which is retried anyway) carries an error body the SDK
    /// cannot read: empty or not well-formed JSON. SDRS and its gateway answer every error with a JSON envelope, so
    /// such an answer was cut short or garbled on the way, and a request safe to repeat is asked again.
    /// </summary>
    public static bool IsUnreadableError(HttpResponseMessage response) =>
        (int)response.StatusCode is >= 400 and < 500 and not 429
        && response.Content is SdrsResponseContent { IsWellFormedJson: false };

    /// <summary>
    /// Gets a value indicating whether a success response could not be read: a 2xx (other than 204) whose body, as
    /// the SDK buffered it, is empty or not well-formed JSON (a proxy cut it short or garbled it).
    /// </summary>
    public static bool IsUnreadableSuccess(HttpResponseMessage response) =>
        (int)response.StatusCode is >= 200 and < 300 and not 204
        && response.Content is SdrsResponseContent { IsWellFormedJson: false };

    /// <summary>
    /// Gets a value indicating whether an attempt that got no response may succeed when tried again: connection
    /// trouble (refused, reset, DNS failure, a response cut short) or a timeout, but not a TLS, configuration or
    /// authentication failure of the transport.
    /// </summary>
    public static bool IsTransientFailure(Exception exception) =>
        exception switch
        {
            HttpRequestException http => http.HttpRequestError
                is not (
                    HttpRequestError.SecureConnectionError
                    or HttpRequestError.ConfigurationLimitExceeded
                    or HttpRequestError.UserAuthenticationError
                    or HttpRequestError.ExtendedConnectNotSupported
                    or HttpRequestError.VersionNegotiationError
                ),
            IOException => true,
            TimeoutRejectedException or TimeoutException => true,

            // Only a timeout below the SDK cancels without the caller asking: the retry never sees the caller's own.
            OperationCanceledException => true,
            _ => false,
        };

    /// <summary>
    /// Gets a value indicating whether a failed SDK read (as its caller sees it, after the pipeline) is worth another
    /// read: the exception forms of <see cref="IsTransientStatus"/>, <see cref="IsUnreadableSuccess"/> and
    /// <see cref="IsTransientFailure"/>. The caller's own cancellation never is.
    /// </summary>
    /// <param name="exception">What the read threw.</param>
    /// <param name="cancellationToken">The caller's token: a cancellation it requested is final.</param>
    public static bool IsTransient(Exception exception, CancellationToken cancellationToken) =>
        exception switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => false,
            SdrsThrottledException => true,

            // The exception form of IsUnreadableSuccess; a 3xx or an unexpected 1xx is no glitch.
            SdrsInvalidResponseException
            {
                InnerException: SdrsResponseReader.UnreadableException { ContradictsRequest: true }
            } => false,
            SdrsInvalidResponseException invalid => invalid.Status is >= 200 and < 300 and not 204,

            // The typed forms of IsTransientFailure: a call that timed out, or failed on the network.
            SdrsTimeoutException => true,
            SdrsConnectionException { InnerException: { } cause } => IsTransientFailure(cause),
            SdrsException sdrs => IsTransientStatus(sdrs.Status),
            _ => IsTransientFailure(exception),
        };

    /// <summary>
    /// Reads the wait a response asks for (<c>Retry-After</c>, in seconds or as an HTTP date), never negative; a date
    /// in the past is no wait. A value that is not a valid <c>Retry-After</c> is ignored (<see langword="null"/>).
    /// Callers cap what it returns: see <see cref="Cap"/>.
    /// </summary>
    public static TimeSpan? ReadRetryAfter(HttpResponseHeaders headers, TimeProvider time)
    {
        // An invalid header value (garbage, a negative number, seconds beyond int.MaxValue) parses as no value.
        RetryConditionHeaderValue? retryAfter = headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            TimeSpan wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    /// <summary>Limits a wait a server asked for to <paramref name="cap"/>; no request is no wait.</summary>
    public static TimeSpan Cap(TimeSpan? requested, TimeSpan cap) =>
        requested switch
        {
            null => TimeSpan.Zero,
            { } wait when wait < TimeSpan.Zero => TimeSpan.Zero,
            { } wait => wait > cap ? cap : wait,
        };
}
