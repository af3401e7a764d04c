namespace SdrsSdk.RecoveryPlans;

/// <summary>When a hook of a recovery plan runs.</summary>
public enum RecoveryHookStage
{
    /// <summary>Before the first group of a tier starts.</summary>
    BeforeTier,

    /// <summary>After every group of a tier has ended.</summary>
    AfterTier,

    /// <summary>Before a group's action is sent.</summary>
    BeforeGroup,

    /// <summary>After a group's action has succeeded.</summary>
    AfterGroup,
}
