namespace SdrsSdk;

/// <summary>
/// How the SDK proves who it is to SDRS: an AK/SK pair that signs every request
/// (<see cref="AccessKeyCredential"/>), or a token sent in <c>X-Auth-Token</c> (<see cref="StaticTokenCredential"/>).
/// </summary>
/// <remarks>Credentials never show their secrets in <see cref="object.ToString"/>, logs or exception messages.</remarks>
public abstract class SdrsCredential
{
    /// <summary>The environment variable holding the access key ID (AK), as in the official Huawei Cloud SDKs.</summary>
    public const string AccessKeyVariable = "HUAWEICLOUD_SDK_AK";

    /// <summary>The environment variable holding the secret access key (SK).</summary>
    public const string SecretKeyVariable = "HUAWEICLOUD_SDK_SK";

    /// <summary>The environment variable holding the security token of a temporary AK/SK.</summary>
    public const string SecurityTokenVariable = "HUAWEICLOUD_SDK_SECURITY_TOKEN";

    /// <summary>The environment variable holding the project ID.</summary>
    public const string ProjectIdVariable = "HUAWEICLOUD_SDK_PROJECT_ID";

    private protected SdrsCredential()
    {
    }

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
    internal abstract ValueTask AuthenticateAsync(HttpRequestMessage request, AuthenticationContext context, CancellationToken cancellationToken);

    /// <summary>Masks a secret for display: its length and at most its last four characters for long values.</summary>
    internal static string Mask(string value) =>
        value.Length >= 16 ? $"***{value[^4..]}" : "***";

    private static string? Read(string name)
    {
        string? value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
