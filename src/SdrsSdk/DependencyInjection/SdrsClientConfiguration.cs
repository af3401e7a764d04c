using Microsoft.Extensions.Configuration;

namespace SdrsSdk.DependencyInjection;

/// <summary>
/// The settings of <see cref="SdrsClientOptions"/> that configuration can hold. Credentials are deliberately
/// absent: they come from code, the environment, or a secret store.
/// </summary>
internal sealed class SdrsClientConfiguration
{
    public Uri? Endpoint { get; set; }

    public string? Region { get; set; }

    public string? ProjectId { get; set; }

    public TimeSpan? Timeout { get; set; }

    public string? UserAgentSuffix { get; set; }

    public bool? AllowInsecureHttp { get; set; }

    public long? MaxResponseBodySize { get; set; }

    public bool? ResolveAmbiguousWrites { get; set; }

    public RetryConfiguration? Retry { get; set; }

    public LoggingConfiguration? Logging { get; set; }

    public JobPollingConfiguration? JobPolling { get; set; }

    /// <summary>Binds a configuration section and copies the values it sets onto the options.</summary>
    public static void Apply(IConfiguration configuration, SdrsClientOptions options)
    {
        var values = new SdrsClientConfiguration();
        configuration.Bind(values);
        options.Endpoint = values.Endpoint ?? options.Endpoint;
        options.Region = values.Region ?? options.Region;
        options.ProjectId = values.ProjectId ?? options.ProjectId;
        options.Timeout = values.Timeout ?? options.Timeout;
        options.UserAgentSuffix = values.UserAgentSuffix ?? options.UserAgentSuffix;
        options.AllowInsecureHttp = values.AllowInsecureHttp ?? options.AllowInsecureHttp;
        options.MaxResponseBodySize = values.MaxResponseBodySize ?? options.MaxResponseBodySize;
        options.ResolveAmbiguousWrites = values.ResolveAmbiguousWrites ?? options.ResolveAmbiguousWrites;
        if (values.Logging is { } logging && options.Logging is { } log)
        {
            log.LogBodies = logging.LogBodies ?? log.LogBodies;
            log.MaxLoggedBodyLength = logging.MaxLoggedBodyLength ?? log.MaxLoggedBodyLength;
            foreach (string header in logging.LoggedHeaderNames ?? [])
            {
                log.LoggedHeaderNames.Add(header);
            }
        }

        if (values.JobPolling is { } polling && options.JobPolling is { } poll)
        {
            poll.InitialDelay = polling.InitialDelay ?? poll.InitialDelay;
            poll.MinInterval = polling.MinInterval ?? poll.MinInterval;
            poll.MaxInterval = polling.MaxInterval ?? poll.MaxInterval;
            poll.IntervalRatio = polling.IntervalRatio ?? poll.IntervalRatio;
            poll.JitterRatio = polling.JitterRatio ?? poll.JitterRatio;
            poll.Timeout = polling.Timeout ?? poll.Timeout;
            poll.MaxConsecutiveTransientFailures = polling.MaxConsecutiveTransientFailures
                ?? poll.MaxConsecutiveTransientFailures;
            poll.MaxRetryAfter = polling.MaxRetryAfter ?? poll.MaxRetryAfter;
        }

        if (values.Retry is { } retry && options.Retry is { } target)
        {
            target.MaxRetries = retry.MaxRetries ?? target.MaxRetries;
            target.BaseDelay = retry.BaseDelay ?? target.BaseDelay;
            target.MaxDelay = retry.MaxDelay ?? target.MaxDelay;
            target.UseJitter = retry.UseJitter ?? target.UseJitter;
            if (retry.AttemptTimeout is { } attemptTimeout)
            {
                // Only a value the configuration holds: an unset attempt timeout follows the overall timeout.
                target.AttemptTimeout = attemptTimeout;
            }
        }
    }

    /// <summary>The settings of <see cref="SdrsRetryOptions"/> that configuration can hold.</summary>
    internal sealed class RetryConfiguration
    {
        public int? MaxRetries { get; set; }

        public TimeSpan? BaseDelay { get; set; }

        public TimeSpan? MaxDelay { get; set; }

        public bool? UseJitter { get; set; }

        public TimeSpan? AttemptTimeout { get; set; }
    }

    /// <summary>The settings of <see cref="SdrsLoggingOptions"/> that configuration can hold.</summary>
    internal sealed class LoggingConfiguration
    {
        public bool? LogBodies { get; set; }

        public int? MaxLoggedBodyLength { get; set; }

        /// <summary>Header names logged in addition to the default ones.</summary>
        public string[]? LoggedHeaderNames { get; set; }
    }

    /// <summary>The settings of <see cref="JobPollingOptions"/> that configuration can hold.</summary>
    internal sealed class JobPollingConfiguration
    {
        public TimeSpan? InitialDelay { get; set; }

        public TimeSpan? MinInterval { get; set; }

        public TimeSpan? MaxInterval { get; set; }

        public double? IntervalRatio { get; set; }

        public double? JitterRatio { get; set; }

        public TimeSpan? Timeout { get; set; }

        public int? MaxConsecutiveTransientFailures { get; set; }

        public TimeSpan? MaxRetryAfter { get; set; }
    }
}
