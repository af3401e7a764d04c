using System.Globalization;
using System.Net;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;
using SdrsSdk.Operations.Internal;

namespace SdrsSdk.Http.Internal;

/// <summary>
/// The SDK's resilience handler, outermost first: the overall timeout (<see cref="SdrsClientOptions.Timeout"/>), the
/// retry (<see cref="SdrsRetryRule"/>, exponential backoff with optional jitter, <c>Retry-After</c>), the attempt
/// timeout, then, once per attempt, whatever <see cref="SdrsRetryOptions.ConfigurePipeline"/> adds (a Polly pipeline,
/// built only when it is set).
/// </summary>
/// <remarks>
/// Both timeouts share one cancellation source per call, re-armed for each attempt to the nearer of the two
/// deadlines, so a call that succeeds at once costs one timer, like <see cref="HttpClient.Timeout"/>. A timeout
/// surfaces as Polly's <see cref="TimeoutRejectedException"/> (with the timeout that fired), which the call handler
/// turns into <see cref="SdrsTimeoutException"/>; the caller's own cancellation passes through unchanged.
/// </remarks>
internal sealed class SdrsResilience : DelegatingHandler
{
    /// <summary>The name of the pipeline <see cref="SdrsRetryOptions.ConfigurePipeline"/> builds, as Polly telemetry
    /// reports it.</summary>
    public const string PipelineName = "SdrsSdk";

    // The key Microsoft.Extensions.Http.Resilience reads with GetRequestMessage(), so strategies written for it find
    // the request in the context.
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestMessageKey = new(
        "Resilience.Http.RequestMessage"
    );

    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _attemptTimeout;
    private readonly int _maxRetries;
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxDelay;
    private readonly bool _useJitter;
    private readonly ResiliencePipeline<HttpResponseMessage>? _added;

    // An idle cancellation source left by a finished call, for the next one: a call that ends without a timeout or a
    // cancellation resets its source (no timer running, no registration left) instead of dropping it.
    private CancellationTokenSource? _spare;

    /// <summary>Creates the handler for a client's options; the same for a client built from options and through
    /// DI.</summary>
    public SdrsResilience(SdrsClientOptions options, ILogger logger)
    {
        SdrsRetryOptions retry = options.Retry;
        _logger = logger;
        _time = options.TimeProvider;
        _timeout = options.Timeout;
        _attemptTimeout = retry.EffectiveAttemptTimeout(options.Timeout);
        _maxRetries = retry.MaxRetries;
        _baseDelay = retry.BaseDelay;
        _maxDelay = retry.MaxDelay;
        _useJitter = retry.UseJitter;
        if (retry.ConfigurePipeline is { } configure)
        {
            var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
            {
                Name = PipelineName,
                TimeProvider = options.TimeProvider,
            };
            configure(builder);
            _added = builder.Build();
        }
    }

    /// <inheritdoc/>
    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        // A mutable struct: not a using variable, which would be read-only and copied on every call.
        var timer = new CallTimer(this, cancellationToken);
        Task<HttpResponseMessage> first;
        try
        {
            CancellationToken token = timer.ArmAttempt(request);
            try
            {
                first = SendAttemptAsync(request, token);
            }
            catch (Exception exception)
            {
                // Thrown before the attempt's task existed: a failure of the attempt all the same.
                first = Task.FromException<HttpResponseMessage>(exception);
            }
        }
        catch
        {
            timer.Dispose();
            throw;
        }

        // An answer at once (an in-memory transport) that is not to be retried needs no state machine: the attempt's
        // task is the call's.
        if (first.IsCompletedSuccessfully && !ShouldRetry(request, first.Result, null, 0, cancellationToken))
        {
            timer.Dispose();
            return first;
        }

