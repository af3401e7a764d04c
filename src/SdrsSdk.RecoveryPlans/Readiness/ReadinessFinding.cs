namespace SdrsSdk.RecoveryPlans;

/// <summary>
/// One thing a readiness check found: which check, how serious, the SDRS error code the service would answer with
/// (and the catalog's description and handling measure), and the resource concerned.
/// </summary>
public sealed class ReadinessFinding
{
    /// <summary>
    /// The check that produced the finding, a stable kebab-case name (for example <c>group-status</c>).
    /// </summary>
    public required string Check { get; init; }

    /// <summary>Whether the finding blocks the action or is a warning.</summary>
    public required ReadinessSeverity Severity { get; init; }

    /// <summary>What was found, in one sentence naming the resource and the value seen.</summary>
    public required string Message { get; init; }

    /// <summary>
    /// The SDRS error code the service would answer the action with (for example <c>SDRS.1907</c>), or <see
    /// langword="null"/> when the finding is not one the service refuses (a warning, a job that would fail later).
    /// A warning may name a related code: the one a failed task failed with, or the one a used-up quota causes.
    /// </summary>
    public string? ErrorCode { get; init; }

    /// <summary>
    /// The catalog's description of <see cref="ErrorCode"/> (reference Appendix A.1), when there is one.
    /// </summary>
    public string? Description { get; init; }

    /// <summary>The catalog's handling measure for <see cref="ErrorCode"/>, when there is one.</summary>
    public string? HandlingMeasure { get; init; }

    /// <summary>The ID of the resource concerned (the group, a protected instance, a pair, a drill, a task).</summary>
    public string? ResourceId { get; init; }
}
