using System.Globalization;

namespace SdrsSdk.Testing;

/// <summary>A fault the emulator can inject into a request: an error status, a delay, or a broken connection.</summary>
/// <remarks>
/// Inject one for the next requests with <see cref="SdrsEmulator.InjectFault"/>, or let the emulator inject them at
/// random with <see cref="SdrsEmulatorOptions.FaultRate"/> (drawn from <see cref="SdrsEmulatorOptions.RandomFaults"/>).
/// A <see cref="SdrsFaultKind.Status"/> fault and a <see cref="DropConnection(bool)"/> fault (by default) stop the
/// request before it is processed, so no state changes; a delay, an empty or a malformed response let it be processed.
/// <see cref="StatusAfterProcessing"/> and <c>DropConnection(afterProcessing: true)</c> process it and lose the answer:
/// the change happens, the client hears a 5xx or a reset (an ambiguous outcome).
/// <code>
/// emulator.InjectFault(SdrsFault.Status(503), count: 2, method: "GET", pathContains: "/jobs/");
/// emulator.InjectFault(SdrsFault.Throttled(TimeSpan.FromSeconds(1)));
/// emulator.InjectFault(SdrsFault.DropConnection());
/// </code>
/// </remarks>
public sealed class SdrsFault
{
    private SdrsFault(SdrsFaultKind kind, int statusCode, TimeSpan? retryAfter, TimeSpan delay, bool afterProcessing)
    {
        Kind = kind;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
        Delay = delay;
        AfterProcessing = afterProcessing;
    }

    /// <summary>Gets what the fault does.</summary>
    public SdrsFaultKind Kind { get; }

    /// <summary>Gets the HTTP status code answered by a <see cref="SdrsFaultKind.Status"/> fault; 0 for the other
    /// kinds.</summary>
    public int StatusCode { get; }

    /// <summary>Gets the <c>Retry-After</c> value sent with a <see cref="SdrsFaultKind.Status"/> fault, if
    /// any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Gets how long a <see cref="SdrsFaultKind.Delay"/> fault holds the request (real time).</summary>
    public TimeSpan Delay { get; }

    /// <summary>
    /// Gets a value indicating whether the request is processed before the fault hits: always for a delay, an empty
    /// or a malformed response; for a <see cref="SdrsFaultKind.DropConnection"/> or a
    /// <see cref="SdrsFaultKind.Status"/> fault, when it was created so (the client never learns that the request
    /// succeeded).
    /// </summary>
    public bool AfterProcessing { get; }

    /// <summary>Creates a fault that answers with an HTTP status code without processing the request.</summary>
    /// <param name="statusCode">The status code, from 400 to 599 (for example 503 or 500).</param>
    /// <param name="retryAfter">The <c>Retry-After</c> to send (whole seconds), or <see langword="null"/> for
    /// none.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The status code is not from 400 to 599, or <paramref
    /// name="retryAfter"/> is negative.</exception>
    /// <remarks>
    /// The body is an error envelope: API Gateway's <c>{"error_msg","error_code":"APIGW.0308"}</c> for 429, and
    /// <c>{"error":{"code","message"}}</c> otherwise (<c>SDRS.0013</c> for 5xx, <c>SDRS.0201</c> for other 4xx).
    /// </remarks>
    public static SdrsFault Status(int statusCode, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        if (retryAfter is { } wait)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero, nameof(retryAfter));
        }

        return new SdrsFault(SdrsFaultKind.Status, statusCode, retryAfter, TimeSpan.Zero, afterProcessing: false);
    }

    /// <summary>
    /// Creates a fault that processes the request, then answers with a 5xx status instead of the real answer: a gateway
    /// that timed out (504) or got a broken answer (502) while the service did the work.
    /// </summary>
    /// <param name="statusCode">The status code, from 500 to 599 (for example 504 or 502).</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The status code is not from 500 to 599.</exception>
    /// <remarks>
    /// The body is the error envelope of <see cref="Status"/> (<c>SDRS.0013</c>); the journal records the fault's
    /// status, and the state shows the change (a job started, a resource created).
    /// </remarks>
    public static SdrsFault StatusAfterProcessing(int statusCode)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        return new SdrsFault(SdrsFaultKind.Status, statusCode, null, TimeSpan.Zero, afterProcessing: true);
    }

    /// <summary>Creates a fault that answers 503 Service Unavailable without processing the request.</summary>
    /// <returns>The fault.</returns>
    public static SdrsFault ServiceUnavailable() => Status(503);

    /// <summary>Creates a fault that answers 429 Too Many Requests with a <c>Retry-After</c>, without processing the
    /// request.</summary>
    /// <param name="retryAfter">The wait the client is asked to respect (whole seconds are sent).</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retryAfter"/> is negative.</exception>
    public static SdrsFault Throttled(TimeSpan retryAfter) => Status(429, retryAfter);

    /// <summary>Creates a fault that holds the request for a while (real time), then processes and answers it
    /// normally.</summary>
    /// <param name="delay">How long to hold the request; a client whose timeout is shorter gives up, though the request
    /// is still processed.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative.</exception>
    public static SdrsFault Delayed(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new SdrsFault(SdrsFaultKind.Delay, 0, null, delay, afterProcessing: false);
    }

    /// <summary>Creates a fault that resets the TCP connection, so the client sees a transport error.</summary>
    /// <remarks>
    /// .NET's <see cref="SocketsHttpHandler"/> may transparently resend a request whose pooled connection was reset
    /// before any byte of the response arrived; the emulator then sees (and journals) a second attempt, which the fault
    /// no longer covers unless its count allows it.
    /// </remarks>
    /// <param name="afterProcessing">
    /// <see langword="true"/> to process the request first (the change happens, but the client never hears of it);
    /// <see langword="false"/> (the default) to drop it unprocessed.
    /// </param>
    /// <returns>The fault.</returns>
    public static SdrsFault DropConnection(bool afterProcessing = false) =>
        new(SdrsFaultKind.DropConnection, 0, null, TimeSpan.Zero, afterProcessing);

    /// <summary>Creates a fault that processes the request but sends its status and headers without the body (WireMock
    /// <c>EMPTY_RESPONSE</c>).</summary>
    /// <returns>The fault.</returns>
    public static SdrsFault EmptyResponse() =>
        new(SdrsFaultKind.EmptyResponse, 0, null, TimeSpan.Zero, afterProcessing: true);

    /// <summary>Creates a fault that processes the request but sends half its body followed by garbage (WireMock
    /// <c>MALFORMED_RESPONSE_CHUNK</c>).</summary>
    /// <returns>The fault.</returns>
    public static SdrsFault MalformedResponse() =>
        new(SdrsFaultKind.MalformedResponse, 0, null, TimeSpan.Zero, afterProcessing: true);

    /// <inheritdoc/>
    public override string ToString() =>
        Kind switch
        {
            SdrsFaultKind.Status when AfterProcessing => string.Create(
                CultureInfo.InvariantCulture,
                $"Status {StatusCode} (after processing)"
            ),
            SdrsFaultKind.Status => RetryAfter is { } wait
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $"Status {StatusCode} (Retry-After {wait.TotalSeconds:0} s)"
                )
                : string.Create(CultureInfo.InvariantCulture, $"Status {StatusCode}"),
            SdrsFaultKind.Delay => string.Create(CultureInfo.InvariantCulture, $"Delay {Delay.TotalMilliseconds:0} ms"),
            SdrsFaultKind.DropConnection => AfterProcessing ? "DropConnection (after processing)" : "DropConnection",
            _ => Kind.ToString(),
        };
}
