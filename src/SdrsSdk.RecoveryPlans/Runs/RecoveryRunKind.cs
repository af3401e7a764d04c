namespace SdrsSdk.RecoveryPlans;

/// <summary>What a run of a recovery plan does to each protection group.</summary>
public enum RecoveryRunKind
{
    /// <summary>Creates a DR drill of each group (reference 5.7.1), in its drill VPC.</summary>
    Drill,

    /// <summary>Deletes the DR drills a <see cref="Drill"/> run created (reference 5.7.2).</summary>
    CleanUpDrill,

    /// <summary>Planned failover to the DR site (reference 5.4.9, <c>priority_station</c> <c>target</c>).</summary>
    PlannedFailover,

    /// <summary>Unplanned failover after a production-site outage (reference 5.4.8).</summary>
    Failover,

    /// <summary>Enables protection again after a failover (reference 5.4.6, from <c>failed-over</c>).</summary>
    Reprotect,

    /// <summary>Planned failover back to the production site (reference 5.4.9, <c>priority_station</c>
    /// <c>source</c>).</summary>
    Failback,
}
