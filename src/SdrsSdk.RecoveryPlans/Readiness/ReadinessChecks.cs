namespace SdrsSdk.RecoveryPlans;

/// <summary>The names of the readiness checks, the values of <see cref="ReadinessFinding.Check"/>.</summary>
public static class ReadinessChecks
{
    /// <summary>The protection group exists (SDRS.1013 otherwise).</summary>
    public const string GroupExists = "group-exists";

    /// <summary>The group's status is one the action accepts (reference 5.4.6 to 5.4.9, 5.7.1).</summary>
    public const string GroupStatus = "group-status";

    /// <summary>
    /// For a planned failover or failback: the production site is the one the action moves away from.
    /// </summary>
    public const string ProductionSite = "production-site";

    /// <summary>The group has replication pairs, where the action needs them.</summary>
    public const string ReplicationPairs = "replication-pairs";

    /// <summary>
    /// Every replication pair is attached to a protected instance, and every protected instance has one.
    /// </summary>
    public const string Attachment = "attachment";

    /// <summary>No protected instance or replication pair is in a transitional, failed or unknown status.</summary>
    public const string MemberStatus = "member-status";

    /// <summary>The group has protected instances to drill (a warning when it has none).</summary>
    public const string EmptyGroup = "empty-group";

    /// <summary>
    /// For a drill: the drill VPC is not the group's and no other drill uses it (SDRS.1907, SDRS.1921).
    /// </summary>
    public const string DrillVpc = "drill-vpc";

    /// <summary>The tenant's SDRS quotas are not used up (a warning).</summary>
    public const string Quota = "quota";

    /// <summary>The task center holds no failed task of the group (a warning per task).</summary>
    public const string FailedTasks = "failed-tasks";

    /// <summary>
    /// The group was drilled in the last 3 months (the service's <c>period_no_dr_drill</c>; a warning).
    /// </summary>
    public const string DrillAge = "drill-age";
}
