using System.Text.Json.Serialization;

namespace SdrsSdk.RecoveryPlans;

/// <summary>
/// One protection group in a run: its hooks, its action (the SDRS call and its job), the times, and the failure.
/// Saved after every change, so a resumed run knows what is done, what is running and what was about to be sent.
/// </summary>
public sealed class RecoveryGroupRun
{
    /// <summary>Gets or sets the protection group's ID.</summary>
    public string ServerGroupId { get; set; } = string.Empty;

    /// <summary>Gets or sets the display name from the plan.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets where the group stands as a whole (hooks and action).</summary>
    public RecoveryStepStatus Status { get; set; }

    /// <summary>Gets or sets where the hook before the action stands.</summary>
    public RecoveryStepStatus BeforeHook { get; set; }

    /// <summary>Gets or sets where the action (the SDRS call and its job) stands.</summary>
    public RecoveryStepStatus Action { get; set; }

    /// <summary>Gets or sets where the hook after the action stands.</summary>
    public RecoveryStepStatus AfterHook { get; set; }

    /// <summary>Gets or sets the job ID SDRS answered the action with; <see langword="null"/> before the answer, or
    /// when the answer was lost and the outcome resolved by lookup.</summary>
    public string? JobId { get; set; }

    /// <summary>Gets or sets the action's job type (for example <c>failoverProtectionGroupNoCG</c>).</summary>
    public string? JobType { get; set; }

    /// <summary>Gets or sets the job's last status seen (<c>INIT</c>, <c>RUNNING</c>, <c>SUCCESS</c>,
    /// <c>FAIL</c>).</summary>
    public string? JobStatus { get; set; }

    /// <summary>Gets or sets how many times the action was sent (more than once only when it was found not to have
    /// taken effect).</summary>
    public int Sends { get; set; }

    /// <summary>Gets or sets what was read to settle an action whose answer was lost, when one was.</summary>
    public string? Resolution { get; set; }

    /// <summary>Gets or sets the drill VPC (drills).</summary>
    public string? DrillVpcId { get; set; }

    /// <summary>Gets or sets the DR drill's ID: the one created (drills) or deleted (clean-ups).</summary>
    public string? DrillId { get; set; }

    /// <summary>Gets or sets when the group's step started (before its hook).</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>Gets or sets when the action was first requested.</summary>
    public DateTimeOffset? RequestedAt { get; set; }

    /// <summary>Gets or sets when the action's job succeeded; the measured RTO runs from
    /// <see cref="RequestedAt"/> to here.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Gets or sets when the group's step ended (after its hook).</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Gets or sets the SDRS error code of a failure (for example <c>SDRS.1030</c>).</summary>
    public string? ErrorCode { get; set; }

    /// <summary>Gets or sets what failed, in one sentence.</summary>
    public string? ErrorMessage { get; set; }

    /// <summary>Gets or sets the error catalog's handling measure for <see cref="ErrorCode"/>.</summary>
    public string? HandlingMeasure { get; set; }

    /// <summary>Gets the measured recovery time: from the request to the job's success; <see langword="null"/>
    /// until it succeeded.</summary>
    [JsonIgnore]
    public TimeSpan? RecoveryTime => RequestedAt is { } from && CompletedAt is { } to ? to - from : null;
}
