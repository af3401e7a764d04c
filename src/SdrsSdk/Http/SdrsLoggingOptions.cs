using System.Diagnostics;
using System.Globalization;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// What the SDK's HTTP log may show: which headers keep their values, and whether bodies are logged at all.
/// </summary>
/// <remarks>
/// The log goes to <see cref="SdrsClientOptions.LoggerFactory"/>. Every header that is not in
/// <see cref="LoggedHeaderNames"/> is logged with the value <c>REDACTED</c>. <c>Authorization</c>,
/// <c>X-Auth-Token</c>, <c>X-Security-Token</c> and <c>X-Subject-Token</c> are always redacted, even when listed.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SdrsLoggingOptions
{
    /// <summary>The value logged in place of a header value that is not allowed.</summary>
    public const string Redacted = "REDACTED";

    /// <summary>Gets the header names whose values the log may show (case-insensitive).</summary>
    /// <value>
    /// The default value is <c>Content-Type</c>, <c>Content-Length</c>, <c>User-Agent</c>, <c>X-Request-Id</c>,
    /// <c>X-Sdk-Date</c>, <c>Retry-After</c>, <c>Host</c> and <c>Date</c>.
    /// </value>
    public ISet<string> LoggedHeaderNames { get; private set; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Content-Type",
            "Content-Length",
            "User-Agent",
            "X-Request-Id",
            "X-Sdk-Date",
            "Retry-After",
            "Host",
            "Date",
        };

    /// <summary>
    /// Gets or sets a value indicating whether request and response bodies are logged (at <c>Trace</c> level). Bodies
    /// of credential calls (IAM tokens, temporary keys) are never logged.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool LogBodies { get; set; }

    /// <summary>Gets or sets the longest body the log shows, in characters; longer bodies are cut.</summary>
    /// <value>The default value is 4096.</value>
    public int MaxLoggedBodyLength { get; set; } = 4096;

    /// <summary>Checks every rule of these options and reports all broken ones at once.</summary>
    /// <exception cref="ArgumentException">One or more options are invalid; the message names each.</exception>
    public void Validate()
    {
        ValidationErrors.Check(nameof(SdrsLoggingOptions), "logging", CollectErrors);
    }

    /// <summary>Creates a copy, so that later changes to this instance do not affect a client built from it.</summary>
    /// <returns>The copy.</returns>
    public SdrsLoggingOptions Clone()
    {
        var copy = (SdrsLoggingOptions)MemberwiseClone();
        copy.LoggedHeaderNames = new HashSet<string>(LoggedHeaderNames, StringComparer.OrdinalIgnoreCase);
        return copy;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"SdrsLoggingOptions(LoggedHeaderNames=["
                + $"{string.Join(", ", LoggedHeaderNames.Order(StringComparer.OrdinalIgnoreCase))}"
                + $"], LogBodies={LogBodies}, MaxLoggedBodyLength={MaxLoggedBodyLength})"
        );

    /// <summary>Adds the broken rules, each naming its option.</summary>
    internal void CollectErrors(ValidationErrors errors)
    {
        if (MaxLoggedBodyLength < 0)
        {
            errors.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{nameof(MaxLoggedBodyLength)} must not be negative (was {MaxLoggedBodyLength})."
                )
            );
        }

        if (LoggedHeaderNames.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"{nameof(LoggedHeaderNames)} must not contain empty names.");
        }
    }
}
