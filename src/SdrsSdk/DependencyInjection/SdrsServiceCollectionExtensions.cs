using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        return AddCore(services, name: null);
    }

    /// <summary>
    /// Registers a named <see cref="SdrsClient"/>, configured in code, as a keyed service: several clients (projects,
    /// regions, credentials) live in one container, each resolved by its name
    /// (<c>[FromKeyedServices("dr-eu")] SdrsClient client</c>, or <c>GetRequiredKeyedService&lt;SdrsClient&gt;</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name: its service key, the name of its options
    /// (<c>IOptionsMonitor&lt;SdrsClientOptions&gt;.Get(name)</c>) and of its <see cref="HttpClient"/>
    /// (<see cref="HttpClientNameOf"/>).</param>
    /// <param name="configure">Sets the options: endpoint (or region), project ID, credential, …</param>
    /// <returns>The HTTP client builder of this client only.</returns>
    /// <remarks>Everything the unnamed overload's remarks say holds for each named client, which has its own options,
    /// validation, handler chain and connection pool.</remarks>
    public static IHttpClientBuilder AddSdrsClient(
        this IServiceCollection services,
        string name,
        Action<SdrsClientOptions> configure
    )
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SdrsClientOptions>(name).Configure(configure);
        return AddCore(services, name);
    }

    /// <summary>
    /// Registers a named <see cref="SdrsClient"/>, configured from a configuration section, as a keyed service (see
    /// the overload configured in code).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name: its service key, options name and <see cref="HttpClient"/> name.</param>
    /// <param name="configuration">The section (for example <c>configuration.GetSection("Sdrs:Clients:dr-eu")</c>),
    /// with the settings the unnamed overload lists.</param>
    /// <param name="configure">Further settings in code, such as the credential; optional.</param>
    /// <returns>The HTTP client builder of this client only.</returns>
    public static IHttpClientBuilder AddSdrsClient(
        this IServiceCollection services,
        string name,
        IConfiguration configuration,
        Action<SdrsClientOptions>? configure = null
    )
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configuration);
        return AddFromConfiguration(services, name, configuration, configure);
    }

    /// <summary>Gets the name of the <see cref="HttpClient"/> behind a named client.</summary>
    /// <param name="name">The client's name; <see langword="null"/> for the unnamed client.</param>
    /// <returns><see cref="HttpClientName"/> for the unnamed client, else <c>SdrsSdk:</c> and the name.</returns>
    public static string HttpClientNameOf(string? name) =>
        string.IsNullOrEmpty(name) ? HttpClientName : HttpClientName + ":" + name;

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
        return AddFromConfiguration(services, name: null, configuration, configure);
    }

    private static IHttpClientBuilder AddFromConfiguration(
        IServiceCollection services,
        string? name,
        IConfiguration configuration,
        Action<SdrsClientOptions>? configure
    )
    {
        OptionsBuilder<SdrsClientOptions> options = services
            .AddOptions<SdrsClientOptions>(name ?? Options.Options.DefaultName)
            .Configure(target => SdrsClientConfiguration.Apply(configuration, target));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        IHttpClientBuilder builder = AddCore(services, name);

        // After the environment (AddCore), a credential from the section's Credentials subsection.
        options.PostConfigure(target =>
            CredentialChain.ApplyConfiguration(target, configuration.GetSection(CredentialChain.SectionName))
        );
        return builder;
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services, string? name)
    {
        string optionsName = name ?? Options.Options.DefaultName;
        services
            .AddOptions<SdrsClientOptions>(optionsName)
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
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<SdrsClientOptions>, SdrsClientOptionsValidator>()
        );

        string httpClientName = HttpClientNameOf(name);
        IHttpClientBuilder builder = services.AddHttpClient(httpClientName);
        if (name is null)
        {
            builder.AddTypedClient(
                (httpClient, provider) => new SdrsClient(httpClient, Resolve(provider, null), ownsHttpClient: false)
            );
        }
        else
        {
            services.AddKeyedTransient(name, (provider, _) =>
                new SdrsClient(
                    provider.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName),
                    Resolve(provider, name),
                    ownsHttpClient: false
                )
            );
        }

        // SDRS never redirects: the primary handler follows none, so no redirect carries the credential to another host
        // (IHttpClientFactory's default, HttpClientHandler, would follow it). A transport set in the options is used
        // instead, as a client built from options uses it, and never disposed by the factory's handler rotation.
        builder.ConfigurePrimaryHttpMessageHandler(provider =>
            Resolve(provider, name).Transport is { } transport
                ? new BorrowedHandler(transport)
                : SdrsRedirects.CreateTransport()
        );

        // The SDK's overall timeout (options.Timeout) is applied by its resilience pipeline, across retries.
        builder.ConfigureHttpClient(httpClient => httpClient.Timeout = Timeout.InfiniteTimeSpan);

        // The same chain as a client built from options: call log and trace, resilience, attempt log and trace,
        // User-Agent, then authentication, innermost, so that every attempt is signed afresh.
        builder.ConfigureAdditionalHttpMessageHandlers(
            (handlers, provider) =>
            {
                foreach (DelegatingHandler handler in SdrsPipeline.CreateHandlers(Resolve(provider, name)))
                {
                    handlers.Add(handler);
                }
            }
        );
        return builder;
    }

    /// <summary>The validated options of a client, by name (<see langword="null"/> for the unnamed one).</summary>
    private static SdrsClientOptions Resolve(IServiceProvider provider, string? name) =>
        provider.GetRequiredService<IOptionsMonitor<SdrsClientOptions>>().Get(name ?? Options.Options.DefaultName);

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
