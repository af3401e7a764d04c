namespace SdrsSdk.RecoveryPlans.Reports.Internal;

/// <summary>The JSON report of a run: the run's outcome, readiness, and per tier and group the times, the measured
/// RTO, the outcome and the failure (SDRS error code and handling measure), with the drill IDs and their
/// clean-up.</summary>
internal sealed class ReportDocument
{
    public string RunId { get; set; } = string.Empty;

    public string Plan { get; set; } = string.Empty;

    public RecoveryRunKind Kind { get; set; }

    public RecoveryRunStatus Status { get; set; }

    public bool Forced { get; set; }

    public string? Message { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public double? DurationSeconds { get; set; }

    public string? CleanUpRunId { get; set; }

    public RecoveryRunStatus? CleanUpStatus { get; set; }

    public IList<RecoveryGroupReadiness> Readiness { get; set; } = [];

    public IList<ReportTier> Tiers { get; set; } = [];

    /// <summary>Builds the document of a run, with the clean-up's outcome per drill when there is one.</summary>
    public static ReportDocument From(RecoveryRun run, RecoveryRun? cleanUp)
    {
        Dictionary<string, RecoveryGroupRun> cleaned = cleanUp is null
            ? []
            : cleanUp
                .AllGroups()
                .ToDictionary(item => item.Group.ServerGroupId, item => item.Group, StringComparer.Ordinal);
        return new ReportDocument
        {
            RunId = run.RunId,
            Plan = run.Plan.Name,
            Kind = run.Kind,
            Status = run.Status,
            Forced = run.Forced,
            Message = run.Message,
            StartedAt = run.StartedAt,
            EndedAt = run.EndedAt,
            DurationSeconds = ReportGroup.Seconds(run.StartedAt, run.EndedAt),
            CleanUpRunId = cleanUp?.RunId,
            CleanUpStatus = cleanUp?.Status,
            Readiness = run.Readiness,
            Tiers =
            [
                .. run.Tiers.Select(tier => new ReportTier
                {
                    Index = tier.Index,
                    Name = tier.Name,
                    Outcome = tier.Status,
                    StartedAt = tier.StartedAt,
                    EndedAt = tier.EndedAt,
                    DurationSeconds = ReportGroup.Seconds(tier.StartedAt, tier.EndedAt),
                    Error = tier.ErrorMessage,
                    Groups =
                    [
                        .. tier.Groups.Select(group =>
                            ReportGroup.From(group, cleaned.GetValueOrDefault(group.ServerGroupId))
                        ),
                    ],
                }),
            ],
        };
    }
}
