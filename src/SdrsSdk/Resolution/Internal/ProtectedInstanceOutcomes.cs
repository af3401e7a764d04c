using System.Globalization;

namespace SdrsSdk.Resolution.Internal;

/// <summary>
/// How the writes to protected instances (reference 5.5) are resolved: creations by the production server (a server
/// can be protected once, <c>SDRS.1305</c>), attachments by the instance's <c>attachment</c> list, the rest by the
/// statuses of Appendix A.3 and A.4.
/// </summary>
internal static class ProtectedInstanceOutcomes
{
    /// <summary>5.5.1 and 5.5.11: <c>creating</c>, then <c>available</c> (or further on) or <c>error</c>.</summary>
    private static readonly StatusRule Creation = StatusRule.ForCreation(
        S(ProtectedInstanceStatus.Creating),
        S(ProtectedInstanceStatus.Available),
        S(ProtectedInstanceStatus.Error)
    );

    /// <summary>5.5.2 and 5.5.12: <c>deleting</c>, then gone or <c>error-deleting</c>.</summary>
    private static readonly StatusRule Deletion = StatusRule.ForDeletion(
        S(ProtectedInstanceStatus.Deleting),
        S(ProtectedInstanceStatus.ErrorDeleting)
    );

    /// <summary>
    /// 5.5.10: <c>resizing</c>, then back to where it was, or <c>error-resizing</c>. The instance does not show its
    /// servers' flavor (5.5.4 Table 5-23 has none), so a finished resize cannot be told from one never made; a stable
    /// status last updated before the request means untouched (<see cref="ResizeAsync"/>).
    /// </summary>
    private static readonly StatusRule Resizing = new(
        running: [S(ProtectedInstanceStatus.Resizing)],
        done: [],
        failed: [S(ProtectedInstanceStatus.ErrorResizing)],
        untouched: []
    )
    {
        OthersAreDone = true,
    };

    /// <summary>5.5.6 and 5.5.7 on the pair (Appendix A.4): <c>attaching</c> / <c>detaching</c> and their
    /// errors.</summary>
    private static readonly StatusRule PairAttaching = new(
        running: [S(ReplicationPairStatus.Attaching)],
        done: [],
        failed: [S(ReplicationPairStatus.ErrorAttaching)],
        untouched: []
    )
    {
        OthersAreUntouched = true,
    };

    private static readonly StatusRule PairDetaching = new(
        running: [S(ReplicationPairStatus.Detaching)],
        done: [],
        failed: [S(ReplicationPairStatus.ErrorDetaching)],
        untouched: []
    )
    {
        OthersAreUntouched = true,
    };

    public static SdrsResolutionRule Create { get; } = new(CreateAsync, request =>
        {
            var args = request.Args<CreateProtectedInstanceRequest>();
            return $"the protected instances of protection group {args.ServerGroupId} for one of server "
                + args.ServerId;
        });

    public static SdrsResolutionRule Delete { get; } =
        SdrsResolutionRule.ByStatus(
            Deletion,
            "protected_instance_id",
            "protected instance",
            ResourceSnapshot.OfInstanceAsync,
            Instance
        );

    public static SdrsResolutionRule Resize { get; } =
        new(ResizeAsync, request =>
            $"the flavor of the servers of protected instance {request.PathId("protected_instance_id")} (in ECS)"
        );

    public static SdrsResolutionRule Attach { get; } =
        new(AttachAsync, request =>
            $"the attachment list of protected instance {request.PathId("protected_instance_id")} for replication "
            + $"pair {request.Args<AttachReplicationPairRequest>().ReplicationId}"
        );

    public static SdrsResolutionRule Detach { get; } =
        new(DetachAsync, request =>
            $"the attachment list of protected instance {request.PathId("protected_instance_id")} for replication "
            + $"pair {request.PathId("replication_id")}"
        );

    /// <summary>5.5.8: adding a NIC shows as <c>nic-creating</c> while its job runs.</summary>
    public static SdrsResolutionRule AddNic { get; } = Nic(S(ProtectedInstanceStatus.NicCreating));

