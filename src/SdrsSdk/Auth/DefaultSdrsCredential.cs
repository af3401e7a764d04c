using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using SdrsSdk.Auth;
using SdrsSdk.Auth.Internal;
using SdrsSdk.Errors.Internal;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// The credential the environment or configuration holds, found in a fixed order: AK/SK in the environment, an IAM
/// password in the environment, AK/SK in configuration, an IAM password in configuration.
/// </summary>
/// <remarks>
/// <para>The places, in order (the first complete one wins):</para>
/// <list type="number">
/// <item><description>
/// <c>HUAWEICLOUD_SDK_AK</c> and <c>HUAWEICLOUD_SDK_SK</c>, with the optional <c>HUAWEICLOUD_SDK_SECURITY_TOKEN</c>:
/// an <see cref="AccessKeyCredential"/>.
/// </description></item>
/// <item><description>
/// <c>HUAWEICLOUD_SDK_USERNAME</c>, <c>HUAWEICLOUD_SDK_PASSWORD</c> and <c>HUAWEICLOUD_SDK_DOMAIN_NAME</c>, with the
/// optional <c>HUAWEICLOUD_SDK_PROJECT_NAME</c> and <c>HUAWEICLOUD_SDK_IAM_ENDPOINT</c>: an
/// <see cref="IamPasswordCredential"/>.
/// </description></item>
/// <item><description>
/// In the configuration section given (for example <c>Sdrs:Credentials</c>): <c>AccessKey</c> and <c>SecretKey</c>,
/// with the optional <c>SecurityToken</c>.
/// </description></item>
/// <item><description>
/// In that section: <c>UserName</c>, <c>Password</c> and <c>DomainName</c>, with the optional <c>ProjectName</c> and
/// <c>IamEndpoint</c>.
/// </description></item>
/// </list>
/// <para>
/// The places are read once, when the instance is created. A credential set in code
/// (<see cref="SdrsClientOptions.Credential"/>) comes before all of them; <c>AddSdrsClient(configuration)</c> applies
/// this order by itself, with the <c>Credentials</c> subsection of its section. Whether secrets sit in configuration
/// is the application's choice: prefer a secret store provider to a settings file.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class DefaultSdrsCredential : SdrsCredential
{
    /// <summary>Initializes a new instance from the environment only.</summary>
    /// <exception cref="InvalidOperationException">No credential was found; the message lists every place tried (never
    /// a value).</exception>
    /// <exception cref="ArgumentException">A value found is invalid, for example an IAM endpoint that is not a
    /// URI.</exception>
    public DefaultSdrsCredential()
        : this(configuration: null) { }

    /// <summary>Initializes a new instance from the environment, then a configuration section.</summary>
    /// <param name="configuration">
    /// The section that holds credentials, for example <c>configuration.GetSection("Sdrs:Credentials")</c>, or
    /// <see langword="null"/> for the environment only.
    /// </param>
    /// <exception cref="InvalidOperationException">No credential was found; the message lists every place tried (never
    /// a value).</exception>
    /// <exception cref="ArgumentException">A value found is invalid, for example an IAM endpoint that is not a
    /// URI.</exception>
    public DefaultSdrsCredential(IConfiguration? configuration)
    {
        var tried = new List<string>();
        (Credential, Source) = CredentialChain.Find(configuration, tried)
            ?? throw new InvalidOperationException(CredentialChain.Describe(tried));
    }

    /// <summary>Gets the credential that was found.</summary>
    public SdrsCredential Credential { get; }

    /// <summary>Gets where the credential was found, for example <c>environment (HUAWEICLOUD_SDK_AK,
    /// HUAWEICLOUD_SDK_SK)</c>.</summary>
    public string Source { get; }

    internal override bool RenewsOnUnauthorized => Credential.RenewsOnUnauthorized;

    internal override SecretScrubber Secrets => Credential.Secrets;

    /// <inheritdoc/>
    public override string ToString() => $"DefaultSdrsCredential(Source={Source}, Credential={Credential})";

    internal override ValueTask AuthenticateAsync(
        HttpRequestMessage request,
        AuthenticationContext context,
        CancellationToken cancellationToken
    ) => Credential.AuthenticateAsync(request, context, cancellationToken);

    internal override ValueTask<bool> InvalidateAsync(
        HttpRequestMessage request,
        AuthenticationContext context,
        CancellationToken cancellationToken
    ) => Credential.InvalidateAsync(request, context, cancellationToken);

    internal override bool CanDiscoverProjectId(AuthenticationContext context) =>
        Credential.CanDiscoverProjectId(context);

    internal override ValueTask<string> DiscoverProjectIdAsync(
        AuthenticationContext context,
        CancellationToken cancellationToken
    ) => Credential.DiscoverProjectIdAsync(context, cancellationToken);

    internal override void CollectErrors(AuthenticationContext context, ValidationErrors errors) =>
        Credential.CollectErrors(context, errors);
}
