using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Refit;
using SdrsSdk.Auth;
using SdrsSdk.Auth.Internal;
using SdrsSdk.Errors.Internal;
using SdrsSdk.Operations.Internal;
using SdrsSdk.Serialization;

namespace SdrsSdk.Http.Internal;

/// <summary>Assembles the HTTP handler chain and the Refit settings every SDRS client shares.</summary>
internal static class SdrsPipeline
{
    /// <summary>
    /// Creates the SDK's handlers, outermost first: call tracing and logging, resilience (overall timeout, retry,
    /// attempt timeout), attempt tracing and logging with bounded body reads, User-Agent, then authentication
    /// (innermost, so signing sees the final headers and every attempt is signed afresh). A client built from
    /// options and one registered through DI get exactly this chain.
    /// </summary>
    public static IReadOnlyList<DelegatingHandler> CreateHandlers(SdrsClientOptions options)
    {
        ILoggerFactory loggers = options.LoggerFactory ?? NullLoggerFactory.Instance;
        ILogger logger = loggers.CreateLogger(SdrsHttpLog.Category);
        SecretScrubber secrets = options.Credential!.Secrets;
        return
        [
            new SdrsCallHandler(logger, options.TimeProvider, secrets),
            new SdrsResilience(options, logger),
            new SdrsAttemptHandler(logger, options.Logging, options.MaxResponseBodySize, options.TimeProvider, secrets),
            new UserAgentHandler(options.UserAgentSuffix),
            new AuthenticationHandler(options.Credential!, AuthenticationContext.From(options)),
        ];
    }

    /// <summary>Chains the SDK's handlers (<see cref="CreateHandlers"/>) in front of a transport.</summary>
    public static HttpMessageHandler CreateHandler(SdrsClientOptions options, HttpMessageHandler transport)
    {
        HttpMessageHandler inner = transport;
        IReadOnlyList<DelegatingHandler> handlers = CreateHandlers(options);
        for (int i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = inner;
            inner = handlers[i];
        }

        return inner;
    }

    /// <summary>
    /// The base address of project-scoped calls: <c>{endpoint}/v1/{project_id}/</c>; when the project ID is to be
    /// discovered through IAM, <see cref="ProjectIdPlaceholder"/> stands in the path until the authentication handler
    /// replaces it.
    /// </summary>
    public static Uri ProjectBaseAddress(SdrsClientOptions options)
    {
        Uri endpoint = options.ResolveEndpoint()!;
        string root = endpoint.AbsoluteUri.EndsWith('/') ? endpoint.AbsoluteUri : endpoint.AbsoluteUri + "/";
        string projectId = string.IsNullOrWhiteSpace(options.ProjectId)
            ? ProjectIdPlaceholder.Value
            : options.ProjectId;
        return new Uri(new Uri(root), $"v1/{Uri.EscapeDataString(projectId)}/");
    }

    /// <summary>
    /// Creates the Refit settings: source-generated JSON read by the SDK's one response reader
    /// (<see cref="SdrsResponseReader"/>), RFC 3986 URL resolution, and typed exceptions for every failure after the
    /// pipeline (<see cref="SdrsExceptionFactory"/>).
    /// </summary>
    public static RefitSettings CreateRefitSettings(TimeProvider time)
    {
        var settings = new RefitSettings(new SdrsResponseReader(SdrsJsonContext.Wire))
        {
            UrlResolution = UrlResolutionMode.Rfc3986,

            // Bodies are serialized up front, synchronously, into one exact array (SdrsRequestContent), so every
            // request carries Content-Length (no chunked uploads through API gateways) and a retry re-sends the same
            // bytes. Refit's own buffering (Buffered) would copy that array again: it stays off.
            RequestBodySerialization = RequestBodySerializationMode.Buffered,
            Buffered = false,

            // Transport failures leave the pipeline already typed (SdrsConnectionException, SdrsTimeoutException, by
            // SdrsCallHandler); Refit must not wrap them again.
            TransportExceptionFactory = (request, exception, cancellationToken) => exception,
            ExceptionFactory = response => CreateExceptionAsync(response, time),
            DeserializationExceptionFactory = (response, exception) =>
                ValueTask.FromResult<Exception?>(
                    SdrsExceptionFactory.CreateUnreadable(response, Reason(exception), exception, time)
                ),
        };
        return settings;
    }

    /// <summary>
    /// The exception for a final response (called by Refit for every response, before it reads the body): typed for
    /// an error status; for a 204 No Content to an operation that answers with a body (the operation table says
    /// which; Refit would return <see langword="null"/> without reading), an invalid-response exception; otherwise
    /// none.
    /// </summary>
    private static async ValueTask<Exception?> CreateExceptionAsync(HttpResponseMessage response, TimeProvider time)
    {
        // Refit has the response now: its buffering of a success body must not copy what the reader reads in place.
        (response.Content as SdrsResponseContent)?.HandToReader();
        if (response.StatusCode == HttpStatusCode.NoContent && SdrsOperations.ReturnsBody(response.RequestMessage))
        {
            return SdrsExceptionFactory.CreateUnreadable(
                response,
                "The response is HTTP 204 No Content and has no body, where a JSON body was expected",
                null,
                time
            );
        }

        return await SdrsExceptionFactory.CreateAsync(response, time, CancellationToken.None).ConfigureAwait(false);
    }

    private static string Reason(Exception exception) =>
        exception is SdrsResponseReader.UnreadableException unreadable
            ? unreadable.Message
            : $"The response body could not be read as the expected JSON ({exception.GetType().Name})";
}
