using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SdrsSdk.Errors.Internal;

namespace SdrsSdk.Http.Internal;

/// <summary>
/// Turns a response that is not a usable answer into the typed <see cref="SdrsException"/> that fits it, with status,
/// request ID, method, path and the raw body, every server-chosen text scrubbed of secrets. Two entry points: an error
/// response (<see cref="CreateAsync"/>) and a response that cannot be used as the answer
/// (<see cref="CreateUnreadable"/>); the context is read from the response only then, never on the happy path.
/// </summary>
internal static class SdrsExceptionFactory
{
    private const string RequestIdHeader = "X-Request-Id";

    /// <summary>Creates the exception for a failed response, or <see langword="null"/> for a success.</summary>
    public static async Task<Exception?> CreateAsync(
        HttpResponseMessage response,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        string? body =
            response.Content is SdrsResponseContent
                ? null
                : await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        SdrsErrorDetails details = Describe(response, body, time);
        return Create(details, details.Status, inner: null);
    }

    /// <summary>
    /// Creates the exception for a response that cannot be used as the answer (<paramref name="reason"/> says why):
    /// a body that does not read as the expected JSON, a value the server chose that fails its check, a body too
    /// large, a redirect. It is typed when the body is an error envelope with a code (the type the catalog, Appendix
    /// A.1, gives the code; <see cref="SdrsException.Status"/> stays the status received), otherwise an
    /// <see cref="SdrsInvalidResponseException"/>. An <see cref="SdrsException"/> cause passes through.
    /// </summary>
    /// <param name="response">The response, its body as the SDK buffered it.</param>
    /// <param name="reason">Why the response cannot be used.</param>
    /// <param name="inner">The cause, if any.</param>
    /// <param name="time">The clock, to read a Retry-After.</param>
    /// <param name="path">The path to report instead of the request's (the one sent, when a transport followed a
    /// redirect).</param>
    public static SdrsException CreateUnreadable(
        HttpResponseMessage response,
        string reason,
        Exception? inner,
        TimeProvider time,
        string? path = null
    )
    {
        if (inner is SdrsException decoded)
        {
            return decoded;
        }

        SecretScrubber secrets = SecretScrubber.Of(response.RequestMessage);
        SdrsErrorDetails described = Describe(response, body: null, time);
        described = path is null ? described : described with { Path = path };

        // The reason and the cause may quote the body (a JSON path names the server's property names).
        inner = Scrub(inner, secrets);
        if (described.ErrorCode is not null && response.IsSuccessStatusCode)
        {
            int implied = SdrsErrorCatalog.TryGet(described.ErrorCode, out SdrsErrorInfo? info) ? info.HttpStatus : 0;
            return Create(described, implied, inner);
        }

        return new SdrsInvalidResponseException(
            described with
            {
                ErrorCode = null,
                ErrorMessage = secrets.Scrub(reason),
            },
            inner
        );
    }

