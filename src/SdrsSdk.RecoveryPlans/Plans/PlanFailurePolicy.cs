namespace SdrsSdk.RecoveryPlans;

/// <summary>What a run does when a protection group (or a hook) fails.</summary>
public enum PlanFailurePolicy
{
    /// <summary>Stop at once: no further group is started (groups already running are waited for), and the later
    /// tiers are skipped.</summary>
    StopPlan,

    /// <summary>Finish the failing tier (every group of it runs), then skip the later tiers.</summary>
    FinishTierThenStop,

    /// <summary>Record the failure and go on with every other group and tier.</summary>
    Continue,
}
