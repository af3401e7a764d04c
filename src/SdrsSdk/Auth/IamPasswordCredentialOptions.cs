using System.Diagnostics;
using SdrsSdk.Auth.Internal;
using SdrsSdk.Http.Internal;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// Configuration of an <see cref="IamPasswordCredential"/>: which project its tokens are scoped to, where IAM is, and
/// when a token is renewed.
/// </summary>
/// <remarks>
/// The values are copied when the credential is created; later changes to this instance do not affect it.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class IamPasswordCredentialOptions
{
    /// <summary>The default <see cref="RefreshMargin"/>: 15 minutes.</summary>
    public static readonly TimeSpan DefaultRefreshMargin = TimeSpan.FromMinutes(15);

    /// <summary>The longest <see cref="RefreshMargin"/> allowed: 12 hours, half the lifetime of an IAM token.</summary>
    public static readonly TimeSpan MaxRefreshMargin = TimeSpan.FromHours(12);

    /// <summary>
    /// Gets or sets the name of the project tokens are scoped to (<c>auth.scope.project.name</c>), for example
    /// <c>ap-southeast-1</c> or <c>ap-southeast-1_production</c>. Set this or <see cref="ProjectId"/>, not both.
    /// </summary>
    /// <value>
    /// The default value is <see langword="null"/>: tokens are scoped to the client's
    /// <see cref="SdrsClientOptions.ProjectId"/> when it is set, else to the project named after the client's region
    /// (the default project of every region).
    /// </value>
    public string? ProjectName { get; set; }

    /// <summary>
    /// Gets or sets the ID of the project tokens are scoped to (<c>auth.scope.project.id</c>). Set this or
    /// <see cref="ProjectName"/>, not both.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (see <see cref="ProjectName"/>).</value>
    public string? ProjectId { get; set; }

    /// <summary>Gets or sets the IAM endpoint, for example
    /// <c>https://iam.ap-southeast-1.myhuaweicloud.com</c>.</summary>
    /// <value>
    /// The default value is <see langword="null"/>: <c>https://iam.{region}.myhuaweicloud.com</c>, with the client's
    /// <see cref="SdrsClientOptions.Region"/> (or the region its SDRS endpoint names).
    /// </value>
    public Uri? IamEndpoint { get; set; }

    /// <summary>
    /// Gets or sets how long before a token expires it is renewed. IAM tokens are valid for 24 hours; with the default,
    /// a token is used for 23 hours 45 minutes, then the next call renews it.
    /// </summary>
    /// <value>
    /// The default value is 15 minutes (<see cref="DefaultRefreshMargin"/>). It must be from zero to 12 hours; a
    /// token is never used for less than half its lifetime, whatever the margin.
    /// </value>
    /// <remarks>
    /// The margin also absorbs clock skew between this machine and IAM: the expiry comes from IAM
    /// (<c>token.expires_at</c>) and is compared with the client's <see cref="SdrsClientOptions.TimeProvider"/>.
    /// </remarks>
    public TimeSpan RefreshMargin { get; set; } = DefaultRefreshMargin;

    /// <summary>Gets or sets how long one request to IAM may take.</summary>
    /// <value>The default value is 30 seconds. It must be positive, or <see
    /// cref="System.Threading.Timeout.InfiniteTimeSpan"/>.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets the HTTP handler requests to IAM go through, for a proxy, custom certificates or tests. The
    /// credential never disposes it.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: a shared <see cref="SocketsHttpHandler"/> that follows no
    /// redirects.</value>
    /// <remarks>
    /// IAM never redirects. Turn redirects off in your transport (<see cref="SocketsHttpHandler.AllowAutoRedirect"/>):
    /// the credential refuses a 3xx and an answer from another host, but a token request your transport already
    /// re-sent elsewhere carried the password with it.
    /// </remarks>
    public HttpMessageHandler? Transport { get; set; }

    /// <summary>Adds the broken rules, each naming its option (the credential checks them when it is
    /// created).</summary>
    internal void CollectErrors(ValidationErrors errors)
    {
        string? projectName = string.IsNullOrWhiteSpace(ProjectName) ? null : ProjectName.Trim();
        string? projectId = string.IsNullOrWhiteSpace(ProjectId) ? null : ProjectId.Trim();
        errors.AddIf(
            projectName is not null && projectId is not null,
            $"Set {nameof(ProjectName)} or {nameof(ProjectId)}, not both: a token has one project scope."
        );
        errors.AddIf(
            projectId is not null && !IamTokenCache.IsProjectId(projectId),
            $"{nameof(ProjectId)} may contain only letters, digits, '-' and '_'."
        );
        errors.AddIf(
            projectName is not null && projectName.AsSpan().ContainsAny('\r', '\n'),
            $"{nameof(ProjectName)} must not contain line breaks."
        );

        // Not echoed: user info in a URI is a user name and often a password.
        errors.AddIf(
            IamEndpoint is { } endpoint
                && (
                    !endpoint.IsAbsoluteUri
                    || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp)
                    || !string.IsNullOrEmpty(endpoint.Query)
                    || !string.IsNullOrEmpty(endpoint.Fragment)
                    || !string.IsNullOrEmpty(endpoint.UserInfo)
                ),
            $"{nameof(IamEndpoint)} must be an absolute https URI without query or user information "
                + "(user:password@), such as https://iam.ap-southeast-1.myhuaweicloud.com."
        );
        errors.AddIf(
            RefreshMargin < TimeSpan.Zero || RefreshMargin > MaxRefreshMargin,
            $"{nameof(RefreshMargin)} must be from zero to 12 hours (was {RefreshMargin})."
        );
        errors.AddIf(
            Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan,
            $"{nameof(Timeout)} must be positive (was {Timeout})."
        );
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"IamPasswordCredentialOptions(ProjectName={ProjectName ?? "<unset>"}, ProjectId={ProjectId ?? "<unset>"}, "
        + $"IamEndpoint={SdrsLogRedaction.WithoutUserInfo(IamEndpoint) ?? "<from region>"}, "
        + $"RefreshMargin={RefreshMargin})";
}
