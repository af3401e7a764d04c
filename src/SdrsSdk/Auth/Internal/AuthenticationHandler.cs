namespace SdrsSdk.Auth.Internal;

/// <summary>
/// The innermost handler: adds the credential's authentication (<c>X-Auth-Token</c>, or the AK/SK signature) to
/// every attempt, after every other header is final, so a retry is signed afresh.
/// </summary>
internal sealed class AuthenticationHandler : DelegatingHandler
{
    private readonly SdrsCredential _credential;
    private readonly AuthenticationContext _context;

    public AuthenticationHandler(SdrsCredential credential, AuthenticationContext context)
    {
        _credential = credential;
        _context = context;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await _credential.AuthenticateAsync(request, _context, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
