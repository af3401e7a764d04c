using Refit;
using SdrsSdk.Auth.Internal;
using SdrsSdk.Errors.Internal;
using SdrsSdk.Serialization;

namespace SdrsSdk.Http.Internal;

/// <summary>Assembles the HTTP handler chain and the Refit settings every SDRS client shares.</summary>
internal static class SdrsPipeline
{
    /// <summary>
    /// Builds the handler chain, outermost first: User-Agent, then authentication (innermost, so signing sees the
    /// final headers and every attempt is signed afresh), then the transport.
    /// </summary>
    public static HttpMessageHandler CreateHandler(SdrsClientOptions options, HttpMessageHandler transport)
    {
        var authentication = new AuthenticationHandler(options.Credential!, CreateAuthenticationContext(options))
        {
            InnerHandler = transport,
        };
        return new UserAgentHandler(options.UserAgentSuffix) { InnerHandler = authentication };
    }

    /// <summary>Creates the context credentials need: project ID, region, clock and logger.</summary>
    public static AuthenticationContext CreateAuthenticationContext(SdrsClientOptions options) =>
        AuthenticationContext.From(options);

    /// <summary>
    /// The base address of project-scoped calls: <c>{endpoint}/v1/{project_id}/</c>; when the project ID is to be
    /// discovered through IAM, <see cref="ProjectIdPlaceholder"/> stands in the path until the authentication handler
    /// replaces it.
    /// </summary>
    public static Uri ProjectBaseAddress(SdrsClientOptions options)
    {
        Uri endpoint = options.ResolveEndpoint()!;
        string root = endpoint.AbsoluteUri.EndsWith('/') ? endpoint.AbsoluteUri : endpoint.AbsoluteUri + "/";
        return new Uri(new Uri(root), $"v1/{Uri.EscapeDataString(string.IsNullOrWhiteSpace(options.ProjectId) ? ProjectIdPlaceholder.Value : options.ProjectId)}/");
    }

    /// <summary>Creates the Refit settings: source-generated JSON, RFC 3986 URL resolution, typed exceptions.</summary>
    public static RefitSettings CreateRefitSettings(TimeProvider time)
    {
        var settings = new RefitSettings(new SystemTextJsonContentSerializer(SdrsJsonContext.Default.Options))
        {
            UrlResolution = UrlResolutionMode.Rfc3986,

            // Transport failures surface as themselves (HttpRequestException, TaskCanceledException), not wrapped.
            TransportExceptionFactory = (request, exception, cancellationToken) => exception,
            ExceptionFactory = async response => await SdrsExceptionFactory.CreateAsync(response, time, CancellationToken.None).ConfigureAwait(false),
            DeserializationExceptionFactory = (response, exception) => ValueTask.FromResult<Exception?>(
                SdrsExceptionFactory.CreateUnreadable(response, time, exception)),
        };
        return settings;
    }
}
