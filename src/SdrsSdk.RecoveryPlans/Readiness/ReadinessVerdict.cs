namespace SdrsSdk.RecoveryPlans;

/// <summary>The overall result of a readiness check.</summary>
public enum ReadinessVerdict
{
    /// <summary>No finding: the action can run.</summary>
    Ready,

    /// <summary>Only warnings: the action can run.</summary>
    ReadyWithWarnings,

    /// <summary>At least one blocker: the action would be refused or fail.</summary>
    Blocked,
}
