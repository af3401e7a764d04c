namespace SdrsSdk.RecoveryPlans;

/// <summary>
/// Caller-supplied steps around tiers and groups: a DNS switch, a smoke test, a manual confirmation. A hook that
/// throws fails its tier or group, and the plan's <see cref="PlanFailurePolicy"/> decides what happens next; a hook
/// that succeeded is not run again when the run resumes.
/// </summary>
/// <remarks>
/// <code>
/// var hooks = new RecoveryPlanHooks
/// {
///     AfterGroup = async (context, cancellationToken) => await SmokeTestAsync(context.Group!, cancellationToken),
/// };
/// </code>
/// </remarks>
public sealed class RecoveryPlanHooks
{
    /// <summary>Gets or sets the hook run before each tier.</summary>
    /// <value>The default value is <see langword="null"/>: none.</value>
    public Func<RecoveryHookContext, CancellationToken, Task>? BeforeTier { get; set; }

    /// <summary>Gets or sets the hook run after each tier whose groups all ended.</summary>
    /// <value>The default value is <see langword="null"/>: none.</value>
    public Func<RecoveryHookContext, CancellationToken, Task>? AfterTier { get; set; }

    /// <summary>Gets or sets the hook run before each group's action.</summary>
    /// <value>The default value is <see langword="null"/>: none.</value>
    public Func<RecoveryHookContext, CancellationToken, Task>? BeforeGroup { get; set; }

    /// <summary>Gets or sets the hook run after each group's action succeeded.</summary>
    /// <value>The default value is <see langword="null"/>: none.</value>
    public Func<RecoveryHookContext, CancellationToken, Task>? AfterGroup { get; set; }

    /// <summary>The hook of a stage.</summary>
    internal Func<RecoveryHookContext, CancellationToken, Task>? For(RecoveryHookStage stage) =>
        stage switch
        {
            RecoveryHookStage.BeforeTier => BeforeTier,
            RecoveryHookStage.AfterTier => AfterTier,
            RecoveryHookStage.BeforeGroup => BeforeGroup,
            _ => AfterGroup,
        };
}
