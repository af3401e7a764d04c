using System.Globalization;
using Microsoft.Extensions.Logging;

namespace SdrsSdk.Auth.Internal;

/// <summary>
/// The token of one IAM endpoint and project scope: obtained on first use, reused while fresh, renewed once it is
/// due — one request to IAM that every concurrent caller awaits — and the project ID it leads to.
/// </summary>
/// <remarks>
/// <para>
/// A token is fresh until <see cref="IamToken.RefreshAt"/>: its expiry minus the refresh margin, but never less than
/// half its lifetime (and never less than 30 seconds, so that a clock far ahead of IAM's cannot turn every call into
/// a token request).
/// </para>
/// <para>
/// When a renewal fails (IAM unreachable, 5xx, …) while the cached token has not yet expired, the cached token stays
/// in use, a warning is logged, and the next renewal is tried 30 seconds later. A failure with no usable token
/// surfaces to the caller.
/// </para>
/// </remarks>
internal sealed partial class IamTokenCache
{
    /// <summary>How long after a failed renewal the next one is tried, while the cached token is still valid.</summary>
    public static readonly TimeSpan RenewalPause = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan MinimumUse = TimeSpan.FromSeconds(30);

    private readonly object _gate = new();
    private readonly Func<AuthenticationContext, CancellationToken, Task<IamToken>> _requestToken;
    private readonly Func<AuthenticationContext, string, CancellationToken, Task<string>> _findProjectId;
    private readonly TimeSpan _refreshMargin;
    private IamToken? _token;
    private Task<IamToken>? _renewal;
    private DateTimeOffset _pauseRenewalUntil = DateTimeOffset.MinValue;
    private string? _projectId;
    private Task<string>? _lookup;

    public IamTokenCache(
        Uri iamEndpoint,
        IamScope scope,
        TimeSpan refreshMargin,
        Func<AuthenticationContext, CancellationToken, Task<IamToken>> requestToken,
        Func<AuthenticationContext, string, CancellationToken, Task<string>> findProjectId
    )
    {
        IamEndpoint = iamEndpoint;
        Scope = scope;
        _refreshMargin = refreshMargin;
        _requestToken = requestToken;
        _findProjectId = findProjectId;
        _projectId = scope.ProjectId;
    }

    /// <summary>Gets the IAM endpoint tokens come from.</summary>
    public Uri IamEndpoint { get; }

    /// <summary>Gets the project scope of the tokens.</summary>
    public IamScope Scope { get; }

    /// <summary>
    /// Returns a fresh token: the cached one, or the one being obtained now. However many callers find the token due
    /// at once, one request goes to IAM and all of them await it; a caller's cancellation ends its own wait only.
    /// </summary>
    public async ValueTask<IamToken> GetTokenAsync(AuthenticationContext context, CancellationToken cancellationToken)
    {
        Task<IamToken> renewal;
        lock (_gate)
        {
            if (IsUsable(_token, context.TimeProvider.GetUtcNow()))
            {
                return _token!;
            }

            renewal = _renewal ??= Task.Run(() => RenewAsync(context), CancellationToken.None);
        }

        return await renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Drops the cached token if it is the one a rejected request carried; a token renewed since is kept, so that
    /// concurrent rejections of one token cause one renewal.
    /// </summary>
    public void Invalidate(string? rejectedToken)
    {
        lock (_gate)
        {
            if (
                _token is not null
                && rejectedToken is not null
                && string.Equals(_token.Value, rejectedToken, StringComparison.Ordinal)
            )
            {
                _token = null;
            }
        }
    }

    /// <summary>
    /// Returns the project ID: the scope's, else the one the token names (<c>token.project.id</c>), else the one IAM
    /// lists for the scope's project name (<c>GET /v3/projects?name=…</c>). Cached once found; one lookup at a time.
    /// </summary>
    /// <exception cref="SdrsInvalidResponseException">IAM knows no project of that name, or returned an unusable
    /// ID.</exception>
    public async ValueTask<string> GetProjectIdAsync(AuthenticationContext context, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_projectId is not null)
            {
                return _projectId;
            }
        }

        IamToken token = await GetTokenAsync(context, cancellationToken).ConfigureAwait(false);
        if (
            token.ProjectId is { } scoped
            && IsProjectId(scoped)
            && (
                token.ProjectName is null
                || string.Equals(token.ProjectName, Scope.ProjectName, StringComparison.Ordinal)
            )
        )
        {
            return Remember(context, scoped, "token.project.id");
        }

        Task<string> lookup;
        lock (_gate)
        {
            if (_projectId is not null)
            {
                return _projectId;
            }

            lookup = _lookup ??= Task.Run(() => LookUpAsync(context, token.Value), CancellationToken.None);
        }

