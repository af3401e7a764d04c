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
        string? projectId = string.IsNullOrEmpty(context.ProjectId) ? null : context.ProjectId;
        bool hasProject = projectId is not null;
        var signed = new KeyValuePair<string, string>[2 + (hasProject ? 1 : 0) + (securityToken is null ? 0 : 1)];
        signed[0] = new("host", host);
        signed[1] = new(AkSkSigner.DateHeader, date);
        int next = 2;
        if (hasProject)
        {
            request.Headers.Remove(ProjectIdHeader);
            request.Headers.TryAddWithoutValidation(ProjectIdHeader, projectId);
            signed[next++] = new(ProjectIdHeader, projectId!);
        }

        if (securityToken is not null)
        {
            request.Headers.Remove(SecurityTokenHeader);
            request.Headers.TryAddWithoutValidation(SecurityTokenHeader, securityToken);
            signed[next] = new(SecurityTokenHeader, securityToken);
        }

        string authorization = AkSkSigner.Sign(request.Method.Method, uri, signed, body, accessKey, secretKey);
        request.Headers.TryAddWithoutValidation(AuthorizationHeader, authorization);
    }

    /// <summary>
    /// Reads the request body into memory once and returns its bytes. The content stays the request's own and is now
    /// buffered, so it sends exactly these bytes — on this attempt and on a retry of the same request.
    /// </summary>
    public static async ValueTask<byte[]> BufferBodyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpContent? content = request.Content;
        if (content is null)
        {
            return [];
        }

        return await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }
}
