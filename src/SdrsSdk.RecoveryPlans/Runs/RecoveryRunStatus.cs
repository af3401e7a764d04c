namespace SdrsSdk.RecoveryPlans;

/// <summary>Where a run of a recovery plan stands.</summary>
public enum RecoveryRunStatus
{
    /// <summary>Created, not started.</summary>
    Pending,

    /// <summary>Running, or interrupted (a crash): resume it.</summary>
    Running,

    /// <summary>Every group and hook succeeded.</summary>
    Succeeded,

    /// <summary>Ended with at least one failed group or hook.</summary>
    Failed,

    /// <summary>Not started: a readiness check found a blocker and the run was not forced.</summary>
    Refused,

    /// <summary>Stopped by the caller's cancellation between steps: resume it.</summary>
    Cancelled,
}
