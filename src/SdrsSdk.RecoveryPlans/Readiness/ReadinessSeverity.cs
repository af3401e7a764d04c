namespace SdrsSdk.RecoveryPlans;

/// <summary>How serious a readiness finding is.</summary>
public enum ReadinessSeverity
{
    /// <summary>
    /// The action can run, but something deserves attention (for example no drill in the last 3 months).
    /// </summary>
    Warning,

    /// <summary>The service would refuse the action, or it would fail; a plan does not start unless forced.</summary>
    Blocker,
}
