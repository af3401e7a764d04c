using System.Diagnostics;
using System.Globalization;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// How the SDK waits for an SDRS job: when it polls, how long it waits in all, and how many transient failures
/// in a row it rides out.
/// </summary>
/// <remarks>
/// The poll interval grows with the job's age: the first poll comes after <see cref="InitialDelay"/>, and each next
/// one after <see cref="IntervalRatio"/> of the time the job has run so far, kept between <see cref="MinInterval"/>
/// and <see cref="MaxInterval"/>, then spread by ±<see cref="JitterRatio"/>. A job that ends after a few seconds is
/// seen within about a second; one that runs half an hour costs a few dozen polls, not hundreds.
/// <para>
/// The defaults keep the expected delay between a job's end and its detection under 10 % of the job's duration
/// and under 30 seconds (the interval is at most 18 % of the job's age and at most 50 s, and a job ends on average
/// half-way through an interval); a 30-minute job costs about 60 polls. Fewer polls would mean later detection:
/// see docs/performance.md for the simulation behind these numbers.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class JobPollingOptions
{
    /// <summary>Gets or sets the wait before the first poll.</summary>
    /// <value>The default value is 1 second.</value>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the shortest wait between two polls.</summary>
    /// <value>The default value is 1 second.</value>
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest wait between two polls (the cap).</summary>
    /// <value>The default value is 50 seconds.</value>
    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(50);

    /// <summary>Gets or sets the wait between polls as a fraction of the time the job has run so far.</summary>
    /// <value>The default value is 0.18.</value>
    public double IntervalRatio { get; set; } = 0.18;

    /// <summary>Gets or sets how much each wait is spread at random, as a fraction (0 for none).</summary>
    /// <value>The default value is 0.1 (±10 %).</value>
    public double JitterRatio { get; set; } = 0.1;

    /// <summary>Gets or sets how long to wait for the job in all before giving up with <see
    /// cref="SdrsJobTimeoutException"/>.</summary>
    /// <value>The default value is 2 hours. <see cref="Timeout.InfiniteTimeSpan"/> waits until cancelled.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// Gets or sets how many polls in a row may fail transiently (as <see cref="SdrsRetryRule"/> defines it) before
    /// the last failure is thrown. A successful poll resets the count.
    /// </summary>
    /// <value>The default value is 10.</value>
    public int MaxConsecutiveTransientFailures { get; set; } = 10;

    /// <summary>
    /// Gets or sets the longest wait before the next poll that a failed poll's <c>Retry-After</c> header may ask for;
    /// a longer one (a year, a date far in the future) is cut to this, so a throttling answer cannot stall the wait.
    /// Zero ignores <c>Retry-After</c>. The wait is never shorter than the schedule's own interval.
    /// </summary>
    /// <value>The default value is 2 minutes. It must be from 0 to 1 day.</value>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Checks every rule and reports all broken ones at once.</summary>
    /// <exception cref="ArgumentException">One or more options are invalid; the message names each.</exception>
    public void Validate() => ValidationErrors.Check(nameof(JobPollingOptions), "polling", CollectErrors);

    /// <summary>Adds the broken rules, each naming its option.</summary>
    internal void CollectErrors(ValidationErrors errors)
    {
        if (InitialDelay < TimeSpan.Zero)
        {
            errors.Add($"{nameof(InitialDelay)} must not be negative.");
        }

        if (MinInterval <= TimeSpan.Zero)
        {
            errors.Add($"{nameof(MinInterval)} must be positive.");
        }

        if (MaxInterval < MinInterval)
        {
            errors.Add($"{nameof(MaxInterval)} must not be shorter than {nameof(MinInterval)}.");
        }

        if (double.IsNaN(IntervalRatio) || IntervalRatio < 0 || IntervalRatio > 10)
        {
            errors.Add($"{nameof(IntervalRatio)} must be from 0 to 10.");
        }

        if (double.IsNaN(JitterRatio) || JitterRatio < 0 || JitterRatio >= 1)
        {
            errors.Add($"{nameof(JitterRatio)} must be at least 0 and less than 1.");
        }

        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            errors.Add($"{nameof(Timeout)} must be positive, or infinite.");
        }

        if (MaxConsecutiveTransientFailures < 0)
        {
            errors.Add($"{nameof(MaxConsecutiveTransientFailures)} must not be negative.");
        }

        if (MaxRetryAfter < TimeSpan.Zero || MaxRetryAfter > TimeSpan.FromDays(1))
        {
            errors.Add($"{nameof(MaxRetryAfter)} must be from 0 to 1 day.");
        }
    }

    /// <summary>Creates a copy, to change per call without touching the client's defaults.</summary>
    /// <returns>The copy.</returns>
    public JobPollingOptions Clone() => (JobPollingOptions)MemberwiseClone();

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"JobPollingOptions(InitialDelay={InitialDelay}, MinInterval={MinInterval}, MaxInterval={MaxInterval}, "
                + $"IntervalRatio={IntervalRatio}, JitterRatio={JitterRatio}, Timeout={Timeout}, "
                + $"MaxConsecutiveTransientFailures={MaxConsecutiveTransientFailures}, MaxRetryAfter={MaxRetryAfter})"
        );

    /// <summary>Computes the wait before the next poll, without jitter.</summary>
    /// <param name="elapsed">How long the wait has run so far.</param>
    /// <returns>The wait.</returns>
    public TimeSpan NextInterval(TimeSpan elapsed)
    {
        double proportional = elapsed.TotalMilliseconds * IntervalRatio;
        double clamped = Math.Clamp(proportional, MinInterval.TotalMilliseconds, MaxInterval.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(clamped);
    }
}
