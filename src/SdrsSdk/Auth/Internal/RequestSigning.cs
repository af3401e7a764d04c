namespace SdrsSdk.Auth.Internal;

/// <summary>Applies an AK/SK signature to an outgoing <see cref="HttpRequestMessage"/>.</summary>
internal static class RequestSigning
{
    public const string ProjectIdHeader = "X-Project-Id";
    public const string SecurityTokenHeader = "X-Security-Token";
    public const string AuthorizationHeader = "Authorization";

    /// <summary>
    /// Buffers the body (so the signature covers the very bytes sent), sets <c>X-Sdk-Date</c>, <c>X-Project-Id</c>
    /// and <c>X-Security-Token</c>, and signs <c>host</c>, <c>x-sdk-date</c> and those two. A request signed before
    /// (a retry) gets a fresh date and signature.
    /// </summary>
    public static async ValueTask SignAsync(
        HttpRequestMessage request,
        string accessKey,
        string secretKey,
        string? securityToken,
        AuthenticationContext context,
        CancellationToken cancellationToken)
    {
        Uri uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI to sign.");
        byte[] body = await BufferBodyAsync(request, cancellationToken).ConfigureAwait(false);

        string date = AkSkSigner.FormatDate(context.TimeProvider.GetUtcNow());
        request.Headers.Remove(AkSkSigner.DateHeader);
        request.Headers.Remove(AuthorizationHeader);
        request.Headers.TryAddWithoutValidation(AkSkSigner.DateHeader, date);

        string host = request.Headers.Host ?? uri.Authority;
        var signed = new List<KeyValuePair<string, string>>(4)
        {
            new("host", host),
            new(AkSkSigner.DateHeader, date),
        };

        if (!string.IsNullOrEmpty(context.ProjectId))
        {
            request.Headers.Remove(ProjectIdHeader);
            request.Headers.TryAddWithoutValidation(ProjectIdHeader, context.ProjectId);
            signed.Add(new(ProjectIdHeader, context.ProjectId));
        }

        if (securityToken is not null)
        {
            request.Headers.Remove(SecurityTokenHeader);
            request.Headers.TryAddWithoutValidation(SecurityTokenHeader, securityToken);
            signed.Add(new(SecurityTokenHeader, securityToken));
        }

        string authorization = AkSkSigner.Sign(request.Method.Method, uri, signed, body, accessKey, secretKey);
        request.Headers.TryAddWithoutValidation(AuthorizationHeader, authorization);
    }

    /// <summary>
    /// Reads the request body into memory once and replaces streamed content with the same bytes, so that what is
    /// hashed is exactly what goes on the wire (and a retry sends it again).
    /// </summary>
    public static async ValueTask<byte[]> BufferBodyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpContent? content = request.Content;
        if (content is null)
        {
            return [];
        }

        if (content is BufferedBodyContent buffered)
        {
            return buffered.Body;
        }

        byte[] bytes = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var replacement = new BufferedBodyContent(bytes);
        foreach (KeyValuePair<string, IEnumerable<string>> header in content.Headers)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                replacement.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        request.Content = replacement;
        content.Dispose();
        return bytes;
    }

    /// <summary>Request content whose bytes are fixed and known, so a retry re-sends and re-signs the same body.</summary>
    private sealed class BufferedBodyContent(byte[] body) : ByteArrayContent(body)
    {
        public byte[] Body { get; } = body;
    }
}
