using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using SdrsSdk.Errors.Internal;
using SdrsSdk.Http.Internal;
using SdrsSdk.Serialization;

namespace SdrsSdk.Auth.Internal;

/// <summary>
/// The two IAM calls the SDK makes: obtaining a user token with a password (<c>POST /v3/auth/tokens</c>, reference
/// 3.1 and 3.2) and finding a project ID by name (<c>GET /v3/projects?name=…</c>, reference 5.11.1).
/// </summary>
/// <remarks>
/// IAM errors become the same typed <see cref="SdrsException"/>s as SDRS errors. The password is written straight
/// into the request body, whose bytes are zeroed once the request is sent; neither the body nor a token ever reaches
/// a log or an exception.
/// </remarks>
internal sealed class IamClient
{
    /// <summary>The response header that carries a new token.</summary>
    public const string SubjectTokenHeader = "X-Subject-Token";

    /// <summary>How long an IAM token lives when IAM does not say (reference 3.2: 24 hours).</summary>
    public static readonly TimeSpan DefaultTokenLifetime = TimeSpan.FromHours(24);

    // IAM never redirects: a followed 307/308 would post the password to another host.
    private static readonly Lazy<HttpMessageHandler> SharedTransport = new(SdrsRedirects.CreateTransport);

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // The body is JSON sent to IAM, never HTML: characters such as + & < in passwords go as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly HttpMessageHandler _transport;
    private readonly TimeSpan _timeout;
    private readonly string _userAgent = UserAgentHandler.Build(null);
    private readonly SecretScrubber _secrets;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="transport">The transport, or <see langword="null"/> for the shared one.</param>
    /// <param name="timeout">How long one IAM request may take.</param>
    /// <param name="secrets">
    /// The credential's scrubber: it knows the password, learns every token obtained, and keeps both out of the
    /// exceptions built from IAM's answers.
    /// </param>
    public IamClient(HttpMessageHandler? transport, TimeSpan timeout, SecretScrubber secrets)
    {
        // The transport is the caller's (or shared): this client never disposes it.
        _transport = transport ?? SharedTransport.Value;
        _timeout = timeout;
        _secrets = secrets;
    }

    /// <summary>Requests a project-scoped token with a password.</summary>
    /// <exception cref="SdrsException">IAM refused the request (typed by status), or answered without a
    /// token.</exception>
    public async Task<IamToken> RequestTokenAsync(
        Uri iamEndpoint,
        string userName,
        string password,
        string domainName,
        IamScope scope,
        AuthenticationContext context,
        CancellationToken cancellationToken
    )
    {
        TimeProvider time = context.TimeProvider;
        byte[] body = WriteTokenRequest(userName, password, domainName, scope);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Resolve(iamEndpoint, "v3/auth/tokens"));
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
            using HttpResponseMessage response = await SendAsync(request, context, cancellationToken)
                .ConfigureAwait(false);
            await ThrowIfFailedAsync(response, time, cancellationToken).ConfigureAwait(false);

