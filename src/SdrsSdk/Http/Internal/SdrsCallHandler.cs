using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using Refit;
using SdrsSdk.Diagnostics.Internal;
using SdrsSdk.Errors.Internal;

namespace SdrsSdk.Http.Internal;

/// <summary>
/// The outermost handler: one per SDK call, around the retry. Traces the call (<see
/// cref="SdrsDiagnostics.CallActivityName"/>, an INTERNAL span: the logical operation of a client library, whose
/// CLIENT spans are the HTTP requests under it), measures it (<c>sdrs.client.operation.duration</c>), logs its outcome
/// once, and turns a resilience timeout into an <see
/// cref="SdrsTimeoutException"/> that cannot be mistaken for the caller's own cancellation, and a network failure into
/// an <see cref="SdrsConnectionException"/> that says whether the request may have reached the service. It attaches the
/// credential's <see cref="SecretScrubber"/> to the request, so that every exception built from a response of the call
/// is scrubbed of secrets.
/// </summary>
internal sealed class SdrsCallHandler : DelegatingHandler
{
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly SecretScrubber _secrets;

    public SdrsCallHandler(ILogger logger, TimeProvider time, SecretScrubber secrets)
    {
        _logger = logger;
        _time = time;
        _secrets = secrets;
    }

    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        SdrsCallState state = SdrsCallState.For(request);
        string method = request.Method.Method;
        _secrets.AttachTo(request);

        // A request without content may be sent again by the transport itself when the connection closes before any
        // response byte (SocketsHttpHandler's retry for idle connections); a request with content never is. An empty
        // body keeps every write to the SDK's own retry rule.
        if (request.Content is null && !SdrsRetryRule.IsRead(request.Method))
        {
            request.Content = new ByteArrayContent([]);
        }

        // The URI the call was made to: the path logs, traces and exceptions show is made from it, and only for them.
        Uri? sent = request.RequestUri;
        Activity? activity = StartActivity(request, method, sent);
        long start = _time.GetTimestamp();
        Task<HttpResponseMessage> sending;
        try
        {
            sending = base.SendAsync(request, cancellationToken);
        }
        catch (Exception exception)
        {
            sending = Task.FromException<HttpResponseMessage>(exception);
        }

        // An answer at once (an in-memory transport) needs no state machine: the inner task is the call's.
        if (sending.IsCompletedSuccessfully)
        {
            using (activity)
            {
                Completed(sending.Result, request, method, sent, start, state, activity);
            }

            return sending;
        }

