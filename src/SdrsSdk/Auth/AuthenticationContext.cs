using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SdrsSdk.Auth.Internal;

namespace SdrsSdk.Auth;

/// <summary>What the HTTP pipeline tells a credential when it authenticates a request.</summary>
/// <param name="ProjectId">The project the client works in, or <see langword="null"/> when it is discovered through
/// IAM.</param>
/// <param name="TimeProvider">The clock for signature dates and token expiry.</param>
internal sealed record AuthenticationContext(string? ProjectId, TimeProvider TimeProvider)
{
    /// <summary>Gets the region: the client's, or the one its endpoint names
    /// (<c>sdrs.{region}.myhuaweicloud.com</c>).</summary>
    public string? Region { get; init; }

    /// <summary>Gets a value indicating whether plain <c>http</c> endpoints (local emulators) are allowed.</summary>
    public bool AllowInsecureHttp { get; init; }

    /// <summary>Gets the largest response body a credential reads from IAM, as from SDRS (<see
    /// cref="SdrsClientOptions.MaxResponseBodySize"/>).</summary>
    public long MaxResponseBodySize { get; init; } = SdrsClientOptions.DefaultMaxResponseBodySize;

    /// <summary>Gets where credentials log token requests and renewals (never the secrets themselves).</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>The log category of authentication: token requests, renewals, project discovery.</summary>
    public const string LogCategory = "SdrsSdk.Authentication";

    /// <summary>Creates the context of a client from its options.</summary>
    public static AuthenticationContext From(SdrsClientOptions options) =>
        new(
            string.IsNullOrWhiteSpace(options.ProjectId) ? null : options.ProjectId.Trim(),
            options.TimeProvider ?? TimeProvider.System
        )
        {
            Region = IamEndpoints.EffectiveRegion(options.Region, options.Endpoint),
            AllowInsecureHttp = options.AllowInsecureHttp,
            MaxResponseBodySize = options.MaxResponseBodySize,
            Logger = options.LoggerFactory?.CreateLogger(LogCategory) ?? NullLogger.Instance,
        };
}