            string? token = response.Headers.TryGetValues(SubjectTokenHeader, out IEnumerable<string>? values)
                ? values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value))?.Trim()
                : null;

            // From now on the token is a secret like the password: whatever IAM or SDRS echo of it is scrubbed.
            _secrets.Add(token);
            if (token is null)
            {
                throw Invalid(
                    response,
                    time,
                    $"IAM answered HTTP {(int)response.StatusCode} without the {SubjectTokenHeader} header that "
                        + "carries the token"
                );
            }

            using JsonDocument document = await ReadJsonAsync(response, time, cancellationToken).ConfigureAwait(false);
            JsonElement tokenElement = Property(document.RootElement, "token");
            JsonElement project = Property(tokenElement, "project");
            DateTimeOffset expiresAt =
                String(tokenElement, "expires_at") is { } text
                && SdrsTimestampConverter.TryParse(text, out DateTimeOffset parsed)
                    ? parsed
                    : time.GetUtcNow() + DefaultTokenLifetime;
            return new IamToken(token, expiresAt, String(project, "id"), String(project, "name"));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(body);
        }
    }

    /// <summary>Finds the ID of the project with a name.</summary>
    /// <exception cref="SdrsException">IAM refused the request (typed by status), answered with unreadable JSON, lists
    /// no project of that name, or gave an ID that is not a project ID (an <see cref="SdrsInvalidResponseException"/>
    /// with IAM's status, request ID, method and path).</exception>
    public async Task<string> FindProjectIdAsync(
        Uri iamEndpoint,
        string token,
        string projectName,
        AuthenticationContext context,
        CancellationToken cancellationToken
    )
    {
        TimeProvider time = context.TimeProvider;
        Uri uri = Resolve(iamEndpoint, "v3/projects?name=" + Uri.EscapeDataString(projectName));
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation(StaticTokenCredential.HeaderName, token);
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        request.Headers.Accept.ParseAdd("application/json");
        using HttpResponseMessage response = await SendAsync(request, context, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, time, cancellationToken).ConfigureAwait(false);

        using JsonDocument document = await ReadJsonAsync(response, time, cancellationToken).ConfigureAwait(false);
        string? listed = FindProject(Property(document.RootElement, "projects"), projectName);
        if (listed is null || !IamTokenCache.IsProjectId(listed))
        {
            throw SdrsExceptionFactory.CreateUnreadable(
                response,
                listed is null
                    ? $"IAM lists no project named '{projectName}' for this user, so the project ID cannot be "
                        + "discovered; set SdrsClientOptions.ProjectId"
                    : $"IAM returned a project ID for '{projectName}' that is not a project ID (letters, digits, '-' "
                        + "and '_' only)",
                null,
                time
            );
        }

        return listed;
    }

    private static string? FindProject(JsonElement projects, string projectName)
    {
        if (projects.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (JsonElement project in projects.EnumerateArray())
        {
            if (
                string.Equals(String(project, "name"), projectName, StringComparison.Ordinal)
                && String(project, "id") is { } id
            )
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>
    /// Writes the token request body of reference 3.1: password identity (user name, password, domain name) and a
    /// project scope, by ID or by name.
    /// </summary>
    public static byte[] WriteTokenRequest(string userName, string password, string domainName, IamScope scope)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                writer.WriteStartObject();
                writer.WriteStartObject("auth");
                writer.WriteStartObject("identity");
                writer.WriteStartArray("methods");
                writer.WriteStringValue("password");
                writer.WriteEndArray();
                writer.WriteStartObject("password");
                writer.WriteStartObject("user");
                writer.WriteString("name", userName);
                writer.WriteString("password", password);
                writer.WriteStartObject("domain");
                writer.WriteString("name", domainName);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteStartObject("scope");
                writer.WriteStartObject("project");
                if (scope.ProjectId is not null)
                {
                    writer.WriteString("id", scope.ProjectId);
                }
                else
                {
                    writer.WriteString("name", scope.ProjectName);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            // ArrayBufferWriter.Clear zeroes what was written: the password does not linger in the scratch buffer.
            buffer.Clear();
        }
    }

    /// <summary>
    /// Sends a request and reads its body within the IAM timeout and the client's body bound
    /// (<see cref="SdrsClientOptions.MaxResponseBodySize"/>); a redirect is refused, never followed. A request that
    /// runs out of time throws <see cref="SdrsTimeoutException"/>; a network failure, an
    /// <see cref="SdrsConnectionException"/> naming IAM's host.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        AuthenticationContext context,
        CancellationToken cancellationToken
    )
    {
        _secrets.AttachTo(request);
        using var invoker = new HttpMessageInvoker(_transport, disposeHandler: false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_timeout != Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(_timeout);
        }

        Uri? sent = request.RequestUri;
        string? path = request.RequestUri?.AbsolutePath;
        try
        {
            HttpResponseMessage response = await invoker.SendAsync(request, timeout.Token).ConfigureAwait(false);
            try
            {
                SdrsRedirects.ThrowIfRedirected(sent, path, response, "IAM", context.TimeProvider);
                await SdrsResponseBuffer
                    .LoadAsync(response, context.MaxResponseBodySize, context.TimeProvider, timeout.Token)
                    .ConfigureAwait(false);
            }
            catch
            {
                response.Dispose();
                throw;
            }

            return response;
        }
        catch (HttpRequestException exception)
        {
            throw new SdrsConnectionException(
                request.Method.Method,
                path,
                sent?.Host,
                attempts: 1,
                SdrsConnectionFailure.NeverSent(exception),
                exception
            );
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SdrsTimeoutException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"IAM did not answer {request.Method} {path} within {_timeout.TotalSeconds:0.###} seconds."
                ),
                exception
            );
        }
    }

    private static Uri Resolve(Uri iamEndpoint, string relative)
    {
        string root = iamEndpoint.AbsoluteUri.EndsWith('/') ? iamEndpoint.AbsoluteUri : iamEndpoint.AbsoluteUri + "/";
        return new Uri(new Uri(root), relative);
    }

    private static async Task ThrowIfFailedAsync(
        HttpResponseMessage response,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        if (
            await SdrsExceptionFactory.CreateAsync(response, time, cancellationToken).ConfigureAwait(false) is
            { } failure
        )
        {
            throw failure;
        }
    }

    private static async Task<JsonDocument> ReadJsonAsync(
        HttpResponseMessage response,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        const string NotJson = "with a body that is not one well-formed UTF-8 JSON value";
        try
        {
            if (response.Content is SdrsResponseContent buffered)
            {
                // Empty, cut short, not UTF-8, nested deeper than JSON readers allow, or not JSON at all.
                return buffered.IsValidUtf8
                    ? JsonDocument.Parse(buffered.Json)
                    : throw Invalid(response, time, $"IAM answered HTTP {(int)response.StatusCode} {NotJson}");
            }

            Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonDocument
                    .ParseAsync(stream, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
            }
        }
        catch (JsonException exception)
        {
            throw SdrsExceptionFactory.CreateUnreadable(
                response,
                $"IAM answered HTTP {(int)response.StatusCode} {NotJson}",
                exception,
                time
            );
        }
    }

    private static SdrsException Invalid(HttpResponseMessage response, TimeProvider time, string message) =>
        SdrsExceptionFactory.CreateUnreadable(response, message, null, time);

    private static JsonElement Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value)
            ? value
            : default;

    private static string? String(JsonElement element, string name)
    {
        JsonElement value = Property(element, name);
        string? text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
