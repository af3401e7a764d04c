using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using SdrsSdk.Diagnostics.Internal;
using SdrsSdk.Errors.Internal;

namespace SdrsSdk.Http.Internal;

/// <summary>
/// Runs inside the retry, once per attempt: counts the attempt (and each one after the first as a retry:
/// <c>sdrs.client.operation.retries</c>), traces it (<see cref="SdrsDiagnostics.AttemptActivityName"/>, INTERNAL:
/// see <see cref="StartActivity"/>), logs it, refuses redirects (<see cref="SdrsRedirects"/>), and reads
/// the response body into memory within bounds, so that a body cut short counts as a failed attempt and no body can
/// exhaust memory. Every text from the server it logs or traces (headers, bodies, request ID) goes through the
/// credential's <see cref="SecretScrubber"/>.
/// </summary>
internal sealed class SdrsAttemptHandler : DelegatingHandler
{
    private readonly ILogger _logger;
    private readonly SdrsLoggingOptions _logging;
    private readonly long _maxBodyBytes;
    private readonly TimeProvider _time;
    private readonly SecretScrubber _secrets;

    public SdrsAttemptHandler(
        ILogger logger,
        SdrsLoggingOptions logging,
        long maxBodyBytes,
        TimeProvider time,
        SecretScrubber secrets
    )
    {
        _logger = logger;
        _logging = logging;
        _maxBodyBytes = maxBodyBytes;
        _time = time;
        _secrets = secrets;
    }

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        int attempt = SdrsCallState.For(request).NextAttempt();
        string method = request.Method.Method;
        if (attempt > 1 && SdrsMetrics.Retries.Enabled)
        {
            SdrsMetrics.RecordRetry(SdrsCallHandler.OperationOf(request), method);
        }

        Uri? sent = request.RequestUri;
        using Activity? activity = StartActivity(request, method, sent, attempt);

        // The path is text made from the URI: made only when a trace or a log line shows it (or an exception, below).
        string? path =
            activity is not null || _logger.IsEnabled(LogLevel.Debug) || _logger.IsEnabled(LogLevel.Trace)
                ? SdrsLogRedaction.PathOf(sent)
                : null;
        if (path is not null)
        {
            SdrsHttpLog.AttemptStarting(_logger, method, path, attempt);
        }

        long start = _time.GetTimestamp();
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

            // Before a byte of the body is read: a redirect's answer is never used, and never retried.
            SdrsRedirects.ThrowIfRedirected(sent, path, response, "SDRS", _time);
            await SdrsResponseBuffer.LoadAsync(response, _maxBodyBytes, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            response?.Dispose();
            double failedAfter = _time.GetElapsedTime(start).TotalMilliseconds;
            path ??= SdrsLogRedaction.PathOf(sent);
            string exceptionType = exception.GetType().Name;
            await LogRequestAsync(request, method, path, attempt).ConfigureAwait(false);
            SdrsHttpLog.AttemptFailed(_logger, method, path, failedAfter, attempt, exceptionType, exception);
            activity?.SetTag("error.type", exception.GetType().FullName);
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }

        int status = (int)response.StatusCode;
        string? requestId =
            activity is not null || _logger.IsEnabled(LogLevel.Debug)
                ? _secrets.Scrub(SdrsExceptionFactory.ReadRequestId(response.Headers))
                : null;
        double elapsed = _time.GetElapsedTime(start).TotalMilliseconds;
        if (path is not null)
        {
            await LogRequestAsync(request, method, path, attempt).ConfigureAwait(false);
            SdrsHttpLog.AttemptCompleted(_logger, status, method, path, elapsed, attempt, requestId);
            LogResponse(request, response, method, path, attempt);
        }

        if (activity is not null)
        {
            activity.SetTag("http.response.status_code", status);
            activity.SetTag("sdrs.request_id", requestId);
            if (status >= 400)
            {
                activity.SetTag("error.type", status.ToString(CultureInfo.InvariantCulture));
                activity.SetStatus(ActivityStatusCode.Error);
            }
        }

