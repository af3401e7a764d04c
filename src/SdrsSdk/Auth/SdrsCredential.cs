using SdrsSdk.Auth;
using SdrsSdk.Errors.Internal;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// How the SDK proves who it is to SDRS: an AK/SK pair that signs every request
/// (<see cref="AccessKeyCredential"/>), a token sent in <c>X-Auth-Token</c> (<see cref="StaticTokenCredential"/>), a
/// token the SDK obtains and renews from IAM with a password (<see cref="IamPasswordCredential"/>), or whichever of
/// those the environment or configuration holds (<see cref="DefaultSdrsCredential"/>).
/// </summary>
/// <remarks>Credentials never show their secrets in <see cref="object.ToString"/>, logs or exception
/// messages.</remarks>
public abstract class SdrsCredential
{
    /// <summary>The environment variable holding the access key ID (AK), as in the official Huawei Cloud
    /// SDKs.</summary>
    public const string AccessKeyVariable = "HUAWEICLOUD_SDK_AK";

    /// <summary>The environment variable holding the secret access key (SK).</summary>
    public const string SecretKeyVariable = "HUAWEICLOUD_SDK_SK";

    /// <summary>The environment variable holding the security token of a temporary AK/SK.</summary>
    public const string SecurityTokenVariable = "HUAWEICLOUD_SDK_SECURITY_TOKEN";

    /// <summary>The environment variable holding the project ID.</summary>
    public const string ProjectIdVariable = "HUAWEICLOUD_SDK_PROJECT_ID";

    /// <summary>The environment variable holding the IAM user name of an <see cref="IamPasswordCredential"/>.</summary>
    public const string UserNameVariable = "HUAWEICLOUD_SDK_USERNAME";

    /// <summary>The environment variable holding the IAM user's password.</summary>
    public const string PasswordVariable = "HUAWEICLOUD_SDK_PASSWORD";

    /// <summary>The environment variable holding the account (domain) name the IAM user belongs to.</summary>
    public const string DomainNameVariable = "HUAWEICLOUD_SDK_DOMAIN_NAME";

    /// <summary>
    /// The environment variable holding the name of the project an IAM token is scoped to (optional: by default
    /// the project ID, else the region, which is the name of a region's default project).
    /// </summary>
    public const string ProjectNameVariable = "HUAWEICLOUD_SDK_PROJECT_NAME";

    /// <summary>
    /// The environment variable holding the IAM endpoint (optional: by default
    /// <c>https://iam.{region}.myhuaweicloud.com</c>).
    /// </summary>
    public const string IamEndpointVariable = "HUAWEICLOUD_SDK_IAM_ENDPOINT";

    private protected SdrsCredential() { }

    /// <summary>
    /// Reads an AK/SK credential from <c>HUAWEICLOUD_SDK_AK</c>, <c>HUAWEICLOUD_SDK_SK</c> and (optional)
    /// <c>HUAWEICLOUD_SDK_SECURITY_TOKEN</c>.
    /// </summary>
    /// <returns>The credential, or <see langword="null"/> when the AK or the SK is not set.</returns>
    public static AccessKeyCredential? FromEnvironment()
    {
        string? accessKey = Read(AccessKeyVariable);
        string? secretKey = Read(SecretKeyVariable);
        if (accessKey is null || secretKey is null)
        {
            return null;
        }

        return new AccessKeyCredential(accessKey, secretKey, Read(SecurityTokenVariable));
    }

    /// <summary>Adds the authentication this credential stands for to a request about to be sent.</summary>
    /// <param name="request">The request; its content is final.</param>
    /// <param name="context">What the pipeline knows: project ID and clock.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    internal abstract ValueTask AuthenticateAsync(
        HttpRequestMessage request,
        AuthenticationContext context,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// Gets the scrubber that knows this credential's secrets (and, for a credential that obtains tokens, every token
    /// it obtained), so that no text the SDK surfaces shows them even when a server echoes them.
    /// </summary>
    internal abstract SecretScrubber Secrets { get; }

    /// <summary>
    /// Gets a value indicating whether the credential can renew what it sends, so that a request SDRS answers with
    /// HTTP 401 is worth sending once more with renewed authentication.
    /// </summary>
    internal virtual bool RenewsOnUnauthorized => false;

    /// <summary>
    /// Called when SDRS answered a request this credential authenticated with HTTP 401: drops what the request
    /// carried, if it is still current, so that the next authentication obtains a fresh one.
    /// </summary>
    /// <returns>Whether sending the request once more is worthwhile.</returns>
    internal virtual ValueTask<bool> InvalidateAsync(
        HttpRequestMessage request,
        AuthenticationContext context,
        CancellationToken cancellationToken
    ) => ValueTask.FromResult(false);

    /// <summary>Whether the credential can find the project ID for a client that does not set one.</summary>
    internal virtual bool CanDiscoverProjectId(AuthenticationContext context) => false;

    /// <summary>Finds (and caches) the project ID for a client that does not set one.</summary>
    /// <exception cref="InvalidOperationException">The credential cannot discover project IDs.</exception>
    internal virtual ValueTask<string> DiscoverProjectIdAsync(
        AuthenticationContext context,
        CancellationToken cancellationToken
    ) =>
        throw new InvalidOperationException(
            $"The project ID is not set, and a {GetType().Name} cannot discover it. Set "
                + $"{nameof(SdrsClientOptions)}.{nameof(SdrsClientOptions.ProjectId)}."
        );

    /// <summary>Adds what is wrong with this credential for a client with the given context (options
    /// validation).</summary>
    internal virtual void CollectErrors(AuthenticationContext context, ValidationErrors errors) { }

    /// <summary>Reads an environment variable; blank values read as <see langword="null"/>.</summary>
    internal static string? Read(string name)
    {
        string? value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
