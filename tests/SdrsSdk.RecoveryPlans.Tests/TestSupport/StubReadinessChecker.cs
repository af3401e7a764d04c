namespace SdrsSdk.RecoveryPlans.Tests.TestSupport;

/// <summary>A readiness checker that answers ready for every group, or blocked for the groups named in
/// <see cref="Blocked"/> (with SDRS.1022, the failover precondition), without reading anything.</summary>
internal sealed class StubReadinessChecker : ReadinessChecker
{
    public HashSet<string> Blocked { get; } = new(StringComparer.Ordinal);

    public List<ReadinessRequest> Requests { get; } = [];

    public override Task<ReadinessReport> CheckAsync(
        ReadinessRequest request,
        CancellationToken cancellationToken = default
    )
    {
        lock (Requests)
        {
            Requests.Add(request);
        }

        List<ReadinessFinding> findings = Blocked.Contains(request.ServerGroupId)
            ?
            [
                new ReadinessFinding
                {
                    Check = "group-status",
                    Severity = ReadinessSeverity.Blocker,
                    Message = $"Protection group {request.ServerGroupId} is not protected.",
                    ErrorCode = "SDRS.1022",
                    HandlingMeasure = "Check the protection group status.",
                    ResourceId = request.ServerGroupId,
                },
            ]
            : [];
        return Task.FromResult(
            new ReadinessReport
            {
                ServerGroupId = request.ServerGroupId,
                Action = request.Action,
                CheckedAt = new DateTimeOffset(2026, 12, 8, 4, 0, 0, TimeSpan.Zero),
                Findings = findings,
            }
        );
    }
}
