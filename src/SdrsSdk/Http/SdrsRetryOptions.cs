using System.Diagnostics;
using System.Globalization;
using Polly;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// How the SDK retries failed HTTP attempts and how long one attempt may take. The whole call, retries and waits
/// included, is bounded by <see cref="SdrsClientOptions.Timeout"/>.
/// </summary>
/// <remarks>
/// <para>
/// Which outcomes are retried, for reads and for writes, is <see cref="SdrsRetryRule"/>.
/// </para>
/// <para>
/// Waits grow exponentially from <see cref="BaseDelay"/> up to <see cref="MaxDelay"/>, spread at random when
/// <see cref="UseJitter"/> is set. A <c>Retry-After</c> header (seconds or a date) replaces the computed wait; when it
/// asks for longer than <see cref="MaxDelay"/>, the SDK does not retry and the caller gets the
/// <see cref="SdrsThrottledException"/> (or <see cref="SdrsServerException"/>) with the requested wait.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SdrsRetryOptions
{
    /// <summary>The largest <see cref="MaxRetries"/> allowed.</summary>
    public const int MaxAllowedRetries = 20;

    /// <summary>Gets or sets how many times a failed attempt may be retried (0 turns retries off).</summary>
    /// <value>The default value is 3 (up to 4 attempts).</value>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Gets or sets the wait before the first retry; each further wait doubles it.</summary>
    /// <value>The default value is 1 second.</value>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Gets or sets the longest wait between two attempts, and the longest <c>Retry-After</c> the SDK waits for.
    /// </summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets a value indicating whether waits are spread at random, so that clients do not retry in
    /// step.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool UseJitter { get; set; } = true;

    /// <summary>The attempt timeout when none is set, and the overall timeout is longer.</summary>
    internal static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(30);

    private TimeSpan? _attemptTimeout;

    /// <summary>
    /// Gets or sets how long one attempt (sending the request and reading the whole response) may take. When set, it
    /// must be shorter than <see cref="SdrsClientOptions.Timeout"/>, which bounds all attempts together.
    /// </summary>
    /// <value>
    /// The default value is 30 seconds. Until it is set, it follows the overall timeout: with a
    /// <see cref="SdrsClientOptions.Timeout"/> of 30 seconds or less, an attempt is bounded by that timeout alone,
    /// so shortening the overall timeout never makes the options invalid. <see cref="Timeout.InfiniteTimeSpan"/> turns
    /// the attempt timeout off.
    /// </value>
    public TimeSpan AttemptTimeout
    {
        get => _attemptTimeout ?? DefaultAttemptTimeout;
        set => _attemptTimeout = value;
    }

    /// <summary>Gets a value indicating whether <see cref="AttemptTimeout"/> was set, rather than left to follow
    /// the overall timeout.</summary>
    internal bool IsAttemptTimeoutSet => _attemptTimeout.HasValue;

    /// <summary>The attempt timeout in effect under an overall timeout: the one set, else the default when the
    /// overall timeout is longer, else none (the overall timeout bounds the attempt).</summary>
    internal TimeSpan EffectiveAttemptTimeout(TimeSpan overall) =>
        _attemptTimeout
        ?? (
            overall == Timeout.InfiniteTimeSpan || overall > DefaultAttemptTimeout
                ? DefaultAttemptTimeout
                : Timeout.InfiniteTimeSpan
        );

    /// <summary>
    /// Gets or sets a callback that adds your own strategies (a circuit breaker, a rate limiter, fault injection) to
    /// the SDK's resilience pipeline. They are added after the overall timeout, the retry and the attempt timeout, so
    /// they run once per attempt, before the request is signed.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <remarks>
    /// To replace the SDK's retry with your own, set <see cref="MaxRetries"/> to 0 and <see cref="AttemptTimeout"/>
    /// to <see cref="Timeout.InfiniteTimeSpan"/>, and add your strategies here; <see cref="SdrsRetryRule.ShouldRetry"/>
    /// tells you which outcomes are safe to retry. The request is in the strategies' context under the key
    /// <c>Resilience.Http.RequestMessage</c> (what Microsoft.Extensions.Http.Resilience's <c>GetRequestMessage()</c>
    /// reads). The pipeline is built once per client, and only when this is set.
    /// </remarks>
    public Action<ResiliencePipelineBuilder<HttpResponseMessage>>? ConfigurePipeline { get; set; }

    /// <summary>Checks every rule of these options and reports all broken ones at once.</summary>
    /// <exception cref="ArgumentException">One or more options are invalid; the message names each.</exception>
    public void Validate()
    {
        ValidationErrors.Check(nameof(SdrsRetryOptions), "retry", CollectErrors);
    }

    /// <summary>Creates a copy, so that later changes to this instance do not affect a client built from it.</summary>
    /// <returns>The copy.</returns>
    public SdrsRetryOptions Clone() => (SdrsRetryOptions)MemberwiseClone();

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"SdrsRetryOptions(MaxRetries={MaxRetries}, BaseDelay={BaseDelay}, MaxDelay={MaxDelay}, "
                + $"UseJitter={UseJitter}, "
                + $"AttemptTimeout={(AttemptTimeout == Timeout.InfiniteTimeSpan ? (object)"infinite" : AttemptTimeout)}"
                + $"{(ConfigurePipeline is null ? string.Empty : ", ConfigurePipeline=set")})"
        );

    /// <summary>Adds the broken rules, each naming its option.</summary>
    internal void CollectErrors(ValidationErrors errors)
    {
        if (MaxRetries is < 0 or > MaxAllowedRetries)
        {
            errors.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{nameof(MaxRetries)} must be from 0 to {MaxAllowedRetries} (was {MaxRetries})."
                )
            );
        }

        if (BaseDelay < TimeSpan.Zero || BaseDelay > TimeSpan.FromDays(1))
        {
            errors.Add($"{nameof(BaseDelay)} must be from 0 to 1 day (was {BaseDelay}).");
        }

        if (MaxDelay <= TimeSpan.Zero || MaxDelay > TimeSpan.FromDays(1))
        {
            errors.Add($"{nameof(MaxDelay)} must be positive and at most 1 day (was {MaxDelay}).");
        }
        else if (MaxDelay < BaseDelay)
        {
            errors.Add($"{nameof(MaxDelay)} ({MaxDelay}) must not be shorter than {nameof(BaseDelay)} ({BaseDelay}).");
        }

        if (
            AttemptTimeout != Timeout.InfiniteTimeSpan
            && (AttemptTimeout < SdrsClientOptions.MinTimeout || AttemptTimeout > SdrsClientOptions.MaxTimeout)
        )
        {
            errors.Add($"{nameof(AttemptTimeout)} must be from 10 ms to 1 day, or infinite (was {AttemptTimeout}).");
        }
    }
}
