namespace SdrsSdk.RecoveryPlans;

/// <summary>The result of checking one protection group's readiness for one action.</summary>
public sealed class ReadinessReport
{
    /// <summary>The protection group checked.</summary>
    public required string ServerGroupId { get; init; }

    /// <summary>The action checked for.</summary>
    public required RecoveryAction Action { get; init; }

    /// <summary>When the check read the group's state.</summary>
    public required DateTimeOffset CheckedAt { get; init; }

    /// <summary>Every finding, blockers first.</summary>
    public required IReadOnlyList<ReadinessFinding> Findings { get; init; }

    /// <summary>The findings that block the action.</summary>
    public IEnumerable<ReadinessFinding> Blockers => Findings.Where(f => f.Severity == ReadinessSeverity.Blocker);

    /// <summary>The findings that are warnings.</summary>
    public IEnumerable<ReadinessFinding> Warnings => Findings.Where(f => f.Severity == ReadinessSeverity.Warning);

    /// <summary>Ready, ready with warnings, or blocked.</summary>
    public ReadinessVerdict Verdict =>
        Findings.Any(f => f.Severity == ReadinessSeverity.Blocker) ? ReadinessVerdict.Blocked
        : Findings.Count > 0 ? ReadinessVerdict.ReadyWithWarnings
        : ReadinessVerdict.Ready;
}
