using System.Text.Json.Serialization;

namespace SdrsSdk.RecoveryPlans;

/// <summary>
/// The state of one run of a recovery plan: the plan, the readiness found, and every tier and group with its status,
/// job ID and times. The runner saves it after every change (<see cref="IRecoveryRunStore"/>), so that
/// <see cref="RecoveryPlanRunner.ResumeAsync"/> picks it up after a crash; reports are made from it.
/// </summary>
public sealed class RecoveryRun
{
    /// <summary>Gets or sets the run's ID (for example <c>drill-20261208-040512-3fa9</c>): the store's key, and the
    /// name of the drills a drill run creates.</summary>
    public string RunId { get; set; } = string.Empty;

    /// <summary>Gets or sets what the run does.</summary>
    public RecoveryRunKind Kind { get; set; }

    /// <summary>Gets or sets the plan run (a copy taken at the start).</summary>
    public RecoveryPlan Plan { get; set; } = new();

    /// <summary>Gets or sets where the run stands.</summary>
    public RecoveryRunStatus Status { get; set; }

    /// <summary>Gets or sets a value indicating whether the run was started despite readiness blockers.</summary>
    public bool Forced { get; set; }

    /// <summary>Gets or sets, for a clean-up, the ID of the drill run whose drills it deletes.</summary>
    public string? DrillRunId { get; set; }

    /// <summary>Gets or sets when the run started.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>Gets or sets when the run ended.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Gets or sets why the run failed or was refused, in one sentence.</summary>
    public string? Message { get; set; }

    /// <summary>Gets or sets the readiness of every group, checked before the run started.</summary>
    public IList<RecoveryGroupReadiness> Readiness { get; set; } = [];

    /// <summary>Gets or sets the tiers, in plan order.</summary>
    public IList<RecoveryTierRun> Tiers { get; set; } = [];

    /// <summary>Gets a value indicating whether the run can be resumed: it is pending, running (interrupted) or
    /// cancelled.</summary>
    [JsonIgnore]
    public bool IsResumable =>
        Status is RecoveryRunStatus.Pending or RecoveryRunStatus.Running or RecoveryRunStatus.Cancelled;

    /// <summary>Every group of the run, tier by tier.</summary>
    internal IEnumerable<(RecoveryTierRun Tier, RecoveryGroupRun Group)> AllGroups() =>
        Tiers.SelectMany(tier => tier.Groups.Select(group => (tier, group)));
}
