namespace SdrsSdk.RecoveryPlans.Reports.Internal;

/// <summary>One tier of a <see cref="ReportDocument"/>.</summary>
internal sealed class ReportTier
{
    public int Index { get; set; }

    public string Name { get; set; } = string.Empty;

    public RecoveryStepStatus Outcome { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public double? DurationSeconds { get; set; }

    public string? Error { get; set; }

    public IList<ReportGroup> Groups { get; set; } = [];
}
