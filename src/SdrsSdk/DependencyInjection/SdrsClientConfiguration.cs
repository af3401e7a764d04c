using Microsoft.Extensions.Configuration;
using SdrsSdk;

namespace Microsoft.Extensions.DependencyInjection;

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
    }
}
