namespace SdrsSdk.Resolution.Internal;

/// <summary>
/// How the writes to replication pairs (reference 5.6) are resolved: creations by the disk (a disk can be paired once,
/// <c>SDRS.1811</c>), expansions by the pair's size (<c>record_metadata.volume_size</c>), deletions by the statuses of
/// Appendix A.4.
/// </summary>
internal static class ReplicationOutcomes
{
    /// <summary>5.6.1: <c>creating</c>, then <c>available</c> (or further on) or <c>error</c>.</summary>
    private static readonly StatusRule Creation = StatusRule.ForCreation(
        S(ReplicationPairStatus.Creating),
        S(ReplicationPairStatus.Available),
        S(ReplicationPairStatus.Error)
    );

    /// <summary>5.6.2: <c>deleting</c>, then gone or <c>error-deleting</c>.</summary>
    private static readonly StatusRule Deletion = StatusRule.ForDeletion(
        S(ReplicationPairStatus.Deleting),
        S(ReplicationPairStatus.ErrorDeleting)
    );

    /// <summary>5.6.5: <c>extending</c>, then back to where it was with the new size, or
    /// <c>error-extending</c>.</summary>
    private static readonly StatusRule Extending = new(
        running: [S(ReplicationPairStatus.Extending)],
        done: [],
        failed: [S(ReplicationPairStatus.ErrorExtending)],
        untouched: []
    )
    {
        OthersAreUntouched = true,
    };

    public static SdrsResolutionRule Create { get; } = new(CreateAsync, request =>
        {
            var args = request.Args<CreateReplicationPairRequest>();
            return $"the replication pairs of protection group {args.ServerGroupId} for one of disk {args.VolumeId}";
        });

    public static SdrsResolutionRule Delete { get; } =
        SdrsResolutionRule.ByStatus(Deletion, "replication_id", "replication pair", ResourceSnapshot.OfPairAsync, Pair);

    public static SdrsResolutionRule Expand { get; } =
        new(ExpandAsync, request =>
            $"the size (record_metadata.volume_size) and status of replication pair {request.PathId("replication_id")}"
        );

    private static string Pair(SdrsWriteRequest request) =>
        $"the status of replication pair {request.PathId("replication_id")}";

    private static Task<SdrsOutcome> CreateAsync(ResolutionContext context, CancellationToken cancellationToken)
    {
        var args = context.Request.Args<CreateReplicationPairRequest>();
        return context.FindCreatedAsync(
            context.Client.Replications.ListAllAsync(
                new ReplicationPairQuery { ServerGroupId = args.ServerGroupId, VolumeId = args.VolumeId },
                cancellationToken
            ),
            pair =>
                pair.VolumeIdList.Contains(args.VolumeId, StringComparer.Ordinal)
                && pair.ServerGroupId == args.ServerGroupId
                && pair.Name == args.Name,
            pair => pair.CreatedAt,
            pair => pair.Id,
            $"replication pair of disk {args.VolumeId}",
            (id, next) => Creation.FollowAsync(ResourceSnapshot.OfPairAsync, context.Client, id, next),
            cancellationToken
        );
    }

    /// <summary>Done when the pair's size reached the new size and it is no longer <c>extending</c>.</summary>
    private static async Task<SdrsOutcome> ExpandAsync(ResolutionContext context, CancellationToken cancellationToken)
    {
        string id = context.Request.PathId("replication_id");
        int newSize = context.Request.Args<int>();
        async Task<(SdrsEffectState State, ReplicationPair? Pair)> ReadAsync(CancellationToken next)
        {
            ReplicationPair? pair = await ResolutionContext
                .ReadOrGoneAsync(() => context.Client.Replications.GetAsync(id, next))
                .ConfigureAwait(false);
            string status = pair?.Status.ToString() ?? StatusRule.Gone;
            return pair?.RecordMetadata?.VolumeSize >= newSize && !Extending.IsRunning(status)
                ? (
                    new SdrsEffectState(SdrsEffectStage.Succeeded, $"{status}, {pair.RecordMetadata.VolumeSize} GB"),
                    pair
                )
                : (Extending.Follow(status), pair);
        }

        (SdrsEffectState state, ReplicationPair? now) = await ReadAsync(cancellationToken).ConfigureAwait(false);
        var effect = new SdrsResolvedEffect(id, state, async next =>
            (await ReadAsync(next).ConfigureAwait(false)).State
        );
        if (state.Stage == SdrsEffectStage.Succeeded)
        {
            return SdrsOutcome.Applied($"replication pair {id} is {state.Status}", effect);
        }

        return now is null
            ? SdrsOutcome.Unknown($"replication pair {id} is gone")
            : context.Judge(Extending, $"replication pair {id}", now.Status.ToString(), now.UpdatedAt, effect);
    }

    private static string S(ReplicationPairStatus status) => status.ToString();
}
