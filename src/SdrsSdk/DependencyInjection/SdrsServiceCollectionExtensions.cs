using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SdrsSdk;
using SdrsSdk.Auth.Internal;
using SdrsSdk.Http.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="SdrsClient"/> with dependency injection, on <c>IHttpClientFactory</c>.</summary>
public static class SdrsServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the SDK registers.</summary>
    public const string HttpClientName = "SdrsSdk";

    /// <summary>Registers <see cref="SdrsClient"/>, configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options: endpoint (or region), project ID, credential, …</param>
    /// <returns>The HTTP client builder, to add handlers or configure the primary handler.</returns>
    /// <remarks>
    /// The options are validated when the first client is resolved (or at start-up with
    /// <c>ValidateOnStart</c>); a missing credential or project ID falls back to the <c>HUAWEICLOUD_SDK_*</c>
    /// environment variables.
    /// </remarks>
    public static IHttpClientBuilder AddSdrsClient(this IServiceCollection services, Action<SdrsClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SdrsClientOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>Registers <see cref="SdrsClient"/>, configured from a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">
    /// The section (for example <c>configuration.GetSection("Sdrs")</c>) with <c>Endpoint</c> or <c>Region</c>,
    /// <c>ProjectId</c>, <c>Timeout</c>, <c>UserAgentSuffix</c> and <c>AllowInsecureHttp</c>.
    /// </param>
    /// <param name="configure">Further settings in code, such as the credential; optional.</param>
    /// <returns>The HTTP client builder, to add handlers or configure the primary handler.</returns>
    /// <remarks>
    /// A credential set by <paramref name="configure"/> is used as it is. Without one, the credential is looked for in
    /// the environment, then in the section's <c>Credentials</c> subsection (<c>AccessKey</c>/<c>SecretKey</c>/<c>SecurityToken</c>,
    /// or <c>UserName</c>/<c>Password</c>/<c>DomainName</c>/<c>ProjectName</c>/<c>IamEndpoint</c>), in the order
    /// <see cref="DefaultSdrsCredential"/> describes; when none is found, validation lists every place tried.
    /// </remarks>
    public static IHttpClientBuilder AddSdrsClient(
        this IServiceCollection services, IConfiguration configuration, Action<SdrsClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        OptionsBuilder<SdrsClientOptions> options = services.AddOptions<SdrsClientOptions>()
            .Configure(target => SdrsClientConfiguration.Apply(configuration, target));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        IHttpClientBuilder builder = AddCore(services);

        // After the environment (AddCore), a credential from the section's Credentials subsection.
        services.AddOptions<SdrsClientOptions>().PostConfigure(
            target => CredentialChain.ApplyConfiguration(target, configuration.GetSection(CredentialChain.SectionName)));
        return builder;
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        services.AddOptions<SdrsClientOptions>().PostConfigure(options =>
        {
            options.Credential ??= SdrsCredential.FromEnvironment();
            CredentialChain.ApplyEnvironment(options);
            if (string.IsNullOrWhiteSpace(options.ProjectId))
            {
                options.ProjectId = Environment.GetEnvironmentVariable(SdrsCredential.ProjectIdVariable)?.Trim();
            }
        });
        services.AddSingleton<IValidateOptions<SdrsClientOptions>, SdrsClientOptionsValidator>();

        IHttpClientBuilder builder = services.AddHttpClient(HttpClientName)
            .AddTypedClient((httpClient, provider) => new SdrsClient(httpClient, Resolve(provider), ownsHttpClient: false));
        builder.ConfigureHttpClient((provider, httpClient) => httpClient.Timeout = Resolve(provider).Timeout);
        builder.AddHttpMessageHandler(provider => new UserAgentHandler(Resolve(provider).UserAgentSuffix));

        // Authentication is the innermost handler: added last, it runs after every other handler a caller chains.
        builder.AddHttpMessageHandler(provider =>
        {
            SdrsClientOptions options = Resolve(provider);
            return new AuthenticationHandler(options.Credential!, SdrsPipeline.CreateAuthenticationContext(options));
        });
        return builder;
    }

    private static SdrsClientOptions Resolve(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<SdrsClientOptions>>().Value;

    private sealed class SdrsClientOptionsValidator : IValidateOptions<SdrsClientOptions>
    {
        public ValidateOptionsResult Validate(string? name, SdrsClientOptions options)
        {
            try
            {
                options.Validate();
                return ValidateOptionsResult.Success;
            }
            catch (ArgumentException exception)
            {
                return ValidateOptionsResult.Fail(exception.Message);
            }
        }
    }
}
