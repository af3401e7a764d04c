namespace SdrsSdk.RecoveryPlans;

/// <summary>How a <see cref="RecoveryPlanRunner"/> keeps state, checks readiness, runs hooks and waits.</summary>
public sealed class RecoveryPlanRunnerOptions
{
    /// <summary>Gets or sets where run states are saved after every change.</summary>
    /// <value>The default value is <see langword="null"/>: a <see cref="FileRecoveryRunStore"/> in the folder
    /// <c>recovery-runs</c> of the current directory.</value>
    public IRecoveryRunStore? Store { get; set; }

    /// <summary>Gets or sets the clock the run's times are read from.</summary>
    /// <value>The default value is <see langword="null"/>: <see cref="TimeProvider.System"/>.</value>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Gets or sets the readiness checker run before each run.</summary>
    /// <value>The default value is <see langword="null"/>: a <see cref="RecoveryPlans.ReadinessChecker"/> of the
    /// runner's client and clock.</value>
    public ReadinessChecker? ReadinessChecker { get; set; }

    /// <summary>Gets or sets the hooks run around tiers and groups.</summary>
    /// <value>The default value is no hook.</value>
    public RecoveryPlanHooks Hooks { get; set; } = new();

    /// <summary>Gets or sets the schedule of the job waits.</summary>
    /// <value>The default value is <see langword="null"/>: the client's
    /// <see cref="SdrsClientOptions.JobPolling"/>.</value>
    public JobPollingOptions? JobPolling { get; set; }

    /// <summary>Gets or sets how often the resource is read while following an action whose job ID was lost (the
    /// answer to its request, or the process that sent it).</summary>
    /// <value>The default value is 5 seconds.</value>
    public TimeSpan StatePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets how long an action whose job ID was lost is followed before it is recorded as
    /// failed.</summary>
    /// <value>The default value is 2 hours, the default job wait.</value>
    public TimeSpan StateFollowTimeout { get; set; } = TimeSpan.FromHours(2);
}
