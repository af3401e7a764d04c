namespace SdrsSdk.RecoveryPlans;

/// <summary>One event of a run: a tier or group started or ended, a job changed status, the run ended.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="RunId">The run's ID.</param>
/// <param name="Time">When, by the runner's clock.</param>
/// <param name="TierName">The tier concerned, or <see langword="null"/>.</param>
/// <param name="ServerGroupId">The group concerned, or <see langword="null"/>.</param>
/// <param name="Status">The status reached, as text (a step status, a job status or a run status).</param>
/// <param name="Job">The job's snapshot, for <see cref="RecoveryProgressKind.JobStatusChanged"/>.</param>
public sealed record RecoveryProgress(
    RecoveryProgressKind Kind,
    string RunId,
    DateTimeOffset Time,
    string? TierName,
    string? ServerGroupId,
    string? Status,
    JobProgress? Job
)
{
    /// <inheritdoc/>
    public override string ToString() =>
        Kind switch
        {
            RecoveryProgressKind.TierStarted or RecoveryProgressKind.TierFinished => $"{Kind} {TierName}: {Status}",
            RecoveryProgressKind.JobStatusChanged => $"{Kind} {ServerGroupId}: {Job}",
            RecoveryProgressKind.RunStarted or RecoveryProgressKind.RunFinished => $"{Kind} {RunId}: {Status}",
            _ => $"{Kind} {TierName}/{ServerGroupId}: {Status}",
        };
}