    /// <summary>Reads the request ID the service sent in <c>X-Request-Id</c>.</summary>
    public static string? ReadRequestId(HttpResponseHeaders headers) =>
        headers.TryGetValues(RequestIdHeader, out IEnumerable<string>? values)
            ? values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value))?.Trim()
            : null;

    /// <summary>
    /// Describes a response as error details, decoding any error envelope in its body. Every text the server chose
    /// (body, code, message, request ID, reason phrase, content type) is scrubbed of secrets: the body before it is
    /// decoded, so that no cut made while decoding can split a secret; the decoded fields again, for secrets the body
    /// held escaped.
    /// </summary>
    /// <param name="response">The response.</param>
    /// <param name="body">
    /// The body text, at most <see cref="SdrsErrorDetails.MaxRawBodyLength"/> characters plus
    /// <see cref="SdrsResponseText.ScrubMargin"/>, or <see langword="null"/> to decode the buffered bytes.
    /// </param>
    /// <param name="time">The clock, to read a Retry-After.</param>
    private static SdrsErrorDetails Describe(HttpResponseMessage response, string? body, TimeProvider time)
    {
        HttpRequestMessage? request = response.RequestMessage;
        SecretScrubber secrets = SecretScrubber.Of(request);
        int status = (int)response.StatusCode;
        string? contentType = response.Content?.Headers.ContentType?.MediaType;
        body = body is null
            ? SdrsResponseText.DecodeScrubbed(
                response.Content is SdrsResponseContent buffered ? buffered.Body.Span : default,
                SdrsErrorDetails.MaxRawBodyLength,
                secrets
            )
            : SdrsResponseText.Cut(secrets.Scrub(body), SdrsErrorDetails.MaxRawBodyLength);
        DecodedError decoded = ErrorEnvelope.Decode(body, contentType, secrets.Scrub(response.ReasonPhrase), status);
        return new SdrsErrorDetails
        {
            Status = status,
            ErrorCode = secrets.Scrub(decoded.Code),
            ErrorMessage = secrets.Scrub(decoded.Message),
            RequestId = secrets.Scrub(ReadRequestId(response.Headers) ?? decoded.RequestId),
            EncodedAuthorizationMessage = secrets.Scrub(decoded.EncodedAuthorizationMessage),
            ErrorItems = decoded
                .Items?.Select(item => new SdrsErrorItem(secrets.Scrub(item.Code), secrets.Scrub(item.Message)))
                .ToList(),
            Method = request?.Method.Method,
            Path = request?.RequestUri is { } uri ? (uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString) : null,
            ContentType = secrets.Scrub(contentType),
            RawBody = body,
            RetryAfter = SdrsTransientFailure.ReadRetryAfter(response.Headers, time),
        };
    }

    /// <summary>
    /// Reads at most <see cref="SdrsErrorDetails.MaxRawBodyLength"/> characters of a body the SDK did not buffer, and
    /// <see cref="SdrsResponseText.ScrubMargin"/> more for the scrubber to see past the cut.
    /// </summary>
    private static async Task<string?> ReadBoundedAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return null;
        }

        Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            Encoding encoding = Encoding.UTF8;
            string? charset = content.Headers.ContentType?.CharSet;
            if (!string.IsNullOrWhiteSpace(charset))
            {
                try
                {
                    encoding = Encoding.GetEncoding(charset.Trim('"'));
                }
                catch (ArgumentException)
                {
                    // Unknown charset: read it as UTF-8, which every SDRS response is.
                }
            }

            using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true);
            char[] buffer = new char[SdrsResponseText.WithMargin(SdrsErrorDetails.MaxRawBodyLength)];
            int total = 0;
            while (total < buffer.Length)
            {
                int read = await reader.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return total == 0 ? null : new string(buffer, 0, total);
        }
    }

    /// <summary>Picks the exception type from a status (received or implied by the code) and the error code.</summary>
    private static SdrsException Create(SdrsErrorDetails details, int status, Exception? inner)
    {
        SdrsErrorInfo? info = SdrsErrorCatalog.TryGet(details.ErrorCode, out SdrsErrorInfo? found) ? found : null;
        if (status == 404 || info?.IsNotFound == true)
        {
            return new SdrsNotFoundException(details, inner);
        }

        return status switch
        {
            401 => new SdrsAuthenticationException(details, inner),
            403 => new SdrsPermissionException(details, inner),
            409 => new SdrsConflictException(details, inner),
            429 => new SdrsThrottledException(details, inner),
            >= 500 => new SdrsServerException(details, inner),
            _ when IsCode(details.ErrorCode, "SDRS.0002") => new SdrsAuthenticationException(details, inner),
            _ when IsCode(details.ErrorCode, "SDRS.0003", "SDRS.0004", "SDRS.0005") => new SdrsPermissionException(
                details,
                inner
            ),
            >= 400 => new SdrsBadRequestException(details, inner),
            _ => new SdrsInvalidResponseException(details, inner),
        };
    }

    /// <summary>
    /// The cause itself when its message shows no secret; otherwise a cause of the same kind (JSON or not) with the
    /// scrubbed message, since an exception's message cannot be changed and the cause's text reaches logs through
    /// <see cref="Exception.ToString"/>.
    /// </summary>
    private static Exception? Scrub(Exception? inner, SecretScrubber secrets)
    {
        if (inner is null)
        {
            return inner;
        }

        string text = inner.ToString();
        if (string.Equals(secrets.Scrub(text), text, StringComparison.Ordinal))
        {
            return inner;
        }

        string scrubbed = secrets.Scrub(inner.Message);
        return inner is JsonException ? new JsonException(scrubbed) : new InvalidOperationException(scrubbed);
    }

    private static bool IsCode(string? code, params string[] candidates) =>
        code is not null
        && candidates.Any(candidate => string.Equals(code, candidate, StringComparison.OrdinalIgnoreCase));
}
