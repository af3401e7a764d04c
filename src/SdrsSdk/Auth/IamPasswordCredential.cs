using System.Collections.Concurrent;
using System.Diagnostics;
using SdrsSdk.Auth;
using SdrsSdk.Auth.Internal;
using SdrsSdk.Errors.Internal;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// An IAM user's password, exchanged for a token that is sent as <c>X-Auth-Token</c>: the SDK obtains the token
/// from IAM, caches it, renews it before it expires, and renews it once more when SDRS rejects it.
/// </summary>
/// <remarks>
/// <para>
/// Calls <c>POST {iam}/v3/auth/tokens</c> with a password identity and a project scope (reference 3.1 and 3.2); the
/// token is the <c>X-Subject-Token</c> response header and lives 24 hours (<c>token.expires_at</c>). A token is reused
/// until <see cref="RefreshMargin"/> before it expires; then the next call renews it, and concurrent calls share that
/// one renewal. When SDRS answers HTTP 401, the token is dropped, renewed, and the request is sent once more; a second
/// 401 surfaces as <see cref="SdrsAuthenticationException"/>.
/// </para>
/// <para>
/// Tokens are scoped to <see cref="ProjectId"/> or <see cref="ProjectName"/> when set, else to the client's
/// <see cref="SdrsClientOptions.ProjectId"/>, else to the project named after the client's region (every region's
/// default project bears its name). Then <see cref="SdrsClientOptions.ProjectId"/> may be left unset: the client
/// discovers it through IAM before its first project-scoped call (reference 5.11.1).
/// </para>
/// <para>
/// One instance may serve several clients: it keeps one token per IAM endpoint and project scope. The password never
/// appears in <see cref="ToString"/>, debugger displays, logs or exception messages.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class IamPasswordCredential : SdrsCredential
{
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly string _password;

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly IamClient _iam;

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly ConcurrentDictionary<(Uri Endpoint, IamScope Scope), IamTokenCache> _caches = new();

    /// <summary>Initializes a new instance.</summary>
    /// <param name="userName">The IAM user name.</param>
    /// <param name="password">The IAM user's password.</param>
    /// <param name="domainName">The name of the account (domain) the user belongs to.</param>
    /// <param name="options">The project scope, IAM endpoint and renewal settings; optional.</param>
    /// <exception cref="ArgumentException">
    /// A name or the password is empty, a name holds a line break, or an option is invalid; the message names it.
    /// </exception>
    public IamPasswordCredential(
        string userName,
        string password,
        string domainName,
        IamPasswordCredentialOptions? options = null
    )
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentException.ThrowIfNullOrWhiteSpace(domainName);
        SdrsValidation.SingleLine(userName, "The user name", nameof(userName));
        SdrsValidation.SingleLine(domainName, "The domain name", nameof(domainName));

        options ??= new IamPasswordCredentialOptions();
        string? projectName = string.IsNullOrWhiteSpace(options.ProjectName) ? null : options.ProjectName.Trim();
        string? projectId = string.IsNullOrWhiteSpace(options.ProjectId) ? null : options.ProjectId.Trim();
        ValidationErrors.Check(nameof(IamPasswordCredentialOptions), nameof(options), options.CollectErrors);

        UserName = userName.Trim();
        DomainName = domainName.Trim();
        _password = password;
        ProjectName = projectName;
        ProjectId = projectId;
        IamEndpoint = options.IamEndpoint;
        RefreshMargin = options.RefreshMargin;
        Secrets = new SecretScrubber(password);
        _iam = new IamClient(options.Transport, options.Timeout, Secrets);
    }

    /// <summary>Gets the IAM user name.</summary>
    public string UserName { get; }

    /// <summary>Gets the name of the account (domain) the user belongs to.</summary>
    public string DomainName { get; }

    /// <summary>Gets the name of the project tokens are scoped to, when set (see <see
    /// cref="IamPasswordCredentialOptions.ProjectName"/>).</summary>
    public string? ProjectName { get; }

    /// <summary>Gets the ID of the project tokens are scoped to, when set (see <see
    /// cref="IamPasswordCredentialOptions.ProjectId"/>).</summary>
    public string? ProjectId { get; }

    /// <summary>Gets the IAM endpoint, when set; otherwise it is derived from the client's region.</summary>
    public Uri? IamEndpoint { get; }

    /// <summary>Gets how long before a token expires it is renewed.</summary>
    public TimeSpan RefreshMargin { get; }

    internal override bool RenewsOnUnauthorized => true;

    internal override SecretScrubber Secrets { get; }

    /// <summary>
    /// Reads a password credential from <c>HUAWEICLOUD_SDK_USERNAME</c>, <c>HUAWEICLOUD_SDK_PASSWORD</c> and
    /// <c>HUAWEICLOUD_SDK_DOMAIN_NAME</c>, with the optional <c>HUAWEICLOUD_SDK_PROJECT_NAME</c> and
    /// <c>HUAWEICLOUD_SDK_IAM_ENDPOINT</c>.
    /// </summary>
    /// <returns>The credential, or <see langword="null"/> when the user name, the password or the domain name is not
    /// set.</returns>
    /// <exception cref="ArgumentException"><c>HUAWEICLOUD_SDK_IAM_ENDPOINT</c> is not an absolute URI.</exception>
    public static new IamPasswordCredential? FromEnvironment() => CredentialChain.PasswordFromEnvironment(null);

    /// <inheritdoc/>
    public override string ToString()
    {
        string scope =
            ProjectId is not null ? $", ProjectId={ProjectId}"
            : ProjectName is not null ? $", ProjectName={ProjectName}"
            : string.Empty;
        string endpoint = IamEndpoint is not null ? $", IamEndpoint={IamEndpoint}" : string.Empty;
        return $"IamPasswordCredential(User={UserName}, Domain={DomainName}{scope}{endpoint}, Password=***)";
    }

    internal override async ValueTask AuthenticateAsync(
        HttpRequestMessage request,
        AuthenticationContext context,
        CancellationToken cancellationToken
    )
    {
        IamToken token = await GetCache(context).GetTokenAsync(context, cancellationToken).ConfigureAwait(false);
        request.Headers.Remove(StaticTokenCredential.HeaderName);
        request.Headers.TryAddWithoutValidation(StaticTokenCredential.HeaderName, token.Value);
    }

    internal override ValueTask<bool> InvalidateAsync(
        HttpRequestMessage request,
        AuthenticationContext context,
        CancellationToken cancellationToken
    )
    {
        string? sent = request.Headers.TryGetValues(StaticTokenCredential.HeaderName, out IEnumerable<string>? values)
            ? values.FirstOrDefault()
            : null;
        GetCache(context).Invalidate(sent);
        return ValueTask.FromResult(true);
    }

    internal override bool CanDiscoverProjectId(AuthenticationContext context) =>
        TryResolve(context, out _, out _, out _);

    internal override ValueTask<string> DiscoverProjectIdAsync(
        AuthenticationContext context,
        CancellationToken cancellationToken
    ) => GetCache(context).GetProjectIdAsync(context, cancellationToken);

    internal override void CollectErrors(AuthenticationContext context, ValidationErrors errors)
    {
        if (!TryResolve(context, out Uri? endpoint, out _, out string? problem))
        {
            errors.Add(problem!);
        }
        else if (endpoint!.Scheme == Uri.UriSchemeHttp && !context.AllowInsecureHttp)
        {
            errors.Add(
                $"The IAM endpoint of the {nameof(IamPasswordCredential)} uses plain http; IAM requires https. Set "
                    + $"{nameof(SdrsClientOptions.AllowInsecureHttp)} only for a local emulator."
            );
        }
    }

    /// <summary>The token cache for a client's context (tests: to look inside).</summary>
    internal IamTokenCache GetCache(AuthenticationContext context)
    {
        if (!TryResolve(context, out Uri? endpoint, out IamScope scope, out string? problem))
        {
            throw new InvalidOperationException(problem);
        }

        return _caches.GetOrAdd(
            (endpoint!, scope),
            static (key, credential) =>
                new IamTokenCache(
                    key.Endpoint,
                    key.Scope,
                    credential.RefreshMargin,
                    (context, cancellationToken) =>
                        credential._iam.RequestTokenAsync(
                            key.Endpoint,
                            credential.UserName,
                            credential._password,
                            credential.DomainName,
                            key.Scope,
                            context,
                            cancellationToken
                        ),
                    (context, token, cancellationToken) =>
                        credential._iam.FindProjectIdAsync(
                            key.Endpoint,
                            token,
                            key.Scope.ProjectName!,
                            context,
                            cancellationToken
                        )
                ),
            this
        );
    }

    /// <summary>Works out the IAM endpoint and the project scope for a client, or says what is missing.</summary>
    private bool TryResolve(AuthenticationContext context, out Uri? endpoint, out IamScope scope, out string? problem)
    {
        endpoint = IamEndpoint ?? (context.Region is { } region ? IamEndpoints.ForRegion(region) : null);
        scope =
            ProjectId is not null ? IamScope.ById(ProjectId)
            : ProjectName is not null ? IamScope.ByName(ProjectName)
            : context.ProjectId is not null ? IamScope.ById(context.ProjectId)
            : context.Region is not null ? IamScope.ByName(context.Region)
            : default;
        if (endpoint is null)
        {
            problem =
                $"The {nameof(IamPasswordCredential)} needs the IAM endpoint: set "
                + $"{nameof(SdrsClientOptions)}.{nameof(SdrsClientOptions.Region)} "
                + "(https://iam.{region}.myhuaweicloud.com is used) or "
                + $"{nameof(IamPasswordCredentialOptions)}.{nameof(IamPasswordCredentialOptions.IamEndpoint)}.";
            return false;
        }

        if (scope.ProjectId is null && scope.ProjectName is null)
        {
            problem =
                $"The {nameof(IamPasswordCredential)} needs a project to scope its token to: set "
                + $"{nameof(SdrsClientOptions)}.{nameof(SdrsClientOptions.ProjectId)}, "
                + $"{nameof(SdrsClientOptions)}.{nameof(SdrsClientOptions.Region)} (its default project), or "
                + $"{nameof(IamPasswordCredentialOptions)}.{nameof(IamPasswordCredentialOptions.ProjectName)}.";
            return false;
        }

        problem = null;
        return true;
    }
}
