using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SdrsSdk;
using SdrsSdk.Auth.Internal;
using SdrsSdk.DependencyInjection;
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
    /// <returns>
    /// The HTTP client builder, to configure the primary handler or add handlers. Handlers you add run innermost,
    /// once per attempt, after the request is signed: they must not change its URI, signed headers or body.
    /// </returns>
    /// <remarks>
    /// <para>
    /// The options are validated when the first client is resolved (or at start-up with
    /// <c>ValidateOnStart</c>); a missing credential or project ID falls back to the <c>HUAWEICLOUD_SDK_*</c>
    /// environment variables, and a missing <see cref="SdrsClientOptions.LoggerFactory"/> to the container's.
    /// </para>
    /// <para>
    /// The handler chain is the one <c>new SdrsClient(options)</c> builds: call logging and tracing, the resilience
    /// pipeline (<see cref="SdrsClientOptions.Timeout"/>, <see cref="SdrsClientOptions.Retry"/>), attempt logging and
    /// tracing, User-Agent, signing. Extend or replace the resilience pipeline with
    /// <see cref="SdrsRetryOptions.ConfigurePipeline"/>.
    /// </para>
    /// <para>
    /// The primary handler is a <see cref="SocketsHttpHandler"/> that follows no redirects (SDRS never redirects; a
    /// followed redirect would carry the credential to another host). If you replace it, keep
    /// <see cref="SocketsHttpHandler.AllowAutoRedirect"/> off.
    /// </para>
    /// </remarks>
    public static IHttpClientBuilder AddSdrsClient(
        this IServiceCollection services,
        Action<SdrsClientOptions> configure
    )
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
    /// <c>ProjectId</c>, <c>Timeout</c>, <c>UserAgentSuffix</c>, <c>AllowInsecureHttp</c>, <c>MaxResponseBodySize</c>
    /// and a <c>Retry</c> section (<c>MaxRetries</c>, <c>BaseDelay</c>, <c>MaxDelay</c>, <c>UseJitter</c>,
    /// <c>AttemptTimeout</c>).
    /// </param>
    /// <param name="configure">Further settings in code, such as the credential; optional.</param>
    /// <returns>
    /// The HTTP client builder, to configure the primary handler or add handlers (they run innermost, once per
    /// attempt, after signing).
    /// </returns>
    /// <remarks>
    /// A credential set by <paramref name="configure"/> is used as it is. Without one, the credential is looked for in
    /// the environment, then in the section's <c>Credentials</c> subsection
    /// (<c>AccessKey</c>/<c>SecretKey</c>/<c>SecurityToken</c>, or
    /// <c>UserName</c>/<c>Password</c>/<c>DomainName</c>/<c>ProjectName</c>/<c>IamEndpoint</c>), in the order
    /// <see cref="DefaultSdrsCredential"/> describes; when none is found, validation lists every place tried.
    /// </remarks>
    public static IHttpClientBuilder AddSdrsClient(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<SdrsClientOptions>? configure = null
    )
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        OptionsBuilder<SdrsClientOptions> options = services
            .AddOptions<SdrsClientOptions>()
            .Configure(target => SdrsClientConfiguration.Apply(configuration, target));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        IHttpClientBuilder builder = AddCore(services);

        // After the environment (AddCore), a credential from the section's Credentials subsection.
        services
            .AddOptions<SdrsClientOptions>()
            .PostConfigure(target =>
                CredentialChain.ApplyConfiguration(target, configuration.GetSection(CredentialChain.SectionName))
            );
        return builder;
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        services
            .AddOptions<SdrsClientOptions>()
            .PostConfigure<IServiceProvider>(
                (options, provider) =>
                {
                    options.LoggerFactory ??= provider.GetService<ILoggerFactory>();
                    options.Credential ??= SdrsCredential.FromEnvironment();
                    CredentialChain.ApplyEnvironment(options);
                    if (string.IsNullOrWhiteSpace(options.ProjectId))
                    {
                        options.ProjectId = Environment
                            .GetEnvironmentVariable(SdrsCredential.ProjectIdVariable)
                            ?.Trim();
                    }
                }
            );
        services.AddSingleton<IValidateOptions<SdrsClientOptions>, SdrsClientOptionsValidator>();

        IHttpClientBuilder builder = services
            .AddHttpClient(HttpClientName)
            .AddTypedClient(
                (httpClient, provider) => new SdrsClient(httpClient, Resolve(provider), ownsHttpClient: false)
            );

        // SDRS never redirects: the primary handler follows none, so no redirect carries the credential to another host
        // (IHttpClientFactory's default, HttpClientHandler, would follow it).
        builder.ConfigurePrimaryHttpMessageHandler(SdrsRedirects.CreateTransport);

        // The SDK's overall timeout (options.Timeout) is applied by its resilience pipeline, across retries.
        builder.ConfigureHttpClient(httpClient => httpClient.Timeout = Timeout.InfiniteTimeSpan);

        // The same chain as a client built from options: call log and trace, resilience, attempt log and trace,
        // User-Agent, then authentication, innermost, so that every attempt is signed afresh.
        builder.ConfigureAdditionalHttpMessageHandlers(
            (handlers, provider) =>
            {
                foreach (DelegatingHandler handler in SdrsPipeline.CreateHandlers(Resolve(provider)))
                {
                    handlers.Add(handler);
                }
            }
        );
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
