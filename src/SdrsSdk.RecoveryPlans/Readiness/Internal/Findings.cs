namespace SdrsSdk.RecoveryPlans.Readiness.Internal;

/// <summary>Builds findings, filling the description and handling measure from the error catalog.</summary>
internal static class Findings
{
    public static ReadinessFinding Blocker(string check, string message, string? errorCode, string? resourceId) =>
        Create(ReadinessSeverity.Blocker, check, message, errorCode, resourceId);

    public static ReadinessFinding Warning(string check, string message, string? errorCode, string? resourceId) =>
        Create(ReadinessSeverity.Warning, check, message, errorCode, resourceId);

    /// <summary>Blockers first; within a severity, the order the checks found them in.</summary>
    public static IReadOnlyList<ReadinessFinding> Sorted(IEnumerable<ReadinessFinding> findings) =>
        [.. findings.OrderByDescending(finding => finding.Severity)];

    private static ReadinessFinding Create(
        ReadinessSeverity severity,
        string check,
        string message,
        string? errorCode,
        string? resourceId
    )
    {
        SdrsErrorCatalog.TryGet(errorCode, out SdrsErrorInfo? info);
        return new ReadinessFinding
        {
            Check = check,
            Severity = severity,
            Message = message,
            ErrorCode = info?.Code ?? errorCode,
            Description = info?.Description,
            HandlingMeasure = info?.HandlingMeasure,
            ResourceId = resourceId,
        };
    }
}
