namespace SdrsSdk.RecoveryPlans;

/// <summary>
/// What a recovery plan (or a readiness check) intends to do to a protection group.
/// </summary>
public enum RecoveryAction
{
    /// <summary>Start protection (reference 5.4.6): replication begins from the production site.</summary>
    EnableProtection,

    /// <summary>Stop protection (reference 5.4.7).</summary>
    DisableProtection,

    /// <summary>Create a DR drill (reference 5.7.1) in the group's drill VPC.</summary>
    Drill,

    /// <summary>Planned failover (reference 5.4.9) from the production site to the DR site.</summary>
    PlannedFailover,

    /// <summary>Unplanned failover (reference 5.4.8): the DR site takes over after a production-site outage.</summary>
    Failover,

    /// <summary>Start protection again after a failover, so the DR site replicates back (reference 5.4.6).</summary>
    Reprotect,

    /// <summary>Planned failover back from the DR site to the production site (reference 5.4.9).</summary>
    Failback,
}
