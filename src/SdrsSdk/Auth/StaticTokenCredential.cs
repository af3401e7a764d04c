using System.Diagnostics;
using SdrsSdk.Auth;
using SdrsSdk.Errors.Internal;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// A token obtained elsewhere (for example from IAM, <c>POST /v3/auth/tokens</c>), sent as <c>X-Auth-Token</c> on
/// every request. IAM tokens are valid for 24 hours; the caller is responsible for replacing an expired one.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class StaticTokenCredential : SdrsCredential
{
    /// <summary>The header that carries the token.</summary>
    public const string HeaderName = "X-Auth-Token";

    // Hidden from debugger variable windows: a debugger shows ToString(), which masks it.
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly string _token;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="token">The token (the <c>X-Subject-Token</c> value IAM returned).</param>
    /// <exception cref="ArgumentException">The token is empty or holds a line break.</exception>
    public StaticTokenCredential(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        SdrsValidation.SingleLine(token, "The token", nameof(token));

        _token = token.Trim();
        Secrets = new SecretScrubber(_token);
    }

    /// <inheritdoc/>
    public override string ToString() => "StaticTokenCredential(Token=***)";

    internal override SecretScrubber Secrets { get; }

    internal override ValueTask AuthenticateAsync(
        HttpRequestMessage request,
        AuthenticationContext context,
        CancellationToken cancellationToken
    )
    {
        request.Headers.Remove(HeaderName);
        request.Headers.TryAddWithoutValidation(HeaderName, _token);
        return ValueTask.CompletedTask;
    }
}