    /// <summary>5.5.9: deleting a NIC shows as <c>nic-deleting</c> while its job runs.</summary>
    public static SdrsResolutionRule DeleteNic { get; } = Nic(S(ProtectedInstanceStatus.NicDeleting));

    public static SdrsResolutionRule BatchCreate { get; } = new(BatchCreateAsync, request =>
        {
            var args = request.Args<BatchCreateProtectedInstancesRequest>();
            return $"the protected instances of protection group {args.ServerGroupId} for servers "
                + string.Join(", ", args.Servers.Select(server => server.ServerId));
        });

    public static SdrsResolutionRule BatchDelete { get; } =
        new(BatchDeleteAsync, request =>
            "the status of protected instances "
            + string.Join(", ", request.Args<BatchDeleteProtectedInstancesRequest>().ProtectedInstanceIds)
        );

    /// <summary>
    /// SDRS does not list a protected instance's NICs, so only the instance tells: in the NIC job's status, the write
    /// was accepted (and is done when the status moves on); in another status and unchanged since before the request
    /// (<c>updated_at</c>, with the clock skew), it was not; updated since, the job may have run and ended already, and
    /// nothing SDRS shows can tell.
    /// </summary>
    private static SdrsResolutionRule Nic(string working) =>
        new(
            async (context, cancellationToken) =>
            {
                string id = context.Request.PathId("protected_instance_id");
                ResourceSnapshot now = await ResourceSnapshot
                    .OfInstanceAsync(context.Client, id, cancellationToken)
                    .ConfigureAwait(false);
                SdrsEffectState Follow(string status) =>
                    new(
                        status == working ? SdrsEffectStage.Running
                            : status == StatusRule.Gone ? SdrsEffectStage.Failed
                            : SdrsEffectStage.Succeeded,
                        status
                    );
                var effect = new SdrsResolvedEffect(id, Follow(now.Status), async next =>
                    Follow(
                        (await ResourceSnapshot.OfInstanceAsync(context.Client, id, next).ConfigureAwait(false)).Status
                    )
                );
                string seen = $"protected instance {id} is {now.Status}";
                if (now.Status == working)
                {
                    return SdrsOutcome.Applied(seen, effect);
                }

                return context.ChangedSinceSent(now.UpdatedAt) == false && now.Status != StatusRule.Gone
                    ? SdrsOutcome.NotApplied(
                        $"{seen}, unchanged since {ResolutionContext.Stamp(now.UpdatedAt)}, before the request"
                    )
                    : SdrsOutcome.Unknown(
                        $"{seen}, updated at {ResolutionContext.Stamp(now.UpdatedAt)}; SDRS does not list the NICs of "
                            + "a protected instance, so a NIC job that already ended cannot be told from none"
                    );
            },
            request =>
                "the NICs of the production site server of protected instance "
                + request.PathId("protected_instance_id")
                + " (in ECS)"
        );

    private static string Instance(SdrsWriteRequest request) =>
        $"the status of protected instance {request.PathId("protected_instance_id")}";

    private static Task<SdrsOutcome> CreateAsync(ResolutionContext context, CancellationToken cancellationToken)
    {
        var args = context.Request.Args<CreateProtectedInstanceRequest>();
        return FindInstanceAsync(
            context,
            args.ServerGroupId,
            args.ServerId,
            name => name == args.Name,
            cancellationToken
        );
    }

    /// <summary>The instance a creation made for one server: the server's, in the group, created in the
    /// window.</summary>
    private static Task<SdrsOutcome> FindInstanceAsync(
        ResolutionContext context,
        string serverGroupId,
        string serverId,
        Func<string?, bool> nameMatches,
        CancellationToken cancellationToken
    ) =>
        context.FindCreatedAsync(
            context.Client.ProtectedInstances.ListAllAsync(
                new ProtectedInstanceQuery { ServerGroupId = serverGroupId },
                cancellationToken
            ),
            instance =>
                instance.SourceServer == serverId
                && instance.ServerGroupId == serverGroupId
                && nameMatches(instance.Name),
            instance => instance.CreatedAt,
            instance => instance.Id,
            $"protected instance of server {serverId}",
            (id, next) => Creation.FollowAsync(ResourceSnapshot.OfInstanceAsync, context.Client, id, next),
            cancellationToken
        );