        return FinishAsync(sending, request, method, sent, start, state, activity, cancellationToken);
    }

    private async Task<HttpResponseMessage> FinishAsync(
        Task<HttpResponseMessage> sending,
        HttpRequestMessage request,
        string method,
        Uri? sent,
        long start,
        SdrsCallState state,
        Activity? activity,
        CancellationToken cancellationToken
    )
    {
        using (activity)
        {
            try
            {
                HttpResponseMessage response = await sending.ConfigureAwait(false);
                Completed(response, request, method, sent, start, state, activity);
                return response;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                double elapsed = _time.GetElapsedTime(start).TotalMilliseconds;
                int attempts = state.Attempts;
                string path = SdrsLogRedaction.PathOf(sent);
                SdrsHttpLog.CallCancelled(_logger, method, path, elapsed, attempts);
                Fail(request, method, start, activity, state, "canceled");
                throw;
            }
            catch (Exception failure)
            {
                double elapsed = _time.GetElapsedTime(start).TotalMilliseconds;
                int attempts = state.Attempts;
                string path = SdrsLogRedaction.PathOf(sent);
                Exception surfaced = failure switch
                {
                    TimeoutRejectedException timeout => new SdrsTimeoutException(
                        method,
                        path,
                        timeout.Timeout,
                        attempts,
                        state.OverallTimeoutFired,
                        timeout
                    ),
                    HttpRequestException http => new SdrsConnectionException(
                        method,
                        path,
                        request.RequestUri?.Host,
                        attempts,
                        SdrsConnectionFailure.NeverSent(http),
                        http
                    ),
                    _ => failure,
                };
                SdrsHttpLog.CallFailed(_logger, method, path, elapsed, attempts, surfaced.GetType().Name, surfaced);
                Fail(request, method, start, activity, state, surfaced.GetType().FullName!);
                if (ReferenceEquals(surfaced, failure))
                {
                    throw;
                }

                throw surfaced;
            }
        }
    }

    /// <summary>Logs and traces a call that ended with a response (of any status).</summary>
    private void Completed(
        HttpResponseMessage response,
        HttpRequestMessage request,
        string method,
        Uri? sent,
        long start,
        SdrsCallState state,
        Activity? activity
    )
    {
        int status = (int)response.StatusCode;
        TimeSpan took = _time.GetElapsedTime(start);
        double elapsed = took.TotalMilliseconds;
        int attempts = state.Attempts;
        if (SdrsMetrics.OperationDuration.Enabled)
        {
            SdrsMetrics.RecordCall(OperationOf(request), method, status, took);
        }

        // The request ID is the server's text: scrubbed, and only read when a log or a trace will show it.
        string? requestId =
            activity is not null || _logger.IsEnabled(LogLevel.Information)
                ? _secrets.Scrub(SdrsExceptionFactory.ReadRequestId(response.Headers))
                : null;

        // What a captured response, a page or a job handle shows (SdrsResponse.From).
        state.Duration = took;
        SdrsResponseCapture.Current?.Record(SdrsResponse.From(response));
        if (_logger.IsEnabled(LogLevel.Information))
        {
            string path = SdrsLogRedaction.PathOf(sent);
            SdrsHttpLog.CallCompleted(_logger, method, path, status, elapsed, attempts, requestId);
        }

        if (activity is not null)
        {
            activity.SetTag("http.response.status_code", status);
            activity.SetTag("sdrs.request_id", requestId);
            activity.SetTag("sdrs.attempts", attempts);
            if (status >= 400)
            {
                activity.SetStatus(ActivityStatusCode.Error);
            }
        }
    }

    private static Activity? StartActivity(HttpRequestMessage request, string method, Uri? sent)
    {
        Activity? activity = SdrsDiagnostics.ActivitySource.StartActivity(
            SdrsDiagnostics.CallActivityName,
            ActivityKind.Internal
        );
        if (activity is null)
        {
            return null;
        }

        string path = SdrsLogRedaction.PathOf(sent);
        string? template = Read<string>(request, HttpRequestMessageOptions.RelativePathTemplate);
        activity.DisplayName = $"{method} {template ?? path}";
        activity.SetTag("http.request.method", method);
        activity.SetTag("url.path", path);
        if (OperationOf(request) is { } operation)
        {
            activity.SetTag("sdrs.operation", operation);
        }

        return activity;
    }

    /// <summary>
    /// The operation a request calls, as the internal API's interface and method (<c>IQuotasApi.GetAsync</c>): one
    /// value per API method, never an ID, so that it is fit for a metric's tag as well as a span's.
    /// </summary>
    internal static string? OperationOf(HttpRequestMessage request)
    {
        if (Read<string>(request, HttpRequestMessageOptions.MethodName) is not { } operation)
        {
            return null;
        }

        string? api = Read<Type>(request, HttpRequestMessageOptions.InterfaceType)?.Name;
        return api is null ? operation : $"{api}.{operation}";
    }

    private static T? Read<T>(HttpRequestMessage request, string key)
        where T : class => request.Options.TryGetValue(new HttpRequestOptionsKey<T>(key), out T? value) ? value : null;

    private void Fail(
        HttpRequestMessage request,
        string method,
        long start,
        Activity? activity,
        SdrsCallState state,
        string errorType
    )
    {
        if (SdrsMetrics.OperationDuration.Enabled)
        {
            SdrsMetrics.RecordCall(OperationOf(request), method, errorType, _time.GetElapsedTime(start));
        }

        if (activity is not null)
        {
            activity.SetTag("sdrs.attempts", state.Attempts);
            activity.SetTag("error.type", errorType);
            activity.SetStatus(ActivityStatusCode.Error, errorType);
        }
    }
}
