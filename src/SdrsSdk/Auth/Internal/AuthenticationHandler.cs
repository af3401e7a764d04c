using System.Net;
using Microsoft.Extensions.Logging;

namespace SdrsSdk.Auth.Internal;

/// <summary>
/// The innermost handler: puts the project ID into the path when it is discovered through IAM, adds the credential's
/// authentication (<c>X-Auth-Token</c>, or the AK/SK signature) to every attempt after every other header is final, so
/// a retry is signed afresh, and, for a credential that renews its token, answers an HTTP 401 by renewing the token
/// and sending the request once more.
/// </summary>
internal sealed partial class AuthenticationHandler : DelegatingHandler
{
    private readonly SdrsCredential _credential;
    private readonly AuthenticationContext _context;

    public AuthenticationHandler(SdrsCredential credential, AuthenticationContext context)
    {
        _credential = credential;
        _context = context;
    }

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        if (ProjectIdPlaceholder.IsIn(request.RequestUri))
        {
            string projectId = await _credential
                .DiscoverProjectIdAsync(_context, cancellationToken)
                .ConfigureAwait(false);
            request.RequestUri = ProjectIdPlaceholder.Replace(request.RequestUri!, projectId);
        }

        if (!_credential.RenewsOnUnauthorized)
        {
            await _credential.AuthenticateAsync(request, _context, cancellationToken).ConfigureAwait(false);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        // The request may go twice: its body must be bytes that can be sent again.
        await RequestSigning.BufferBodyAsync(request, cancellationToken).ConfigureAwait(false);
        await _credential.AuthenticateAsync(request, _context, cancellationToken).ConfigureAwait(false);
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (
            response.StatusCode != HttpStatusCode.Unauthorized
            || !await _credential.InvalidateAsync(request, _context, cancellationToken).ConfigureAwait(false)
        )
        {
            return response;
        }

        LogRenewingAfterUnauthorized(
            _context.Logger,
            request.Method.Method,
            request.RequestUri?.AbsolutePath ?? string.Empty
        );
        response.Dispose();
        await _credential.AuthenticateAsync(request, _context, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(
        EventId = 3004,
        Level = LogLevel.Warning,
        Message = "SDRS answered {Method} {Path} with HTTP 401; the token was renewed and the request is sent once "
            + "more."
    )]
    private static partial void LogRenewingAfterUnauthorized(ILogger logger, string method, string path);
}
