using System.Globalization;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace SdrsSdk.Http.Internal;

/// <summary>
/// Builds the SDK's resilience pipeline, outermost first: the overall timeout (<see
/// cref="SdrsClientOptions.Timeout"/>), the retry (<see cref="SdrsRetryRule"/>, exponential backoff with jitter,
/// <c>Retry-After</c>), the attempt timeout, then whatever <see cref="SdrsRetryOptions.ConfigurePipeline"/> adds.
/// </summary>
internal static class SdrsResilience
{
    /// <summary>The name of the SDK's pipeline, as Polly telemetry reports it.</summary>
    public const string PipelineName = "SdrsSdk";

    /// <summary>Creates the handler that runs the pipeline; the same for a client built from options and through
    /// DI.</summary>
    public static ResilienceHandler CreateHandler(SdrsClientOptions options, ILogger logger) =>
        new(Build(options, logger));

    /// <summary>Builds the pipeline on the options' clock.</summary>
    public static ResiliencePipeline<HttpResponseMessage> Build(SdrsClientOptions options, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = PipelineName,
            TimeProvider = options.TimeProvider,
        };
        SdrsRetryOptions retry = options.Retry;
        TimeProvider time = options.TimeProvider;

        if (options.Timeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(
                new TimeoutStrategyOptions
                {
                    Name = "SdrsSdk.OverallTimeout",
                    Timeout = options.Timeout,
                    OnTimeout = args =>
                    {
                        if (args.Context.GetRequestMessage() is { } request)
                        {
                            SdrsCallState.For(request).OverallTimeoutFired = true;
                        }

                        return default;
                    },
                }
            );
        }

        if (retry.MaxRetries > 0)
        {
            builder.AddRetry(
                new RetryStrategyOptions<HttpResponseMessage>
                {
                    Name = "SdrsSdk.Retry",
                    MaxRetryAttempts = retry.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    Delay = retry.BaseDelay,
                    MaxDelay = retry.MaxDelay,
                    UseJitter = retry.UseJitter,
                    ShouldHandle = args =>
                        ValueTask.FromResult(
                            ShouldRetry(args.Context, args.Outcome, args.AttemptNumber, retry.MaxDelay, time, logger)
                        ),
                    DelayGenerator = args =>
                        ValueTask.FromResult(
                            args.Outcome.Result is { } response
                                ? SdrsTransientFailure.ReadRetryAfter(response.Headers, time)
                                : null
                        ),
                    OnRetry = args =>
                    {
                        if (args.Context.GetRequestMessage() is { } request)
                        {
                            string path = SdrsLogRedaction.PathOf(request);
                            double delay = args.RetryDelay.TotalMilliseconds;
                            string outcome = Describe(args.Outcome);
                            SdrsHttpLog.Retrying(
                                logger,
                                request.Method.Method,
                                path,
                                delay,
                                args.AttemptNumber + 1,
                                outcome
                            );
                        }

                        return default;
                    },
                }
            );
        }

        if (retry.AttemptTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(
                new TimeoutStrategyOptions { Name = "SdrsSdk.AttemptTimeout", Timeout = retry.AttemptTimeout }
            );
        }

        retry.ConfigurePipeline?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>Applies <see cref="SdrsRetryRule"/>, refuses waits longer than the cap, and logs why a write is not
    /// retried.</summary>
    private static bool ShouldRetry(
        ResilienceContext context,
        Outcome<HttpResponseMessage> outcome,
        int attemptNumber,
        TimeSpan maxDelay,
        TimeProvider time,
        ILogger logger
    )
    {
        if (context.CancellationToken.IsCancellationRequested || context.GetRequestMessage() is not { } request)
        {
            return false;
        }

        if (SdrsRequestOptions.IsNoRetry(request))
        {
            return false;
        }

        HttpResponseMessage? response = outcome.Result;
        bool retry = SdrsRetryRule.ShouldRetry(request, response, outcome.Exception);
        if (
            retry
            && response is not null
            && SdrsTransientFailure.ReadRetryAfter(response.Headers, time) is { } wait
            && wait > maxDelay
        )
        {
            string method = request.Method.Method;
            string path = SdrsLogRedaction.PathOf(request);
            string described = Describe(outcome);
            string reason = string.Create(
                CultureInfo.InvariantCulture,
                $"the service asked to wait {wait.TotalSeconds:0.#} s (Retry-After), longer than the "
                    + $"{maxDelay.TotalSeconds:0.#} s the retry waits at most"
            );
            SdrsHttpLog.NotRetrying(logger, method, path, attemptNumber + 1, described, reason);
            return false;
        }

        // Whether a read would have been retried is asked only for the log: a write's success body is not checked
        // when nobody reads the message.
        if (
            !retry
            && !SdrsRetryRule.IsRead(request.Method)
            && logger.IsEnabled(LogLevel.Information)
            && SdrsRetryRule.ShouldRetryAs(HttpMethod.Get, response, outcome.Exception)
        )
        {
            string path = SdrsLogRedaction.PathOf(request);
            string described = Describe(outcome);
            SdrsHttpLog.NotRetrying(
                logger,
                request.Method.Method,
                path,
                attemptNumber + 1,
                described,
                "a write is sent again only when it provably never reached the service or was refused with HTTP "
                    + "429; the service may have processed this one"
            );
        }

        return retry;
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response
            ? string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode}")
            : outcome.Exception?.GetType().Name ?? "nothing";
}
