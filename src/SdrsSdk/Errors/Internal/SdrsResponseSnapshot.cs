using System.Net.Http.Headers;
using SdrsSdk.Http.Internal;

namespace SdrsSdk.Errors.Internal;

/// <summary>
/// What a response said, kept after the response is gone: status, request ID, method, path, content type and the
/// body bytes, so that a problem found later (a required field missing) is reported with all of it.
/// </summary>
internal sealed class SdrsResponseSnapshot
{
    private const string RequestIdHeader = "X-Request-Id";

    private SdrsResponseSnapshot(HttpResponseMessage response, ReadOnlyMemory<byte> body, TimeProvider time)
    {
        Status = (int)response.StatusCode;
        ReasonPhrase = response.ReasonPhrase;
        RequestId = ReadRequestId(response.Headers);
        HttpRequestMessage? request = response.RequestMessage;
        Method = request?.Method.Method;
        Path = request?.RequestUri is { } uri ? (uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString) : null;
        ContentType = response.Content?.Headers.ContentType?.MediaType;
        RetryAfter = SdrsTransientFailure.ReadRetryAfter(response.Headers, time);
        Body = body;
        Secrets = SecretScrubber.Of(request);
    }

    public int Status { get; }

    public string? ReasonPhrase { get; }

    public string? RequestId { get; }

    public string? Method { get; }

    public string? Path { get; }

    public string? ContentType { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>Gets the scrubber of the client that sent the request: everything described passes through it.</summary>
    public SecretScrubber Secrets { get; }

    /// <summary>Gets the body bytes, when the SDK buffered them.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Takes a snapshot of a response (the body only when the SDK buffered it).</summary>
    public static SdrsResponseSnapshot From(HttpResponseMessage response, TimeProvider time) =>
        new(response, response.Content is SdrsResponseContent buffered ? buffered.Body : ReadOnlyMemory<byte>.Empty, time);

    /// <summary>Reads the request ID the service sent in <c>X-Request-Id</c>.</summary>
    public static string? ReadRequestId(HttpResponseHeaders headers) =>
        headers.TryGetValues(RequestIdHeader, out IEnumerable<string>? values)
            ? values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value))?.Trim()
            : null;

    /// <summary>
    /// Describes the response as error details, decoding any error envelope in <paramref name="body"/>. Every text
    /// the server chose (body, code, message, request ID, reason phrase, content type) is scrubbed of secrets: the body
    /// before it is decoded, so that no cut made while decoding can split a secret; the decoded fields again, for
    /// secrets the body held escaped.
    /// </summary>
    /// <param name="body">
    /// The body text, at most <see cref="SdrsErrorDetails.MaxRawBodyLength"/> characters plus
    /// <see cref="SdrsResponseText.ScrubMargin"/>, or <see langword="null"/> to decode the snapshot's own bytes.
    /// </param>
    public SdrsErrorDetails Describe(string? body = null)
    {
        body = body is null
            ? SdrsResponseText.DecodeScrubbed(Body.Span, SdrsErrorDetails.MaxRawBodyLength, Secrets)
            : SdrsResponseText.Cut(Secrets.Scrub(body), SdrsErrorDetails.MaxRawBodyLength);
        (string? code, string? message, string? bodyRequestId) =
            ErrorEnvelope.Decode(body, ContentType, Secrets.Scrub(ReasonPhrase), Status);
        return new SdrsErrorDetails
        {
            Status = Status,
            ErrorCode = Secrets.Scrub(code),
            ErrorMessage = Secrets.Scrub(message),
            RequestId = Secrets.Scrub(RequestId ?? bodyRequestId),
            Method = Method,
            Path = Path,
            ContentType = Secrets.Scrub(ContentType),
            RawBody = body,
            RetryAfter = RetryAfter,
        };
    }
}
