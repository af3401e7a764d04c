namespace SdrsSdk.RecoveryPlans.Runs.Internal;

/// <summary>What a resource's state says about an action whose answer was lost.</summary>
internal enum ActionOutcome
{
    /// <summary>The resource is as before the action: it did not take effect, and may be sent again.</summary>
    NotApplied,

    /// <summary>The resource is in the action's transitional status: it took effect and is running.</summary>
    Running,

    /// <summary>The resource is in the status the action leads to.</summary>
    Done,

    /// <summary>The resource is in the action's error status.</summary>
    Failed,
}
