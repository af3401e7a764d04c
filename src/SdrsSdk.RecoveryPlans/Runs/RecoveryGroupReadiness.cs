namespace SdrsSdk.RecoveryPlans;

/// <summary>The readiness check of one protection group, as a run recorded it before starting.</summary>
public sealed class RecoveryGroupReadiness
{
    /// <summary>Gets or sets the protection group's ID.</summary>
    public string ServerGroupId { get; set; } = string.Empty;

    /// <summary>Gets or sets the verdict.</summary>
    public ReadinessVerdict Verdict { get; set; }

    /// <summary>Gets or sets when the check read the group's state.</summary>
    public DateTimeOffset CheckedAt { get; set; }

    /// <summary>Gets or sets every finding, blockers first.</summary>
    public IList<ReadinessFinding> Findings { get; set; } = [];

    /// <summary>Copies a checker's report.</summary>
    internal static RecoveryGroupReadiness From(ReadinessReport report) =>
        new()
        {
            ServerGroupId = report.ServerGroupId,
            Verdict = report.Verdict,
            CheckedAt = report.CheckedAt,
            Findings = [.. report.Findings],
        };
}
