namespace SdrsSdk.Resolution.Internal;

/// <summary>
/// How the writes to DR drills (reference 5.7) are resolved: creations by name, protection group and drill VPC,
/// deletions by the statuses of Appendix A.5.
/// </summary>
internal static class DrillOutcomes
{
    /// <summary>5.7.1: <c>creating</c>, then <c>available</c> or <c>error</c>.</summary>
    private static readonly StatusRule Creation = StatusRule.ForCreation(
        S(DisasterRecoveryDrillStatus.Creating),
        S(DisasterRecoveryDrillStatus.Available),
        S(DisasterRecoveryDrillStatus.Error)
    );

    /// <summary>5.7.2: <c>deleting</c>, then gone or <c>error-deleting</c>.</summary>
    private static readonly StatusRule Deletion = StatusRule.ForDeletion(
        S(DisasterRecoveryDrillStatus.Deleting),
        S(DisasterRecoveryDrillStatus.ErrorDeleting)
    );

    public static SdrsResolutionRule Create { get; } = new(CreateAsync, request =>
        {
            var args = request.Args<CreateDisasterRecoveryDrillRequest>();
            return $"the DR drills named '{args.Name}' of protection group {args.ServerGroupId}, for one created after "
                + "the request";
        });

    public static SdrsResolutionRule Delete { get; } =
        SdrsResolutionRule.ByStatus(
            Deletion,
            "disaster_recovery_drill_id",
            "DR drill",
            ResourceSnapshot.OfDrillAsync,
            request => $"the status of DR drill {request.PathId("disaster_recovery_drill_id")}"
        );

    /// <summary>
    /// The drill with the request's name in its protection group, created in the window; with the request's drill VPC
    /// when it named one (without one, the service creates a VPC, so any VPC matches).
    /// </summary>
    private static Task<SdrsOutcome> CreateAsync(ResolutionContext context, CancellationToken cancellationToken)
    {
        var args = context.Request.Args<CreateDisasterRecoveryDrillRequest>();
        return context.FindCreatedAsync(
            context.Client.Drills.ListAllAsync(
                new DisasterRecoveryDrillQuery { ServerGroupId = args.ServerGroupId, Name = args.Name },
                cancellationToken
            ),
            drill =>
                drill.Name == args.Name
                && drill.ServerGroupId == args.ServerGroupId
                && (args.DrillVpcId is null || drill.DrillVpcId == args.DrillVpcId),
            drill => drill.CreatedAt,
            drill => drill.Id,
            $"DR drill named '{args.Name}'",
            (id, next) => Creation.FollowAsync(ResourceSnapshot.OfDrillAsync, context.Client, id, next),
            cancellationToken
        );
    }

    private static string S(DisasterRecoveryDrillStatus status) => status.ToString();
}