    private static async Task<SdrsOutcome> ResizeAsync(ResolutionContext context, CancellationToken cancellationToken)
    {
        string id = context.Request.PathId("protected_instance_id");
        ResourceSnapshot now = await ResourceSnapshot
            .OfInstanceAsync(context.Client, id, cancellationToken)
            .ConfigureAwait(false);
        var effect = new SdrsResolvedEffect(id, Resizing.Follow(now.Status), async next =>
            Resizing.Follow(
                (await ResourceSnapshot.OfInstanceAsync(context.Client, id, next).ConfigureAwait(false)).Status
            )
        );
        if (Resizing.IsRunning(now.Status) || Resizing.IsFailed(now.Status) || now.Status == StatusRule.Gone)
        {
            return context.Judge(Resizing, $"protected instance {id}", now.Status, now.UpdatedAt, effect);
        }

        return context.ChangedSinceSent(now.UpdatedAt) == false
            ? SdrsOutcome.NotApplied(
                $"protected instance {id} is {now.Status}, unchanged since {ResolutionContext.Stamp(now.UpdatedAt)}"
            )
            : SdrsOutcome.Unknown(
                $"protected instance {id} is {now.Status} and changed since the request; SDRS does not show the "
                    + "flavor of its servers"
            );
    }

    private static async Task<SdrsOutcome> AttachAsync(ResolutionContext context, CancellationToken cancellationToken)
    {
        string instanceId = context.Request.PathId("protected_instance_id");
        string pairId = context.Request.Args<AttachReplicationPairRequest>().ReplicationId;
        return await AttachmentAsync(context, instanceId, pairId, attach: true, cancellationToken)
            .ConfigureAwait(false);
    }

