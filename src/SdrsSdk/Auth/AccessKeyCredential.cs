using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using SdrsSdk.Auth;
using SdrsSdk.Auth.Internal;
using SdrsSdk.Errors.Internal;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// An AK/SK pair that signs every request with the SDK-HMAC-SHA256 scheme of Huawei Cloud API Gateway
/// (<c>X-Sdk-Date</c>, signed <c>host</c>, <c>Authorization: SDK-HMAC-SHA256 …</c>). With a security token it is a
/// temporary AK/SK, and the token is sent and signed as <c>X-Security-Token</c>.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
[SuppressMessage(
    "Design",
    "CA1001:Types that own disposable fields should be disposable",
    Justification = "The signer's keyed HMAC stands for the SK and lives exactly as long as the credential, which "
        + "clients share and do not own; it is released with the credential."
)]
public sealed class AccessKeyCredential : SdrsCredential
{
    // Hidden from debugger variable windows: a debugger shows ToString(), which masks them. The SK itself is not
    // kept: only the signer's keyed HMAC, which goes with this credential.
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly AkSkSigner _signer;

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly string? _securityToken;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="accessKey">The access key ID (AK).</param>
    /// <param name="secretKey">The secret access key (SK).</param>
    /// <param name="securityToken">The security token of a temporary AK/SK, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The AK or the SK is empty, or a value holds a line break.</exception>
    public AccessKeyCredential(string accessKey, string secretKey, string? securityToken = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(secretKey);
        SdrsValidation.SingleLine(accessKey, "The access key", nameof(accessKey));
        SdrsValidation.SingleLine(securityToken, "The security token", nameof(securityToken));

        AccessKey = accessKey.Trim();
        _signer = new AkSkSigner(AccessKey, secretKey);
        _securityToken = string.IsNullOrWhiteSpace(securityToken) ? null : securityToken.Trim();
        Secrets = new SecretScrubber(secretKey, _securityToken);
    }

    /// <summary>Gets the access key ID (AK). The AK identifies the key; it is not a secret.</summary>
    public string AccessKey { get; }

    /// <summary>Gets a value indicating whether this is a temporary AK/SK with a security token.</summary>
    public bool HasSecurityToken => _securityToken is not null;

    /// <inheritdoc/>
    public override string ToString() =>
        $"AccessKeyCredential(AK={AccessKey}, SK=***{(HasSecurityToken ? ", SecurityToken=***" : string.Empty)})";

    internal override SecretScrubber Secrets { get; }

    internal override async ValueTask AuthenticateAsync(
        HttpRequestMessage request,
        AuthenticationContext context,
        CancellationToken cancellationToken
    )
    {
        await RequestSigning
            .SignAsync(request, _signer, _securityToken, context, cancellationToken)
            .ConfigureAwait(false);
    }
}
