using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using SdrsSdk.Auth;
using SdrsSdk.Auth.Internal;
using SdrsSdk.Http.Internal;
using SdrsSdk.Resolution.Internal;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>Configuration of an <see cref="SdrsClient"/>: where SDRS is, which project, and how to
/// authenticate.</summary>
/// <remarks>
/// Validated once, when the client is built; every broken rule is reported in one <see cref="ArgumentException"/>
/// that names the options concerned. <see cref="ToString"/> never shows a secret.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SdrsClientOptions
{
    /// <summary>The section name used by <c>AddSdrsClient(IConfiguration)</c> by convention.</summary>
    public const string DefaultSectionName = "Sdrs";

    /// <summary>The default bound on a success response body: 16 MiB.</summary>
    public const long DefaultMaxResponseBodySize = 16 * 1024 * 1024;

    /// <summary>The shortest timeout allowed (overall or per attempt).</summary>
    internal static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);

    /// <summary>The longest finite timeout allowed (overall or per attempt).</summary>
    internal static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(1);

    /// <summary>
    /// Gets or sets the SDRS endpoint, for example <c>https://sdrs.ap-southeast-3.myhuaweicloud.com</c>.
    /// When unset, it is the endpoint of <see cref="Region"/>.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public Uri? Endpoint { get; set; }

    /// <summary>
    /// Gets or sets the region (for example <c>ap-southeast-3</c>) whose endpoint, from <see cref="SdrsRegions"/>, is
    /// used when <see cref="Endpoint"/> is unset. It must be a region where SDRS is served.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Region { get; set; }

    /// <summary>Gets or sets the project ID every project-scoped call runs in (reference 5.11.1).</summary>
    /// <value>
    /// The default value is <see langword="null"/>; a client cannot be built without it, unless the credential is an
    /// <see cref="IamPasswordCredential"/>, which discovers it through IAM from the project name (by default the
    /// region's).
    /// </value>
    public string? ProjectId { get; set; }

    /// <summary>
    /// Gets or sets the credential: <see cref="AccessKeyCredential"/> (AK/SK), <see cref="StaticTokenCredential"/>,
    /// <see cref="IamPasswordCredential"/>, or <see cref="DefaultSdrsCredential"/> (found in the environment or
    /// configuration).
    /// </summary>
    /// <value>The default value is <see langword="null"/>; a client cannot be built without it.</value>
    public SdrsCredential? Credential { get; set; }

    /// <summary>
    /// Gets or sets how long one SDK call may take in all: every attempt and every wait between retries. When it
    /// elapses the call fails with <see cref="SdrsTimeoutException"/> (a <see cref="TimeoutException"/>).
    /// </summary>
    /// <value>
    /// The default value is 100 seconds. It must be from 10 ms to 1 day and longer than
    /// <see cref="SdrsRetryOptions.AttemptTimeout"/> when that is set, or <see cref="Timeout.InfiniteTimeSpan"/>.
    /// </value>
    /// <remarks>
    /// This is the SDK's overall timeout, applied by its resilience pipeline; the <see cref="HttpClient.Timeout"/> of
    /// the client's <see cref="HttpClient"/> is set to infinite so that it never cuts retries short.
    /// </remarks>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Gets or sets how failed attempts are retried and how long one attempt may take.</summary>
    /// <value>The default value is a <see cref="SdrsRetryOptions"/> with its defaults (3 retries, 30-second
    /// attempts).</value>
    public SdrsRetryOptions Retry { get; set; } = new();

    /// <summary>Gets or sets what the HTTP log may show: allowed header values, and whether bodies are
    /// logged.</summary>
    /// <value>The default value is a <see cref="SdrsLoggingOptions"/> with its defaults (no bodies).</value>
    public SdrsLoggingOptions Logging { get; set; } = new();

    /// <summary>
    /// Gets or sets the largest success response body the client reads, in bytes; a larger one fails the call with
    /// <see cref="SdrsInvalidResponseException"/> instead of exhausting memory. Error bodies are read only as far as
    /// the error decoder needs.
    /// </summary>
    /// <value>The default value is 16 MiB (<see cref="DefaultMaxResponseBodySize"/>).</value>
    public long MaxResponseBodySize { get; set; } = DefaultMaxResponseBodySize;

    /// <summary>Gets or sets text appended to the <c>User-Agent</c> header, to identify your application.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? UserAgentSuffix { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether a plain <c>http</c> endpoint is allowed. Only for local emulators:
    /// credentials would travel in clear text.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>
    /// Gets or sets the innermost HTTP handler (the transport), for a proxy, custom certificates or tests. The SDK
    /// puts its own handlers (authentication, signing) in front of it and does not dispose it.
    /// </summary>
    /// <value>
    /// The default value is <see langword="null"/>: a <see cref="SocketsHttpHandler"/> owned by the client, which
    /// follows no redirects.
    /// </value>
    /// <remarks>
    /// SDRS never redirects. Turn redirects off in your transport (<see cref="SocketsHttpHandler.AllowAutoRedirect"/>):
    /// the client refuses a 3xx, and an answer from another host than the endpoint, with
    /// <see cref="SdrsInvalidResponseException"/>, but a request your transport already re-sent elsewhere carried its
    /// credential headers with it.
    /// </remarks>
    public HttpMessageHandler? Transport { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether a write that starts a job is resolved when its outcome is ambiguous:
    /// the request may have reached the service, but its answer was lost (a connection dropped after sending, a 502,
    /// 503 or 504, an attempt timeout). The SDK then reads back what the reference guarantees (for example, a
    /// protected instance by its production server, a protection action by the group's status) and answers as if the
    /// answer had arrived: a handle that follows the change when it took effect
    /// (<see cref="SdrsJobOperation.IsResolvedByLookup"/>), the write sent again when it provably did not, and
    /// <see cref="SdrsOutcomeUnknownException"/> when it cannot tell within 30 seconds.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    /// <remarks>
    /// It costs nothing unless a write fails ambiguously; then one to a few reads (a list filtered by what the write
    /// names, or the resource itself), a second read after 2 seconds when the first finds no effect, and up to 30
    /// seconds in all. Every resolution is logged at Information and added to the current activity as an
    /// <c>sdrs.resolution</c> event. Turned off, an ambiguous failure is thrown as it is (its
    /// <see cref="SdrsException.MayHaveBeenApplied"/> is <see langword="true"/>). The rules are in
    /// <c>docs/resolution.md</c>.
    /// </remarks>
    public bool ResolveAmbiguousWrites { get; set; } = true;

    /// <summary>Gets or sets the resolution's time budget, clock-skew window and settle wait (tests shorten
    /// them).</summary>
    internal SdrsResolutionOptions Resolution { get; set; } = new();

    /// <summary>Gets or sets how jobs are waited for by default (each wait can override it).</summary>
    /// <value>The default value is a <see cref="JobPollingOptions"/> with its defaults.</value>
    public JobPollingOptions JobPolling { get; set; } = new();

    /// <summary>Gets or sets where the SDK logs (job status changes, HTTP calls); secrets are never logged.</summary>
    /// <value>The default value is <see langword="null"/>: no logging.</value>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Gets or sets the clock used for signature dates, retry waits and job polling.</summary>
    /// <value>The default value is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    private const string RegionVariable = "HUAWEICLOUD_SDK_REGION";
    private const string EndpointVariable = "SDRS_ENDPOINT";
    private const string AllowInsecureHttpVariable = "SDRS_ALLOW_INSECURE_HTTP";

    /// <summary>
    /// Creates options from the environment variables of the official Huawei Cloud SDKs: <c>HUAWEICLOUD_SDK_AK</c>,
    /// <c>HUAWEICLOUD_SDK_SK</c>, <c>HUAWEICLOUD_SDK_SECURITY_TOKEN</c> and <c>HUAWEICLOUD_SDK_PROJECT_ID</c>,
    /// plus <c>HUAWEICLOUD_SDK_REGION</c>, <c>SDRS_ENDPOINT</c> and <c>SDRS_ALLOW_INSECURE_HTTP</c> (<c>true</c> sets
    /// <see cref="AllowInsecureHttp"/>, for a local emulator) when set; without an AK/SK, an IAM password from
    /// <c>HUAWEICLOUD_SDK_USERNAME</c>, <c>HUAWEICLOUD_SDK_PASSWORD</c> and <c>HUAWEICLOUD_SDK_DOMAIN_NAME</c> (see
    /// <see cref="DefaultSdrsCredential"/>).
    /// </summary>
    /// <returns>
    /// The options; unset values stay <see langword="null"/> and are reported by validation, which then lists the
    /// variables looked for. A variable that is set but unusable (an endpoint that is not an absolute http(s) URI, a
    /// region that is not a region name, a flag that is not true or false) is reported by validation under its own
    /// name.
    /// </returns>
    public static SdrsClientOptions FromEnvironment()
    {
        var options = new SdrsClientOptions
        {
            ProjectId = Environment.GetEnvironmentVariable(SdrsCredential.ProjectIdVariable)?.Trim(),
        };
        var problems = new List<string>();
        ReadVariable<string>(
            RegionVariable,
            static (string text, out string value) => IsSafeLabel(value = text),
            region => options.Region = region,
            "is not a region name such as ap-southeast-3.",
            problems
        );
        ReadVariable<Uri>(
            EndpointVariable,
            static (string text, out Uri value) =>
                Uri.TryCreate(text, UriKind.Absolute, out value!)
                && (value.Scheme == Uri.UriSchemeHttps || value.Scheme == Uri.UriSchemeHttp),
            endpoint => options.Endpoint = endpoint,
            "is not an absolute http(s) URI such as https://sdrs.example/.",
            problems
        );
        ReadVariable<bool>(
            AllowInsecureHttpVariable,
            bool.TryParse,
            allow => options.AllowInsecureHttp = allow,
            "is not true or false.",
            problems
        );
        options.EnvironmentProblems = problems.Count == 0 ? null : problems;

        CredentialChain.ApplyEnvironment(options);
        return options;
    }

    /// <summary>Parses one environment variable of <see cref="FromEnvironment"/>: unset or blank leaves the option
    /// alone; a value that does not parse is reported by the variable's name instead of being dropped.</summary>
    private static void ReadVariable<T>(
        string name,
        VariableParser<T> parse,
        Action<T> apply,
        string expected,
        List<string> problems
    )
    {
        string? text = Environment.GetEnvironmentVariable(name)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (parse(text, out T value))
        {
            apply(value);
        }
        else
        {
            problems.Add($"{name} '{text}' {expected}");
        }
    }

    /// <summary>Parses the text of an environment variable.</summary>
    private delegate bool VariableParser<T>(string text, out T value);

    /// <summary>Gets the endpoint in effect: <see cref="Endpoint"/>, or the endpoint of <see cref="Region"/> in
    /// <see cref="SdrsRegions"/>.</summary>
    /// <returns>The endpoint, or <see langword="null"/> when neither is set, or the region is not one where SDRS is
    /// served.</returns>
    public Uri? ResolveEndpoint()
    {
        if (Endpoint is not null)
        {
            return Endpoint;
        }

        return SdrsRegions.TryGetEndpoint(Region, out Uri? endpoint) ? endpoint : null;
    }

    /// <summary>Checks every rule and reports all broken ones at once.</summary>
    /// <exception cref="ArgumentException">One or more options are invalid; the message names each.</exception>
    public void Validate() => ValidationErrors.Check(nameof(SdrsClientOptions), "options", CollectErrors);

    /// <summary>Adds the broken rules, each naming its option; nested options name their path.</summary>
    private void CollectErrors(ValidationErrors errors)
    {
        foreach (string problem in EnvironmentProblems ?? [])
        {
            errors.Add(problem);
        }

        Uri? endpoint = ResolveEndpoint();
        if (endpoint is null && !string.IsNullOrWhiteSpace(Region))
        {
            errors.Add(
                $"{nameof(Region)} '{Region}' is not a region where SDRS is served ("
                    + string.Join(", ", SdrsRegions.Endpoints.Keys)
                    + $"); set {nameof(Endpoint)} to reach another deployment."
            );
        }
        else if (endpoint is null)
        {
            errors.Add($"{nameof(Endpoint)} is required (or set {nameof(Region)} to derive it).");
        }
        else if (!endpoint.IsAbsoluteUri)
        {
            errors.Add(
                $"{nameof(Endpoint)} must be an absolute URI, such as https://sdrs.ap-southeast-3.myhuaweicloud.com."
            );
        }
        else if (!string.IsNullOrEmpty(endpoint.UserInfo))
        {
            // Not echoed: user info in a URI is a user name and often a password.
            errors.Add(
                $"{nameof(Endpoint)} must not contain user information (user:password@); pass secrets through "
                    + $"{nameof(Credential)}."
            );
        }
        else if (endpoint.Scheme == Uri.UriSchemeHttp && !AllowInsecureHttp)
        {
            errors.Add(
                $"{nameof(Endpoint)} uses plain http; SDRS requires https. Set {nameof(AllowInsecureHttp)} only for "
                    + "a local emulator."
            );
        }
        else if (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp)
        {
            errors.Add($"{nameof(Endpoint)} must use https (scheme was '{endpoint.Scheme}').");
        }
        else if (!string.IsNullOrEmpty(endpoint.Query) || !string.IsNullOrEmpty(endpoint.Fragment))
        {
            errors.Add($"{nameof(Endpoint)} must not have a query or fragment.");
        }

        AuthenticationContext authentication = AuthenticationContext.From(this);
        if (string.IsNullOrWhiteSpace(ProjectId))
        {
            if (Credential?.CanDiscoverProjectId(authentication) != true)
            {
                errors.Add(
                    $"{nameof(ProjectId)} is required (reference 5.11.1 explains how to obtain it); only an "
                        + $"{nameof(IamPasswordCredential)} can discover it."
                );
            }
        }
        else if (!IsSafeLabel(ProjectId))
        {
            errors.Add($"{nameof(ProjectId)} may contain only letters, digits, '-' and '_'.");
        }

        Credential?.CollectErrors(authentication, errors);
        if (Credential is null)
        {
            errors.Add(
                CredentialSearch is null
                    ? $"{nameof(Credential)} is required: an {nameof(AccessKeyCredential)} (AK/SK), a "
                        + $"{nameof(StaticTokenCredential)}, an {nameof(IamPasswordCredential)} or a "
                        + $"{nameof(DefaultSdrsCredential)}."
                    : $"{nameof(Credential)} is required. {CredentialChain.Describe(CredentialSearch)}"
            );
        }

        bool finiteTimeout = Timeout != System.Threading.Timeout.InfiniteTimeSpan;
        if (Timeout <= TimeSpan.Zero && finiteTimeout)
        {
            errors.Add($"{nameof(Timeout)} must be positive (was {Timeout}).");
        }
        else if (finiteTimeout && (Timeout < MinTimeout || Timeout > MaxTimeout))
        {
            errors.Add($"{nameof(Timeout)} must be from 10 ms to 1 day, or infinite (was {Timeout}).");
        }

        if (Retry is null)
        {
            errors.Add($"{nameof(Retry)} must not be null.");
        }
        else
        {
            Retry.CollectErrors(errors.For(nameof(Retry)));
            if (
                finiteTimeout
                && Retry.IsAttemptTimeoutSet
                && Retry.AttemptTimeout != System.Threading.Timeout.InfiniteTimeSpan
                && Retry.AttemptTimeout >= Timeout
            )
            {
                errors.Add(
                    $"{nameof(Retry)}.{nameof(SdrsRetryOptions.AttemptTimeout)} ({Retry.AttemptTimeout}) must be "
                        + $"shorter than {nameof(Timeout)} ({Timeout}), which bounds all attempts together."
                );
            }
        }

        if (Logging is null)
        {
            errors.Add($"{nameof(Logging)} must not be null.");
        }
        else
        {
            Logging.CollectErrors(errors.For(nameof(Logging)));
        }

        if (MaxResponseBodySize < 1024 || MaxResponseBodySize > int.MaxValue)
        {
            errors.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{nameof(MaxResponseBodySize)} must be from 1024 bytes to 2 GiB (was {MaxResponseBodySize})."
                )
            );
        }

        if (UserAgentSuffix is not null && UserAgentSuffix.AsSpan().ContainsAny('\r', '\n'))
        {
            errors.Add($"{nameof(UserAgentSuffix)} must not contain line breaks.");
        }

        if (TimeProvider is null)
        {
            errors.Add($"{nameof(TimeProvider)} must not be null.");
        }

        if (JobPolling is null)
        {
            errors.Add($"{nameof(JobPolling)} must not be null.");
        }
        else
        {
            JobPolling.CollectErrors(errors.For(nameof(JobPolling)));
        }
    }

    /// <summary>Gets or sets what the search for a credential tried when it found none (for the validation
    /// message).</summary>
    internal IReadOnlyList<string>? CredentialSearch { get; set; }

    /// <summary>Gets or sets the environment variables <see cref="FromEnvironment"/> found set but could not use,
    /// each a sentence naming the variable; validation reports them rather than letting them be silently
    /// dropped.</summary>
    internal IReadOnlyList<string>? EnvironmentProblems { get; set; }

    /// <summary>Creates a copy, so that later changes to this instance do not affect a client built from it.</summary>
    /// <returns>The copy.</returns>
    public SdrsClientOptions Clone()
    {
        var copy = (SdrsClientOptions)MemberwiseClone();
        copy.JobPolling = JobPolling?.Clone()!;
        copy.Retry = Retry?.Clone()!;
        copy.Logging = Logging?.Clone()!;
        return copy;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"SdrsClientOptions(Endpoint={SdrsLogRedaction.WithoutUserInfo(ResolveEndpoint()) ?? "<unset>"}, "
        + $"ProjectId={ProjectId ?? "<unset>"}, "
        + $"Credential={Credential?.ToString() ?? "<unset>"}, Timeout={Timeout}, "
        + $"Retry={Retry?.ToString() ?? "<unset>"})";

    private static bool IsSafeLabel(string value) =>
        value.Length is > 0 and <= 128 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
