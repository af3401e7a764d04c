namespace SdrsSdk.RecoveryPlans.Readiness.Internal;

/// <summary>
/// The one table of per-action preconditions, from the reference: the group status lists of 5.4.6 to 5.4.9 and
/// 5.7.1, with the Appendix A.1 code the service answers when a precondition is not met.
/// </summary>
/// <remarks>
/// The status codes are the catalog entries whose text names the action's status list: SDRS.1021 ("not available,
/// failed-over, or failed-over-back") for enabling protection and enabling it again, SDRS.1019 ("protection status
/// not started") for disabling, SDRS.1022 ("not available, error-failing-over …") for a failover, SDRS.1023 ("not
/// available, error-reversing …") for a planned failover or failback, and the general SDRS.1002 ("not allowed for
/// the protection group in the current state") for a drill. Without replication pairs the service answers with the
/// action's own failure code (SDRS.1027, 1032, 1030, 1029). The SDK's emulator answers with the same codes.
/// </remarks>
internal static class ActionRules
{
    /// <summary>The code the service answers for a member (protected instance, pair) in a transitional status, and
    /// for a drill in a group status 5.7.1 does not list.</summary>
    public const string CurrentStateCode = "SDRS.1002";

    /// <summary>The code for a planned failover towards the site that already is the production site (the
    /// request's <c>priority_station</c> is then not a valid direction).</summary>
    public const string WrongDirectionCode = "SDRS.0201";

    /// <summary>
    /// The code for a protected instance in a failed or broken status (<c>invalid</c>, <c>error</c>, …).
    /// </summary>
    public const string AbnormalInstanceCode = "SDRS.1314";

    /// <summary>The code for a replication pair in a failed or broken status.</summary>
    public const string AbnormalPairCode = "SDRS.0214";

    /// <summary>The code for a drill VPC that is the protection group's own (5.7.1).</summary>
    public const string DrillVpcOfGroupCode = "SDRS.1907";

    /// <summary>The code for a drill VPC another DR drill already uses.</summary>
    public const string DrillVpcUsedCode = "SDRS.1921";

    /// <summary>The code for a VPC ID the service does not accept.</summary>
    public const string InvalidVpcCode = "SDRS.0204";

    /// <summary>The code for a protection group that does not exist.</summary>
    public const string GroupNotFoundCode = "SDRS.1013";

    /// <summary>Every action's row, in the order of <see cref="RecoveryAction"/>.</summary>
    public static readonly IReadOnlyList<ActionRule> All =
    [
        new(
            RecoveryAction.EnableProtection,
            "enable protection (start-server-group, reference 5.4.6)",
            ["available", "error-starting"],
            "SDRS.1021",
            NoPairsCode: "SDRS.1027",
            DetachedCode: "SDRS.1604",
            ProductionSiteBefore: null,
            AbnormalSyncBlocks: false
        ),
        new(
            RecoveryAction.DisableProtection,
            "disable protection (stop-server-group, reference 5.4.7)",
            ["protected", "error-stopping"],
            "SDRS.1019",
            NoPairsCode: null,
            DetachedCode: null,
            ProductionSiteBefore: null,
            AbnormalSyncBlocks: false
        ),
        new(
            RecoveryAction.Drill,
            "create a DR drill (reference 5.7.1)",
            [
                "available",
                "protected",
                "failed-over",
                "error-starting",
                "error-stopping",
                "error-reversing",
                "error-reprotecting",
                "error-failing-over",
            ],
            CurrentStateCode,
            NoPairsCode: null,
            DetachedCode: "SDRS.1920",
            ProductionSiteBefore: null,
            AbnormalSyncBlocks: false
        ),
        new(
            RecoveryAction.PlannedFailover,
            "planned failover (reverse-server-group to target, reference 5.4.9)",
            ["protected", "error-reversing"],
            "SDRS.1023",
            NoPairsCode: "SDRS.1029",
            DetachedCode: "SDRS.1604",
            ProductionSiteBefore: PriorityStation.Source,
            AbnormalSyncBlocks: true
        ),
        new(
            RecoveryAction.Failover,
            "failover (failover-server-group, reference 5.4.8)",
            ["protected", "error-failing-over", "error-reversing"],
            "SDRS.1022",
            NoPairsCode: "SDRS.1030",
            DetachedCode: "SDRS.1604",
            ProductionSiteBefore: null,
            AbnormalSyncBlocks: false
        ),
        new(
            RecoveryAction.Reprotect,
            "enable protection again (start-server-group after a failover, reference 5.4.6)",
            ["failed-over", "error-reprotecting"],
            "SDRS.1021",
            NoPairsCode: "SDRS.1032",
            DetachedCode: "SDRS.1604",
            ProductionSiteBefore: null,
            AbnormalSyncBlocks: false
        ),
        new(
            RecoveryAction.Failback,
            "failback (reverse-server-group to source, reference 5.4.9)",
            ["protected", "error-reversing"],
            "SDRS.1023",
            NoPairsCode: "SDRS.1029",
            DetachedCode: "SDRS.1604",
            ProductionSiteBefore: PriorityStation.Target,
            AbnormalSyncBlocks: true
        ),
    ];

    /// <summary>The row of one action.</summary>
    /// <param name="action">A defined <see cref="RecoveryAction"/>.</param>
    /// <returns>The action's row.</returns>
    public static ActionRule For(RecoveryAction action) => All.Single(rule => rule.Action == action);
}
