namespace SdrsSdk.RecoveryPlans.Reports.Internal;

/// <summary>One group of a <see cref="ReportTier"/>.</summary>
internal sealed class ReportGroup
{
    public string ServerGroupId { get; set; } = string.Empty;

    public string? Name { get; set; }

    public RecoveryStepStatus Outcome { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? RequestedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public double? DurationSeconds { get; set; }

    public double? RecoveryTimeSeconds { get; set; }

    public string? JobId { get; set; }

    public string? JobType { get; set; }

    public int Sends { get; set; }

    public string? Resolution { get; set; }

    public string? ErrorCode { get; set; }

    public string? Error { get; set; }

    public string? HandlingMeasure { get; set; }

    public string? DrillId { get; set; }

    public RecoveryStepStatus? CleanUpOutcome { get; set; }

    public string? CleanUpErrorCode { get; set; }

    public static ReportGroup From(RecoveryGroupRun group, RecoveryGroupRun? cleanUp) =>
        new()
        {
            ServerGroupId = group.ServerGroupId,
            Name = group.Name,
            Outcome = group.Status,
            StartedAt = group.StartedAt,
            RequestedAt = group.RequestedAt,
            CompletedAt = group.CompletedAt,
            EndedAt = group.EndedAt,
            DurationSeconds = Seconds(group.StartedAt, group.EndedAt),
            RecoveryTimeSeconds = Seconds(group.RequestedAt, group.CompletedAt),
            JobId = group.JobId,
            JobType = group.JobType,
            Sends = group.Sends,
            Resolution = group.Resolution,
            ErrorCode = group.ErrorCode,
            Error = group.ErrorMessage,
            HandlingMeasure = group.HandlingMeasure,
            DrillId = group.DrillId,
            CleanUpOutcome = cleanUp?.Status,
            CleanUpErrorCode = cleanUp?.ErrorCode,
        };

    /// <summary>Seconds between two times, to the millisecond; <see langword="null"/> unless both are known.</summary>
    public static double? Seconds(DateTimeOffset? from, DateTimeOffset? to) =>
        from is { } start && to is { } end ? Math.Round((end - start).TotalSeconds, 3) : null;
}
