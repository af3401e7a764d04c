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

    public RetryConfiguration? Retry { get; set; }

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
}