        return await lookup.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IamToken> RenewAsync(AuthenticationContext context)
    {
        IamToken? previous;
        lock (_gate)
        {
            previous = _token;
        }

        try
        {
            // Not the caller's token: the renewal serves every waiting caller, so no single one can cancel it.
            IamToken obtained = await _requestToken(context, CancellationToken.None).ConfigureAwait(false);
            DateTimeOffset now = context.TimeProvider.GetUtcNow();
            IamToken stored = obtained.RenewAt(ScheduleRenewal(now, obtained.ExpiresAt, _refreshMargin));
            lock (_gate)
            {
                _token = stored;
                _pauseRenewalUntil = DateTimeOffset.MinValue;
                _renewal = null;
            }

            LogObtained(context.Logger, Scope, IamEndpoint, stored.ExpiresAt, stored.RefreshAt);
            return stored;
        }
        catch (Exception exception)
            when (IsRenewalFailure(exception) && IsStillValid(previous, context.TimeProvider.GetUtcNow()))
        {
            lock (_gate)
            {
                _pauseRenewalUntil = context.TimeProvider.GetUtcNow() + RenewalPause;
                _renewal = null;
            }

            LogRenewalFailed(
                context.Logger,
                Scope,
                exception.GetType(),
                previous!.ExpiresAt,
                exception as SdrsException
            );
            return previous;
        }
        catch
        {
            lock (_gate)
            {
                _renewal = null;
            }

            throw;
        }
    }

    private async Task<string> LookUpAsync(AuthenticationContext context, string token)
    {
        try
        {
            string listed = await _findProjectId(context, token, CancellationToken.None).ConfigureAwait(false);
            return Remember(context, listed, "GET /v3/projects");
        }
        finally
        {
            lock (_gate)
            {
                _lookup = null;
            }
        }
    }

    /// <summary>When a token obtained <paramref name="now"/> and expiring at <paramref name="expiresAt"/> is to be
    /// renewed.</summary>
    internal static DateTimeOffset ScheduleRenewal(DateTimeOffset now, DateTimeOffset expiresAt, TimeSpan margin)
    {
        TimeSpan lifetime = expiresAt - now;
        TimeSpan use = lifetime - margin;
        if (use < lifetime / 2)
        {
            use = lifetime / 2;
        }

        if (use < MinimumUse)
        {
            use = MinimumUse;
        }

        return now + use;
    }

    /// <summary>Whether text is a project ID as the SDK puts it into paths: letters, digits, '-' and '_', at most
    /// 128.</summary>
    internal static bool IsProjectId(string value) =>
        value.Length is > 0 and <= 128 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static bool IsRenewalFailure(Exception exception) =>
        exception is SdrsException or HttpRequestException or TimeoutException or OperationCanceledException;

    /// <summary>Whether a token is still cached (SDRS has not rejected it) and has not expired.</summary>
    private bool IsStillValid(IamToken? token, DateTimeOffset now)
    {
        lock (_gate)
        {
            return token is not null && ReferenceEquals(_token, token) && now < token.ExpiresAt;
        }
    }

    private bool IsUsable(IamToken? token, DateTimeOffset now) =>
        token is not null && (now < token.RefreshAt || (now < _pauseRenewalUntil && now < token.ExpiresAt));

    private string Remember(AuthenticationContext context, string projectId, string source)
    {
        lock (_gate)
        {
            _projectId = projectId;
        }

        LogProjectDiscovered(context.Logger, projectId, Scope.ProjectName ?? string.Empty, source);
        return projectId;
    }

    private static void LogRenewalFailed(
        ILogger logger,
        IamScope scope,
        Type exceptionType,
        DateTimeOffset expiresAt,
        SdrsException? failure
    )
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            LogRenewalFailed(logger, scope, exceptionType.Name, failure?.Status ?? 0, failure?.ErrorCode, expiresAt);
        }
    }

    [LoggerMessage(
        EventId = 3001,
        Level = LogLevel.Information,
        Message = "Obtained an IAM token for {Scope} from {IamEndpoint}; it expires at {ExpiresAt:O} and is renewed "
            + "after {RefreshAt:O}."
    )]
    private static partial void LogObtained(
        ILogger logger,
        IamScope scope,
        Uri iamEndpoint,
        DateTimeOffset expiresAt,
        DateTimeOffset refreshAt
    );

    [LoggerMessage(
        EventId = 3002,
        Level = LogLevel.Warning,
        Message = "Renewing the IAM token for {Scope} failed ({ExceptionType}, HTTP {Status}, code {ErrorCode}); "
            + "the cached token stays in use until it expires at {ExpiresAt:O}."
    )]
    private static partial void LogRenewalFailed(
        ILogger logger,
        IamScope scope,
        string exceptionType,
        int status,
        string? errorCode,
        DateTimeOffset expiresAt
    );

    [LoggerMessage(
        EventId = 3003,
        Level = LogLevel.Information,
        Message = "Discovered project ID {ProjectId} for project {ProjectName} ({Source})."
    )]
    private static partial void LogProjectDiscovered(
        ILogger logger,
        string projectId,
        string projectName,
        string source
    );

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"IamTokenCache({IamEndpoint.Host}, {Scope})");
}
