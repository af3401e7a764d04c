namespace SdrsSdk.RecoveryPlans;

/// <summary>What a <see cref="RecoveryProgress"/> reports.</summary>
public enum RecoveryProgressKind
{
    /// <summary>The run started (or resumed).</summary>
    RunStarted,

    /// <summary>A group's readiness was checked.</summary>
    ReadinessChecked,

    /// <summary>A tier started.</summary>
    TierStarted,

    /// <summary>A group started.</summary>
    GroupStarted,

    /// <summary>A group's job changed status.</summary>
    JobStatusChanged,

    /// <summary>A group ended (succeeded, failed or skipped).</summary>
    GroupFinished,

    /// <summary>A tier ended.</summary>
    TierFinished,

    /// <summary>The run ended, was refused or was cancelled.</summary>
    RunFinished,
}