    private static async Task<SdrsOutcome> DetachAsync(ResolutionContext context, CancellationToken cancellationToken)
    {
        string instanceId = context.Request.PathId("protected_instance_id");
        string pairId = context.Request.PathId("replication_id");
        return await AttachmentAsync(context, instanceId, pairId, attach: false, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Attaching is done when the instance lists the pair in its <c>attachment</c>, detaching when it no longer does;
    /// until then the pair's status (<c>attaching</c>, <c>detaching</c> or their errors) tells accepted from untouched.
    /// </summary>
    private static async Task<SdrsOutcome> AttachmentAsync(
        ResolutionContext context,
        string instanceId,
        string pairId,
        bool attach,
        CancellationToken cancellationToken
    )
    {
        StatusRule pairRule = attach ? PairAttaching : PairDetaching;
        async Task<(SdrsEffectState State, ResourceSnapshot Pair)> ReadAsync(CancellationToken next)
        {
            // The pair first: once it is no longer attaching or detaching, the instance read after it shows the final
            // attachment list (read the other way round, a job ending between the reads looks like no effect).
            ResourceSnapshot pair = await ResourceSnapshot
                .OfPairAsync(context.Client, pairId, next)
                .ConfigureAwait(false);
            ProtectedInstance? instance = await ResolutionContext
                .ReadOrGoneAsync(() => context.Client.ProtectedInstances.GetAsync(instanceId, next))
                .ConfigureAwait(false);
            if (instance is null)
            {
                return (new SdrsEffectState(SdrsEffectStage.Failed, "protected instance gone"), pair);
            }

            bool listed = instance.Attachment.Any(attachment => attachment.Replication == pairId);
            if (listed == attach && !pairRule.IsRunning(pair.Status))
            {
                return (new SdrsEffectState(SdrsEffectStage.Succeeded, attach ? "attached" : "detached"), pair);
            }

            return (pairRule.Follow(pair.Status), pair);
        }

        (SdrsEffectState state, ResourceSnapshot pairNow) = await ReadAsync(cancellationToken).ConfigureAwait(false);
        var effect = new SdrsResolvedEffect(instanceId, state, async next =>
            (await ReadAsync(next).ConfigureAwait(false)).State
        );
        string what = $"replication pair {pairId} of protected instance {instanceId}";
        return state.Stage == SdrsEffectStage.Succeeded
            ? SdrsOutcome.Applied($"{what} is {state.Status}", effect)
            : context.Judge(pairRule, what, pairNow.Status, pairNow.UpdatedAt, effect);
    }

    private static async Task<SdrsOutcome> BatchCreateAsync(
        ResolutionContext context,
        CancellationToken cancellationToken
    )
    {
        var args = context.Request.Args<BatchCreateProtectedInstancesRequest>();
        var outcomes = new List<SdrsOutcome>();
        foreach (ProtectedInstanceServerInfo server in args.Servers)
        {
            outcomes.Add(
                await FindInstanceAsync(
                        context,
                        args.ServerGroupId,
                        server.ServerId,
                        name => name?.StartsWith(args.NamePrefix, StringComparison.Ordinal) == true,
                        cancellationToken
                    )
                    .ConfigureAwait(false)
            );
        }

        return Combine(outcomes, "protected instance");
    }

    private static async Task<SdrsOutcome> BatchDeleteAsync(
        ResolutionContext context,
        CancellationToken cancellationToken
    )
    {
        var outcomes = new List<SdrsOutcome>();
        foreach (string id in context.Request.Args<BatchDeleteProtectedInstancesRequest>().ProtectedInstanceIds)
        {
            SdrsWriteRequest one = context.Request with
            {
                PathIds = new Dictionary<string, string> { ["protected_instance_id"] = id },
            };
            ResolutionContext single = context.For(one);
            outcomes.Add(await Delete.ResolveAsync(single, cancellationToken).ConfigureAwait(false));
        }

        return Combine(outcomes, "protected instance");
    }

    /// <summary>
    /// A batch is one job: applied when every item shows the effect, not applied when none does, unknown otherwise
    /// (or when any item is unknown). The effect follows every item: running while any runs, failed if any failed.
    /// </summary>
    private static SdrsOutcome Combine(List<SdrsOutcome> outcomes, string what)
    {
        string evidence = string.Join("; ", outcomes.Select(outcome => outcome.Evidence));
        if (outcomes.All(outcome => outcome.Verdict == SdrsOutcomeVerdict.NotApplied))
        {
            return SdrsOutcome.NotApplied(evidence);
        }

        if (!outcomes.All(outcome => outcome.Verdict == SdrsOutcomeVerdict.Applied))
        {
            return SdrsOutcome.Unknown(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{outcomes.Count(outcome => outcome.Verdict == SdrsOutcomeVerdict.Applied)} of {outcomes.Count} "
                ) + $"{what}s show the effect: {evidence}"
            );
        }

        List<SdrsResolvedEffect> effects = [.. outcomes.Select(outcome => outcome.Effect!)];
        return SdrsOutcome.Applied(
            evidence,
            new SdrsResolvedEffect(null, Worst(effects.Select(effect => effect.State)), async next =>
            {
                var states = new List<SdrsEffectState>();
                foreach (SdrsResolvedEffect effect in effects)
                {
                    states.Add(await effect.ReadStateAsync(next).ConfigureAwait(false));
                }

                return Worst(states);
            })
        );
    }

    private static SdrsEffectState Worst(IEnumerable<SdrsEffectState> states)
    {
        List<SdrsEffectState> all = [.. states];
        SdrsEffectStage stage =
            all.Any(state => state.Stage == SdrsEffectStage.Running) ? SdrsEffectStage.Running
            : all.Any(state => state.Stage == SdrsEffectStage.Failed) ? SdrsEffectStage.Failed
            : SdrsEffectStage.Succeeded;
        return new SdrsEffectState(stage, string.Join(", ", all.Select(state => state.Status)));
    }

    private static string S(ProtectedInstanceStatus status) => status.ToString();

    private static string S(ReplicationPairStatus status) => status.ToString();
}
