using System.Runtime.InteropServices;
using SdrsSdk.Http.Internal;

namespace SdrsSdk.Auth.Internal;

/// <summary>Applies an AK/SK signature to an outgoing <see cref="HttpRequestMessage"/>.</summary>
internal static class RequestSigning
{
    public const string ProjectIdHeader = "X-Project-Id";
    public const string SecurityTokenHeader = "X-Security-Token";
    public const string AuthorizationHeader = "Authorization";

    /// <summary>
    /// Sets <c>X-Sdk-Date</c> (and <c>X-Project-Id</c>, <c>X-Security-Token</c> when there are some) and the
    /// <c>Authorization</c> signature over those headers, <c>host</c> and the buffered body bytes. A request signed
    /// before (a retry) gets a fresh date and signature.
    /// </summary>
    public static async ValueTask SignAsync(
        HttpRequestMessage request,
        AkSkSigner signer,
        string? securityToken,
        AuthenticationContext context,
        CancellationToken cancellationToken
    )
    {
        Uri uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI to sign.");
        byte[] body = await BufferBodyAsync(request, cancellationToken).ConfigureAwait(false);
        string date = AkSkSigner.FormatDate(context.TimeProvider.GetUtcNow());
        var signed = new List<KeyValuePair<string, string>>(4)
        {
            new("host", request.Headers.Host ?? uri.Authority),
            new(AkSkSigner.DateHeader, date),
        };
        if (!string.IsNullOrEmpty(context.ProjectId))
        {
            signed.Add(new(ProjectIdHeader, context.ProjectId));
        }

        if (securityToken is not null)
        {
            signed.Add(new(SecurityTokenHeader, securityToken));
        }

        // Every signed header but host goes on the request as signed; host is the one HttpClient sends.
        request.Headers.Remove(AuthorizationHeader);
        for (int i = 1; i < signed.Count; i++)
        {
            request.Headers.Remove(signed[i].Key);
            request.Headers.TryAddWithoutValidation(signed[i].Key, signed[i].Value);
        }

        request.Headers.TryAddWithoutValidation(
            AuthorizationHeader,
            signer.Sign(request.Method.Method, uri, CollectionsMarshal.AsSpan(signed), body)
        );
    }

    /// <summary>
    /// Reads the request body into memory once and returns its bytes. The content stays the request's own and is now
    /// buffered, so it sends exactly these bytes — on this attempt and on a retry of the same request.
    /// </summary>
    public static async ValueTask<byte[]> BufferBodyAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        return request.Content switch
        {
            null => [],

            // The SDK's own JSON bodies are bytes already, sent as they are on every attempt.
            SdrsRequestContent json => json.Bytes,
            HttpContent content => await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false),
        };
    }
}
