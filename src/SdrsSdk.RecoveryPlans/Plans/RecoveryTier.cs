namespace SdrsSdk.RecoveryPlans;

/// <summary>One tier of a recovery plan: protection groups run in parallel, after the previous tier has
/// ended.</summary>
public sealed class RecoveryTier
{
    /// <summary>Gets or sets the tier's name (for example <c>databases</c>), unique in the plan.</summary>
    /// <value>The default value is an empty string, which validation refuses.</value>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the protection groups of the tier.</summary>
    /// <value>The default value is an empty list, which validation refuses.</value>
    public IList<RecoveryPlanGroup> Groups { get; set; } = [];

    /// <summary>Gets or sets how many groups of this tier run at once, overriding the plan's
    /// <see cref="RecoveryPlan.MaxDegreeOfParallelism"/>.</summary>
    /// <value>The default value is <see langword="null"/>: the plan's value.</value>
    public int? MaxDegreeOfParallelism { get; set; }
}
