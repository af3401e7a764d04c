namespace SdrsSdk.RecoveryPlans.Tests.TestSupport;

/// <summary>Hand-built run states with fixed times, for report tests.</summary>
internal static class SampleRuns
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 8, 4, 0, 0, TimeSpan.Zero);

    /// <summary>A drill of two tiers: tier 1's db succeeded (drill d-1), tier 2's web failed with SDRS.1906, and the
    /// clean-up deleted d-1.</summary>
    public static (RecoveryRun Drill, RecoveryRun CleanUp) DrillWithFailure()
    {
        var plan = new RecoveryPlan
        {
            Name = "shop",
            Tiers =
            [
                new RecoveryTier { Name = "databases", Groups = [new RecoveryPlanGroup { ServerGroupId = "sg-db" }] },
                new RecoveryTier { Name = "web", Groups = [new RecoveryPlanGroup { ServerGroupId = "sg-web" }] },
            ],
        };
        var drill = new RecoveryRun
        {
            RunId = "drill-20261208-040000-0001",
            Kind = RecoveryRunKind.Drill,
            Plan = plan,
            Status = RecoveryRunStatus.Failed,
            StartedAt = T0,
            EndedAt = T0.AddSeconds(95),
            Message = "web: The drill failed.",
            Readiness =
            [
                new RecoveryGroupReadiness
                {
                    ServerGroupId = "sg-db",
                    Verdict = ReadinessVerdict.ReadyWithWarnings,
                    CheckedAt = T0,
                    Findings =
                    [
                        new ReadinessFinding
                        {
                            Check = "recent-drill",
                            Severity = ReadinessSeverity.Warning,
                            Message = "No drill in the last 3 months.",
                        },
                    ],
                },
            ],
            Tiers =
            [
                new RecoveryTierRun
                {
                    Index = 0,
                    Name = "databases",
                    Status = RecoveryStepStatus.Succeeded,
                    StartedAt = T0,
                    EndedAt = T0.AddSeconds(60),
                    Groups =
                    [
                        new RecoveryGroupRun
                        {
                            ServerGroupId = "sg-db",
                            Name = "orders-db",
                            Status = RecoveryStepStatus.Succeeded,
                            Action = RecoveryStepStatus.Succeeded,
                            JobId = "job-1",
                            Sends = 1,
                            DrillId = "d-1",
                            StartedAt = T0,
                            RequestedAt = T0.AddSeconds(1),
                            CompletedAt = T0.AddSeconds(58.5),
                            EndedAt = T0.AddSeconds(60),
                        },
                    ],
                },
                new RecoveryTierRun
                {
                    Index = 1,
                    Name = "web",
                    Status = RecoveryStepStatus.Failed,
                    StartedAt = T0.AddSeconds(60),
                    EndedAt = T0.AddSeconds(95),
                    Groups =
                    [
                        new RecoveryGroupRun
                        {
                            ServerGroupId = "sg-web",
                            Name = "web|front",
                            Status = RecoveryStepStatus.Failed,
                            Action = RecoveryStepStatus.Failed,
                            JobId = "job-2",
                            Sends = 1,
                            StartedAt = T0.AddSeconds(60),
                            RequestedAt = T0.AddSeconds(60),
                            EndedAt = T0.AddSeconds(95),
                            ErrorCode = "SDRS.1906",
                            ErrorMessage = "The drill failed.",
                            HandlingMeasure = "Contact technical support.",
                        },
                    ],
                },
            ],
        };
        var cleanUp = new RecoveryRun
        {
            RunId = "cleanup-20261208-041000-0002",
            Kind = RecoveryRunKind.CleanUpDrill,
            DrillRunId = drill.RunId,
            Plan = plan,
            Status = RecoveryRunStatus.Succeeded,
            Tiers =
            [
                new RecoveryTierRun
                {
                    Name = "databases",
                    Status = RecoveryStepStatus.Succeeded,
                    Groups =
                    [
                        new RecoveryGroupRun
                        {
                            ServerGroupId = "sg-db",
                            DrillId = "d-1",
                            Status = RecoveryStepStatus.Succeeded,
                        },
                    ],
                },
                new RecoveryTierRun
                {
                    Index = 1,
                    Name = "web",
                    Status = RecoveryStepStatus.Succeeded,
                    Groups = [new RecoveryGroupRun { ServerGroupId = "sg-web", Status = RecoveryStepStatus.Skipped }],
                },
            ],
        };
        return (drill, cleanUp);
    }
}
