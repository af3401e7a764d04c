namespace SdrsSdk.RecoveryPlans;

/// <summary>What a hook is called for: the run, the stage, the tier and, for group hooks, the group.</summary>
/// <param name="RunId">The run's ID.</param>
/// <param name="Kind">What the run does.</param>
/// <param name="Stage">When the hook runs.</param>
/// <param name="TierIndex">The tier's position in the plan, from 0.</param>
/// <param name="TierName">The tier's name.</param>
/// <param name="Group">The group, for <see cref="RecoveryHookStage.BeforeGroup"/> and
/// <see cref="RecoveryHookStage.AfterGroup"/>; otherwise <see langword="null"/>.</param>
public sealed record RecoveryHookContext(
    string RunId,
    RecoveryRunKind Kind,
    RecoveryHookStage Stage,
    int TierIndex,
    string TierName,
    RecoveryGroupRun? Group
);
