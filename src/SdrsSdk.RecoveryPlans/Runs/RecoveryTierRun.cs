namespace SdrsSdk.RecoveryPlans;

/// <summary>One tier in a run: its hooks, its groups and its times.</summary>
public sealed class RecoveryTierRun
{
    /// <summary>Gets or sets the tier's position in the plan, from 0.</summary>
    public int Index { get; set; }

    /// <summary>Gets or sets the tier's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets where the tier stands as a whole.</summary>
    public RecoveryStepStatus Status { get; set; }

    /// <summary>Gets or sets where the hook before the tier stands.</summary>
    public RecoveryStepStatus BeforeHook { get; set; }

    /// <summary>Gets or sets where the hook after the tier stands.</summary>
    public RecoveryStepStatus AfterHook { get; set; }

    /// <summary>Gets or sets what failed in a tier hook, when one did.</summary>
    public string? ErrorMessage { get; set; }

    /// <summary>Gets or sets when the tier started.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>Gets or sets when the tier ended.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Gets or sets the tier's groups, in plan order.</summary>
    public IList<RecoveryGroupRun> Groups { get; set; } = [];
}
