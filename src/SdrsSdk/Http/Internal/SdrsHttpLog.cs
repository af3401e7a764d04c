using Microsoft.Extensions.Logging;

namespace SdrsSdk.Http.Internal;

/// <summary>
/// The SDK's HTTP log messages (category <c>SdrsSdk.Http</c>). None of them takes a credential, a token or a header
/// value that the allow-list does not cover.
/// </summary>
internal static partial class SdrsHttpLog
{
    /// <summary>The log category of HTTP messages.</summary>
    public const string Category = "SdrsSdk.Http";

    [LoggerMessage(
        EventId = 3001,
        Level = LogLevel.Debug,
        Message = "Sending SDRS request {Method} {Path} (attempt {Attempt})"
    )]
    public static partial void AttemptStarting(ILogger logger, string method, string path, int attempt);

    [LoggerMessage(
        EventId = 3002,
        Level = LogLevel.Debug,
        Message = "Received HTTP {StatusCode} for {Method} {Path} in {ElapsedMilliseconds:0} ms (attempt {Attempt}, "
            + "request ID {RequestId})"
    )]
    public static partial void AttemptCompleted(
        ILogger logger,
        int statusCode,
        string method,
        string path,
        double elapsedMilliseconds,
        int attempt,
        string? requestId
    );

    [LoggerMessage(
        EventId = 3003,
        Level = LogLevel.Debug,
        Message = "SDRS request {Method} {Path} failed after {ElapsedMilliseconds:0} ms (attempt {Attempt}): "
            + "{ExceptionType}"
    )]
    public static partial void AttemptFailed(
        ILogger logger,
        string method,
        string path,
        double elapsedMilliseconds,
        int attempt,
        string exceptionType,
        Exception exception
    );

    [LoggerMessage(
        EventId = 3004,
        Level = LogLevel.Trace,
        Message = "Request headers of {Method} {Path} (attempt {Attempt}): {Headers}"
    )]
    public static partial void RequestHeaders(ILogger logger, string method, string path, int attempt, string headers);

    [LoggerMessage(
        EventId = 3005,
        Level = LogLevel.Trace,
        Message = "Response headers of {Method} {Path} (attempt {Attempt}): {Headers}"
    )]
    public static partial void ResponseHeaders(ILogger logger, string method, string path, int attempt, string headers);

    [LoggerMessage(
        EventId = 3006,
        Level = LogLevel.Trace,
        Message = "Request body of {Method} {Path} (attempt {Attempt}): {Body}"
    )]
    public static partial void RequestBody(ILogger logger, string method, string path, int attempt, string body);

    [LoggerMessage(
        EventId = 3007,
        Level = LogLevel.Trace,
        Message = "Response body of {Method} {Path} (attempt {Attempt}): {Body}"
    )]
    public static partial void ResponseBody(ILogger logger, string method, string path, int attempt, string body);

    [LoggerMessage(
        EventId = 3010,
        Level = LogLevel.Warning,
        Message = "Retrying SDRS request {Method} {Path} in {DelayMilliseconds:0} ms: attempt {Attempt} ended with "
            + "{Outcome}"
    )]
    public static partial void Retrying(
        ILogger logger,
        string method,
        string path,
        double delayMilliseconds,
        int attempt,
        string outcome
    );

    [LoggerMessage(
        EventId = 3011,
        Level = LogLevel.Information,
        Message = "Not retrying SDRS request {Method} {Path} after attempt {Attempt} ended with {Outcome}: {Reason}"
    )]
    public static partial void NotRetrying(
        ILogger logger,
        string method,
        string path,
        int attempt,
        string outcome,
        string reason
    );

    [LoggerMessage(
        EventId = 3012,
        Level = LogLevel.Information,
        Message = "SDRS {Method} {Path}: attempt {Attempt} answered not-found after an earlier attempt that may have "
            + "reached the service; the delete is done"
    )]
    public static partial void DeleteDone(ILogger logger, string method, string path, int attempt);

    [LoggerMessage(
        EventId = 3020,
        Level = LogLevel.Information,
        Message = "SDRS {Method} {Path} returned HTTP {StatusCode} in {ElapsedMilliseconds:0} ms after {Attempts} "
            + "attempt(s) (request ID {RequestId})"
    )]
    public static partial void CallCompleted(
        ILogger logger,
        string method,
        string path,
        int statusCode,
        double elapsedMilliseconds,
        int attempts,
        string? requestId
    );

    [LoggerMessage(
        EventId = 3021,
        Level = LogLevel.Warning,
        Message = "SDRS {Method} {Path} failed after {ElapsedMilliseconds:0} ms and {Attempts} attempt(s): "
            + "{ExceptionType}"
    )]
    public static partial void CallFailed(
        ILogger logger,
        string method,
        string path,
        double elapsedMilliseconds,
        int attempts,
        string exceptionType,
        Exception exception
    );

    [LoggerMessage(
        EventId = 3022,
        Level = LogLevel.Debug,
        Message = "SDRS {Method} {Path} was cancelled by the caller after {ElapsedMilliseconds:0} ms and {Attempts} "
            + "attempt(s)"
    )]
    public static partial void CallCancelled(
        ILogger logger,
        string method,
        string path,
        double elapsedMilliseconds,
        int attempts
    );
}
