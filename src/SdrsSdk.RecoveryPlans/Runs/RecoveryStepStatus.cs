namespace SdrsSdk.RecoveryPlans;

/// <summary>Where one step of a run (a tier, a group, its action or a hook) stands.</summary>
public enum RecoveryStepStatus
{
    /// <summary>Not started.</summary>
    Pending,

    /// <summary>The action is about to be sent, or was sent and its answer is not saved yet: a resume decides from
    /// the resource's state whether it took effect.</summary>
    Starting,

    /// <summary>Running (for an action: its job ID is saved, or it was resolved by lookup).</summary>
    Running,

    /// <summary>Ended successfully.</summary>
    Succeeded,

    /// <summary>Ended with a failure.</summary>
    Failed,

    /// <summary>Not run: the failure policy stopped the plan first.</summary>
    Skipped,
}
