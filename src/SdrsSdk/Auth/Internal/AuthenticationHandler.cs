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

    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        // The common case, without a state machine of its own: a known project, a credential that does not renew on
        // HTTP 401, authentication done synchronously (a token header, an AK/SK signature of bytes already in hand).
        if (_context.ProjectId is not null && !_credential.RenewsOnUnauthorized)
        {
            ValueTask authenticated = _credential.AuthenticateAsync(request, _context, cancellationToken);
            if (authenticated.IsCompletedSuccessfully)
            {
                authenticated.GetAwaiter().GetResult();
                return base.SendAsync(request, cancellationToken);
            }

            return SendAfterAsync(authenticated, request, cancellationToken);
        }

        return SendSlowAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAfterAsync(
        ValueTask authenticated,
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        await authenticated.ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendSlowAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        // Only a client whose project is discovered through IAM has the placeholder in its base address.
        if (_context.ProjectId is null && ProjectIdPlaceholder.IsIn(request.RequestUri))
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
