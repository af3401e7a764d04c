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
    }

    public int Status { get; }

    public string? ReasonPhrase { get; }

    public string? RequestId { get; }

    public string? Method { get; }

    public string? Path { get; }

    public string? ContentType { get; }

    public TimeSpan? RetryAfter { get; }

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

    /// <summary>Describes the response as error details, decoding any error envelope in <paramref name="body"/>.</summary>
    /// <param name="body">The body text (bounded), or <see langword="null"/> to decode the snapshot's own bytes.</param>
    public SdrsErrorDetails Describe(string? body = null)
    {
        body ??= SdrsResponseText.Decode(Body.Span);
        (string? code, string? message, string? bodyRequestId) = ErrorEnvelope.Decode(body, ContentType, ReasonPhrase, Status);
        return new SdrsErrorDetails
        {
            Status = Status,
            ErrorCode = code,
            ErrorMessage = message,
            RequestId = RequestId ?? bodyRequestId,
            Method = Method,
            Path = Path,
            ContentType = ContentType,
            RawBody = body,
            RetryAfter = RetryAfter,
        };
    }
}