        return response;
    }

    private static Activity? StartActivity(HttpRequestMessage request, string method, Uri? sent, int attempt)
    {
        // INTERNAL, not CLIENT: System.Net.Http starts its own CLIENT span for the request inside this one (with
        // AddHttpClientInstrumentation or the System.Net.Http source), and OpenTelemetry's conventions want exactly one
        // CLIENT span per HTTP request; a second one around it would count every request twice in backends that derive
        // dependency calls from CLIENT spans. This span stays, rather than only enriching System.Net.Http's, because it
        // is the one that exists without HTTP instrumentation, and carries what only the SDK knows: the attempt number,
        // the scrubbed request ID, and the time spent reading the body in full (the SDK buffers it within bounds).
        Activity? activity = SdrsDiagnostics.ActivitySource.StartActivity(
            SdrsDiagnostics.AttemptActivityName,
            ActivityKind.Internal
        );
        if (activity is null)
        {
            return null;
        }

        activity.DisplayName = method;
        activity.SetTag("http.request.method", method);
        activity.SetTag("url.path", SdrsLogRedaction.PathOf(sent));
        if (request.RequestUri is { IsAbsoluteUri: true } uri)
        {
            activity.SetTag("server.address", uri.Host);
            activity.SetTag("server.port", uri.Port);
        }

        activity.SetTag("sdrs.attempt", attempt);
        if (attempt > 1)
        {
            activity.SetTag("http.request.resend_count", attempt - 1);
        }

        return activity;
    }

    /// <summary>Logs the request as it was sent (headers after signing, redacted), at Trace level.</summary>
    private async Task LogRequestAsync(HttpRequestMessage request, string method, string path, int attempt)
    {
        if (!_logger.IsEnabled(LogLevel.Trace))
        {
            return;
        }

        string headers = SdrsLogRedaction.FormatHeaders(
            request.Headers,
            request.Content?.Headers,
            _logging.LoggedHeaderNames,
            _secrets
        );
        SdrsHttpLog.RequestHeaders(_logger, method, path, attempt, headers);
        if (!_logging.LogBodies || request.Content is null || SdrsRequestOptions.IsCredentialRequest(request))
        {
            return;
        }

        try
        {
            byte[] bytes = await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            string body = SdrsLogRedaction.FormatBody(bytes, _logging.MaxLoggedBodyLength, _secrets);
            SdrsHttpLog.RequestBody(_logger, method, path, attempt, body);
        }
        catch (Exception exception)
            when (exception is InvalidOperationException or IOException or ObjectDisposedException)
        {
            string body = $"(not readable again: {exception.GetType().Name})";
            SdrsHttpLog.RequestBody(_logger, method, path, attempt, body);
        }
    }

    /// <summary>Logs the response headers (redacted) and, when enabled, its body, at Trace level.</summary>
    private void LogResponse(
        HttpRequestMessage request,
        HttpResponseMessage response,
        string method,
        string path,
        int attempt
    )
    {
        if (!_logger.IsEnabled(LogLevel.Trace))
        {
            return;
        }

        string headers = SdrsLogRedaction.FormatHeaders(
            response.Headers,
            response.Content?.Headers,
            _logging.LoggedHeaderNames,
            _secrets
        );
        SdrsHttpLog.ResponseHeaders(_logger, method, path, attempt, headers);
        if (
            _logging.LogBodies
            && response.Content is SdrsResponseContent content
            && !SdrsRequestOptions.IsCredentialRequest(request)
        )
        {
            string body = SdrsLogRedaction.FormatBody(content.Body.Span, _logging.MaxLoggedBodyLength, _secrets);
            SdrsHttpLog.ResponseBody(_logger, method, path, attempt, body);
        }
    }
}