        return SendRetryingAsync(timer, request, first, first.IsCompletedSuccessfully, cancellationToken);
    }

    /// <summary>The call from its first attempt on, which <see cref="SendAsync"/> has started.</summary>
    /// <param name="timer">The call's timer, armed for the first attempt (this method owns it from now on).</param>
    /// <param name="request">The request.</param>
    /// <param name="first">The first attempt.</param>
    /// <param name="firstRetried">Whether the first attempt is already known to be retried (it succeeded at once,
    /// and <see cref="ShouldRetry"/> said so: not asked twice).</param>
    /// <param name="cancellationToken">The caller's token.</param>
    private async Task<HttpResponseMessage> SendRetryingAsync(
        CallTimer timer,
        HttpRequestMessage request,
        Task<HttpResponseMessage> first,
        bool firstRetried,
        CancellationToken cancellationToken
    )
    {
        bool mayHaveReachedService = false;
        try
        {
            for (int attempt = 0; ; attempt++)
            {
                CancellationToken token = attempt == 0 ? default : timer.ArmAttempt(request);
                HttpResponseMessage? response = null;
                ExceptionDispatchInfo? failure = null;
                try
                {
                    response = await (attempt == 0 ? first : SendAttemptAsync(request, token)).ConfigureAwait(false);
                }
                catch (OperationCanceledException canceled) when (timer.Fired)
                {
                    // The call's deadline ends the call; an attempt's is a transient failure of that attempt.
                    TimeoutRejectedException timeout = timer.TimedOut(request, canceled);
                    if (timer.CallDeadlineArmed)
                    {
                        throw timeout;
                    }

                    failure = ExceptionDispatchInfo.Capture(timeout);
                }
                catch (Exception exception)
                {
                    failure = ExceptionDispatchInfo.Capture(exception);
                }

                if (mayHaveReachedService && response?.StatusCode == HttpStatusCode.NotFound && IsDelete(request))
                {
                    // A delete sent again after an attempt that may have done it: not-found means it was done.
                    if (_logger.IsEnabled(LogLevel.Information))
                    {
                        string deleted = SdrsLogRedaction.PathOf(request);
                        SdrsHttpLog.DeleteDone(_logger, request.Method.Method, deleted, attempt + 1);
                    }

                    response.Dispose();
                    return new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request };
                }

                bool retry =
                    (attempt == 0 && firstRetried)
                    || ShouldRetry(request, response, failure?.SourceException, attempt, cancellationToken);
                if (!retry || attempt >= _maxRetries)
                {
                    failure?.Throw();
                    return response!;
                }

                mayHaveReachedService |=
                    response?.StatusCode != HttpStatusCode.TooManyRequests
                    && (failure is null || !SdrsRetryRule.NeverReachedServer(failure.SourceException));

                TimeSpan delay = DelayBefore(attempt, response);
                string path = SdrsLogRedaction.PathOf(request);
                string outcome = Describe(response, failure?.SourceException);
                SdrsHttpLog.Retrying(
                    _logger,
                    request.Method.Method,
                    path,
                    delay.TotalMilliseconds,
                    attempt + 1,
                    outcome
                );
                response?.Dispose();
                if (delay > TimeSpan.Zero)
                {
                    CancellationToken waiting = timer.ArmWait(request);
                    try
                    {
                        await Task.Delay(delay, _time, waiting).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException canceled) when (timer.Fired)
                    {
                        throw timer.TimedOut(request, canceled);
                    }
                }
            }
        }
        finally
        {
            timer.Dispose();
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Interlocked.Exchange(ref _spare, null)?.Dispose();
        }

        base.Dispose(disposing);
    }

    private Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken token) =>
        base.SendAsync(request, token);

    private Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken token) =>
        _added is null ? base.SendAsync(request, token) : SendThroughAddedAsync(_added, request, token);

    private async Task<HttpResponseMessage> SendThroughAddedAsync(
        ResiliencePipeline<HttpResponseMessage> added,
        HttpRequestMessage request,
        CancellationToken token
    )
    {
        ResilienceContext context = ResilienceContextPool.Shared.Get(token);
        context.Properties.Set(RequestMessageKey, request);
        try
        {
            return await added
                .ExecuteAsync(
                    static (context, state) =>
                        new ValueTask<HttpResponseMessage>(
                            state.Handler.SendInnerAsync(state.Request, context.CancellationToken)
                        ),
                    context,
                    (Handler: this, Request: request)
                )
                .ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>The wait before retry number <paramref name="attempt"/> + 1: the <c>Retry-After</c> the response asks
    /// for (never longer than the cap: <see cref="ShouldRetry"/> refuses those), else exponential backoff from the
    /// base delay, spread over half to one and a half times its value when jitter is on, and capped.</summary>
    private TimeSpan DelayBefore(int attempt, HttpResponseMessage? response)
    {
        if (response is not null && SdrsTransientFailure.ReadRetryAfter(response.Headers, _time) is { } asked)
        {
            return asked;
        }

        double milliseconds = _baseDelay.TotalMilliseconds * Math.Pow(2, attempt);
        if (_useJitter)
        {
#pragma warning disable CA5394 // Jitter spreads retries over time; it needs no cryptographic randomness.
            milliseconds *= 0.5 + Random.Shared.NextDouble();
#pragma warning restore CA5394
        }

        return milliseconds >= _maxDelay.TotalMilliseconds ? _maxDelay : TimeSpan.FromMilliseconds(milliseconds);
    }

    /// <summary>Applies <see cref="SdrsRetryRule"/>, refuses waits longer than the cap, and logs why a write is not
    /// retried. Asked after every attempt, the last one included.</summary>
    private bool ShouldRetry(
        HttpRequestMessage request,
        HttpResponseMessage? response,
        Exception? exception,
        int attempt,
        CancellationToken cancellationToken
    )
    {
        if (cancellationToken.IsCancellationRequested || SdrsRequestOptions.IsNoRetry(request))
        {
            return false;
        }

        bool retry = SdrsRetryRule.ShouldRetry(request, response, exception);
        if (
            retry
            && response is not null
            && SdrsTransientFailure.ReadRetryAfter(response.Headers, _time) is { } wait
            && wait > _maxDelay
        )
        {
            string method = request.Method.Method;
            string path = SdrsLogRedaction.PathOf(request);
            string described = Describe(response, exception);
            string reason = string.Create(
                CultureInfo.InvariantCulture,
                $"the service asked to wait {wait.TotalSeconds:0.#} s (Retry-After), longer than the "
                    + $"{_maxDelay.TotalSeconds:0.#} s the retry waits at most"
            );
            SdrsHttpLog.NotRetrying(_logger, method, path, attempt + 1, described, reason);
            return false;
        }

        // Whether a read would have been retried is asked only for the log: a write's success body is not checked
        // when nobody reads the message.
        if (
            !retry
            && !SdrsRetryRule.IsRead(request.Method)
            && _logger.IsEnabled(LogLevel.Information)
            && !SdrsRetryRule.IsSafeToRepeat(request)
            && SdrsRetryRule.ShouldRetryAs(HttpMethod.Get, response, exception)
        )
        {
            string path = SdrsLogRedaction.PathOf(request);
            string described = Describe(response, exception);
            SdrsHttpLog.NotRetrying(
                _logger,
                request.Method.Method,
                path,
                attempt + 1,
                described,
                "a write is sent again only when it provably never reached the service or was refused with HTTP "
                    + "429; the service may have processed this one"
            );
        }

        return retry;
    }

    /// <summary>Gets a value indicating whether a request is a delete the service answers synchronously (the
    /// operation table's class).</summary>
    private static bool IsDelete(HttpRequestMessage request) =>
        request.Method == HttpMethod.Delete
        && SdrsOperationMatcher.Find(request.Method, request.RequestUri)
            is { RepeatClass: SdrsRepeatClass.Delete, IsAsynchronous: false };

    private static string Describe(HttpResponseMessage? response, Exception? exception) =>
        response is not null
            ? string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode}")
            : exception?.GetType().Name ?? "nothing";

    /// <summary>
    /// The two timeouts of one call on one cancellation source: armed per attempt to the nearer of the attempt
    /// deadline and the call's, and between attempts to the call's alone. None is used when both timeouts are
    /// infinite; a new one replaces it only after it fired; an unfired one is reset and kept for the next call.
    /// </summary>
#pragma warning disable CA1001 // It is disposable: the rule misses a struct's Dispose; a class would cost an object.
    private struct CallTimer : IDisposable
#pragma warning restore CA1001
    {
        private readonly SdrsResilience _owner;
        private readonly CancellationToken _caller;
        private readonly long _start;
        private CancellationTokenSource? _source;
        private CancellationTokenRegistration _link;
        private bool _callDeadlineArmed;

        public CallTimer(SdrsResilience owner, CancellationToken caller)
        {
            _owner = owner;
            _caller = caller;
            _start = owner._timeout == Timeout.InfiniteTimeSpan ? 0 : owner._time.GetTimestamp();
        }

        /// <summary>Gets a value indicating whether a timeout (not the caller) cancelled the current token.</summary>
        public readonly bool Fired => _source is { IsCancellationRequested: true } && !_caller.IsCancellationRequested;

        /// <summary>Gets a value indicating whether the token last armed ends at the call's deadline.</summary>
        public readonly bool CallDeadlineArmed => _callDeadlineArmed;

        /// <summary>The token of the next attempt.</summary>
        public CancellationToken ArmAttempt(HttpRequestMessage request)
        {
            TimeSpan attempt = _owner._attemptTimeout;
            if (_owner._timeout == Timeout.InfiniteTimeSpan)
            {
                return attempt == Timeout.InfiniteTimeSpan ? _caller : Arm(attempt, callDeadline: false);
            }

            TimeSpan left = Left(request);
            return attempt != Timeout.InfiniteTimeSpan && attempt < left
                ? Arm(attempt, callDeadline: false)
                : Arm(left, callDeadline: true);
        }

        /// <summary>The token of a wait between attempts: only the call's deadline applies.</summary>
        public CancellationToken ArmWait(HttpRequestMessage request) =>
            _owner._timeout == Timeout.InfiniteTimeSpan ? _caller : Arm(Left(request), callDeadline: true);

        /// <summary>The exception for the timeout that fired; the call's marks the call state.</summary>
        public readonly TimeoutRejectedException TimedOut(HttpRequestMessage request, OperationCanceledException inner)
        {
            TimeSpan timeout = _callDeadlineArmed ? _owner._timeout : _owner._attemptTimeout;
            if (_callDeadlineArmed)
            {
                SdrsCallState.For(request).OverallTimeoutFired = true;
            }

            string message = string.Create(
                CultureInfo.InvariantCulture,
                $"The {(_callDeadlineArmed ? "call" : "attempt")} did not complete within its timeout of {timeout}."
            );
            return new TimeoutRejectedException(message, timeout, inner);
        }

        public void Dispose()
        {
            _link.Dispose();
            if (_source is null)
            {
                return;
            }

            if (!_source.TryReset() || Interlocked.CompareExchange(ref _owner._spare, _source, null) is not null)
            {
                _source.Dispose();
            }
        }

        private TimeSpan Left(HttpRequestMessage request)
        {
            TimeSpan left = _owner._timeout - _owner._time.GetElapsedTime(_start);
            if (left <= TimeSpan.Zero)
            {
                _callDeadlineArmed = true;
                throw TimedOut(request, new OperationCanceledException(_caller));
            }

            return left;
        }

        private CancellationToken Arm(TimeSpan after, bool callDeadline)
        {
            if (_source is { IsCancellationRequested: true })
            {
                _link.Dispose();
                _source.Dispose();
                _source = null;
            }

            if (_source is null)
            {
                // Created idle, then started: a timeout is no wait of its own (test clocks step through waits).
                _source = Interlocked.Exchange(ref _owner._spare, null)
                    ?? new CancellationTokenSource(Timeout.InfiniteTimeSpan, _owner._time);
                if (_caller.CanBeCanceled)
                {
                    _link = _caller.UnsafeRegister(
                        static source => ((CancellationTokenSource)source!).Cancel(),
                        _source
                    );
                }
            }

            _source.CancelAfter(after);
            _callDeadlineArmed = callDeadline;
            return _source.Token;
        }
    }
}
