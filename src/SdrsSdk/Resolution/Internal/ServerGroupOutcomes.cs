namespace SdrsSdk.Resolution.Internal;

/// <summary>
/// How the writes to protection groups (reference 5.4) are resolved, from the group statuses of Appendix A.2 and the
/// preconditions each action states.
/// </summary>
internal static class ServerGroupOutcomes
{
    /// <summary>5.4.1: <c>creating</c>, then <c>available</c> or <c>error</c>.</summary>
    private static readonly StatusRule Creation = StatusRule.ForCreation(
        S(ServerGroupStatus.Creating),
        S(ServerGroupStatus.Available),
        S(ServerGroupStatus.Error)
    );

    /// <summary>5.4.4: <c>deleting</c>, then gone or <c>error-deleting</c>.</summary>
    private static readonly StatusRule Deletion = StatusRule.ForDeletion(
        S(ServerGroupStatus.Deleting),
        S(ServerGroupStatus.ErrorDeleting)
    );

    /// <summary>
    /// 5.4.6: from <c>available</c> or <c>error-starting</c> through <c>starting</c>; again from <c>failed-over</c> or
    /// <c>error-reprotecting</c> through <c>reprotecting</c>; to <c>protected</c>.
    /// </summary>
    private static readonly StatusRule Enabling = new(
        running: [S(ServerGroupStatus.Starting), S(ServerGroupStatus.Reprotecting)],
        done: [S(ServerGroupStatus.Protected)],
        failed: [S(ServerGroupStatus.ErrorStarting), S(ServerGroupStatus.ErrorReprotecting)],
        untouched: [S(ServerGroupStatus.Available), S(ServerGroupStatus.FailedOver)]
    );

    /// <summary>5.4.7: from <c>protected</c> or <c>error-stopping</c> through <c>stopping</c> to
    /// <c>available</c>.</summary>
    private static readonly StatusRule Disabling = new(
        running: [S(ServerGroupStatus.Stopping)],
        done: [S(ServerGroupStatus.Available)],
        failed: [S(ServerGroupStatus.ErrorStopping)],
        untouched: [S(ServerGroupStatus.Protected)]
    );

    /// <summary>
    /// 5.4.8: from <c>protected</c>, <c>error-failing-over</c> or <c>error-reversing</c> through <c>failing-over</c>
    /// to <c>failed-over</c>.
    /// </summary>
    private static readonly StatusRule FailingOver = new(
        running: [S(ServerGroupStatus.FailingOver)],
        done: [S(ServerGroupStatus.FailedOver)],
        failed: [S(ServerGroupStatus.ErrorFailingOver)],
        untouched: [S(ServerGroupStatus.Protected), S(ServerGroupStatus.ErrorReversing)]
    );

    /// <summary>
    /// 5.4.9 (reverse-server-group): from <c>protected</c> or <c>error-reversing</c> through <c>reversing</c> back to
    /// <c>protected</c>, with <c>priority_station</c> the requested one; <see cref="PlannedFailoverStatus"/> spells
    /// <c>protected</c> with the station.
    /// </summary>
    private static readonly Func<PriorityStation, StatusRule> Reversing = station =>
        new(
            running: [S(ServerGroupStatus.Reversing)],
            done: [PlannedFailoverStatus(ServerGroupStatus.Protected, station)],
            failed: [S(ServerGroupStatus.ErrorReversing)],
            untouched: [PlannedFailoverStatus(ServerGroupStatus.Protected, Opposite(station))]
        );

    public static SdrsResolutionRule Create { get; } = new(CreateAsync, request =>
        {
            var args = request.Args<CreateServerGroupRequest>();
            return $"the protection groups named '{args.Name}' in active-active domain {args.DomainId}, VPC "
                + $"{args.SourceVpcId}, for one created after the request";
        });

    public static SdrsResolutionRule Delete { get; } =
        SdrsResolutionRule.ByStatus(
            Deletion,
            "server_group_id",
            "protection group",
            ResourceSnapshot.OfGroupAsync,
            Group
        );

    public static SdrsResolutionRule StartProtection { get; } =
        SdrsResolutionRule.ByStatus(
            Enabling,
            "server_group_id",
            "protection group",
            ResourceSnapshot.OfGroupAsync,
            Group
        );

    public static SdrsResolutionRule StopProtection { get; } =
        SdrsResolutionRule.ByStatus(
            Disabling,
            "server_group_id",
            "protection group",
            ResourceSnapshot.OfGroupAsync,
            Group
        );

    public static SdrsResolutionRule Failover { get; } =
        SdrsResolutionRule.ByStatus(
            FailingOver,
            "server_group_id",
            "protection group",
            ResourceSnapshot.OfGroupAsync,
            Group
        );

    public static SdrsResolutionRule PlannedFailover { get; } =
        new(
            (context, cancellationToken) =>
            {
                PriorityStation station = context.Request.Args<PriorityStation>();
                return SdrsResolutionRule
                    .ByStatus(Reversing(station), "server_group_id", "protection group", ReadWithStationAsync, Group)
                    .ResolveAsync(context, cancellationToken);
            },
            request => Group(request) + " and its priority_station"
        );

    private static string Group(SdrsWriteRequest request) =>
        $"the status of protection group {request.PathId("server_group_id")}";

    private static async Task<SdrsOutcome> CreateAsync(ResolutionContext context, CancellationToken cancellationToken)
    {
        var args = context.Request.Args<CreateServerGroupRequest>();
        return await context
            .FindCreatedAsync(
                context.Client.ServerGroups.ListAllAsync(new ServerGroupQuery { Name = args.Name }, cancellationToken),
                group =>
                    group.Name == args.Name
                    && group.DomainId == args.DomainId
                    && group.SourceAvailabilityZone == args.SourceAvailabilityZone
                    && group.TargetAvailabilityZone == args.TargetAvailabilityZone
                    && group.SourceVpcId == args.SourceVpcId,
                group => group.CreatedAt,
                group => group.Id,
                $"protection group named '{args.Name}'",
                (id, next) => Creation.FollowAsync(ResourceSnapshot.OfGroupAsync, context.Client, id, next),
                cancellationToken
            )
            .ConfigureAwait(false);
    }

    /// <summary>A group's snapshot whose status, when <c>protected</c>, carries its <c>priority_station</c>.</summary>
    private static async Task<ResourceSnapshot> ReadWithStationAsync(
        SdrsClient client,
        string id,
        CancellationToken cancellationToken
    )
    {
        ServerGroup? group = await ResolutionContext
            .ReadOrGoneAsync(() => client.ServerGroups.GetAsync(id, cancellationToken))
            .ConfigureAwait(false);
        if (group is null)
        {
            return ResourceSnapshot.GoneNow;
        }

        return new ResourceSnapshot(
            group.Status == ServerGroupStatus.Protected && group.PriorityStation is { } station
                ? PlannedFailoverStatus(group.Status, station)
                : S(group.Status),
            group.UpdatedAt
        );
    }

    private static string PlannedFailoverStatus(ServerGroupStatus status, PriorityStation station) =>
        $"{status} (priority_station {station})";

    private static PriorityStation Opposite(PriorityStation station) =>
        station == PriorityStation.Source ? PriorityStation.Target : PriorityStation.Source;

    private static string S(ServerGroupStatus status) => status.ToString();
}
