using System.Globalization;
using System.Text.Json.Nodes;
using SdrsSdk.Testing.Internal.Jobs;
using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal.Handlers;

/// <summary>Replication pairs (reference 5.6).</summary>
internal static class ReplicationHandlers
{
    /// <summary>Group statuses in which a replication pair can be deleted (5.6.2).</summary>
    private static readonly string[] GroupDeletable =
    [
        Statuses.Available,
        Statuses.Protected,
        Statuses.FailedOver,
        Statuses.ErrorStarting,
        Statuses.ErrorStopping,
        Statuses.ErrorReversing,
        Statuses.ErrorFailingOver,
        Statuses.ErrorDeleting,
        Statuses.ErrorReprotecting,
    ];

    /// <summary>Pair statuses in which a replication pair can be deleted (5.6.2).</summary>
    private static readonly string[] PairDeletable =
    [
        Statuses.Available,
        Statuses.Protected,
        Statuses.FailedOver,
        Statuses.Error,
        Statuses.ErrorStarting,
        Statuses.ErrorStopping,
        Statuses.ErrorReversing,
        Statuses.ErrorFailingOver,
        Statuses.ErrorDeleting,
        Statuses.ErrorReprotecting,
        Statuses.ErrorAttaching,
        Statuses.ErrorExtending,
        Statuses.Invalid,
        Statuses.Fault,
    ];

    /// <summary>POST replications (5.6.1).</summary>
    public static EmulatorResult Create(HttpExchange request, EmulatorState state)
    {
        JsonObject body = JsonRead.RequiredObject(request.BodyObject(), "replication");
        ServerGroupRecord group = state.Group(
            JsonRead.String(body, "server_group_id")
                ?? throw new EmulatorException("SDRS.0207", "'server_group_id' is required")
        );
        string name = Rules.Name(JsonRead.String(body, "name"));
        string? description = Rules.Description(JsonRead.String(body, "description"));
        string volumeId = Formats.Id(JsonRead.String(body, "volume_id"), "SDRS.0211", "volume_id", state);
        Formats.OptionalId(JsonRead.String(body, "cluster_id"), "SDRS.0218", "cluster_id", state);

        if (group.Status is not (Statuses.Available or Statuses.Protected))
        {
            throw new EmulatorException("SDRS.1024", $"the group is {group.Status}");
        }

        EmulatedVolume? volume = null;
        if (state.Volumes.Count > 0 && !state.Volumes.TryGetValue(volumeId, out volume))
        {
            throw new EmulatorException("SDRS.0211", $"disk {volumeId} does not exist");
        }

        if (volume is not null && volume.Status != "available")
        {
            throw new EmulatorException("SDRS.1801", $"disk {volumeId} is {volume.Status}");
        }

        if (volume?.AvailabilityZone is { } az && az != group.CurrentProductionAvailabilityZone)
        {
            throw new EmulatorException(
                "SDRS.1810",
                $"disk {volumeId} is in {az}, the production site in {group.CurrentProductionAvailabilityZone}"
            );
        }

        if (state.Pairs.Values.Any(pair => pair.VolumeId == volumeId || pair.DrVolumeId == volumeId))
        {
            throw new EmulatorException("SDRS.1811", volumeId);
        }

        int quota = state.Options.ReplicationQuota;
        if (quota >= 0 && state.Pairs.Count >= quota)
        {
            throw new EmulatorException(
                "SDRS.0306",
                string.Create(CultureInfo.InvariantCulture, $"{state.Pairs.Count} of {quota} replication pairs used")
            );
        }

        var pair = new ReplicationPairRecord(Wire.NewId(), name, state.Now, state.NextSequence())
        {
            Description = description,
            ServerGroupId = group.Id,
            VolumeId = volumeId,
            DrVolumeId = Wire.NewId(),
            SizeGb = volume?.SizeGb ?? 10,
            VolumeType = volume?.VolumeType ?? "SATA",
            Bootable = volume?.Bootable ?? false,
            Shared = volume?.Shared ?? false,
        };
        state.Pairs.Add(pair.Id, pair);
        JobRecord job = state
            .Jobs.Start(JobTypes.CreateReplicationPair, Target(pair, JobTypes.CreateReplicationPair))
            .WithEntity("server_group_id", group.Id)
            .WithEntity("replication_pair_id", pair.Id)
            .WithEntity("volume_ids", pair.VolumeIds);
        job.OnSuccess = () =>
            pair.SetStatus(
                state.SettledStatus(group.Id) == Statuses.Protected ? Statuses.Protected : Statuses.Available,
                state.Now
            );
        job.OnFailure = (code, _) =>
        {
            pair.FailureDetail = code;
            pair.SetStatus(Statuses.Error, state.Now);
        };
        return ServerGroupHandlers.JobAccepted(job);
    }

    /// <summary>DELETE replications/{replication_id} (5.6.2): refused while attached.</summary>
    public static EmulatorResult Delete(HttpExchange request, EmulatorState state)
    {
        ReplicationPairRecord pair = state.Pair(request.Route("replication_id"));
        JsonObject? body = JsonRead.OptionalObject(request.OptionalBodyObject(), "replication");
        if (body is not null)
        {
            if (JsonRead.String(body, "server_group_id") is { } groupId && groupId != pair.ServerGroupId)
            {
                throw new EmulatorException("SDRS.1611", $"the pair is in protection group {pair.ServerGroupId}");
            }

            JsonRead.Boolean(body, "delete_target_volume");
        }

        ServerGroupRecord group = state.Group(pair.ServerGroupId);
        if (!GroupDeletable.Contains(group.Status))
        {
            throw new EmulatorException("SDRS.1002", $"the group is {group.Status}");
        }

        if (!PairDeletable.Contains(pair.Status))
        {
            throw new EmulatorException("SDRS.0214", $"the replication pair is {pair.Status}");
        }

        if (pair.Attachments.Count > 0)
        {
            throw new EmulatorException("SDRS.1605", $"detach it from {pair.Attachments[0].InstanceId} first");
        }

        JobRecord job = state
            .Jobs.Start(JobTypes.DeleteReplicationPair, Target(pair, JobTypes.DeleteReplicationPair))
            .WithEntity("server_group_id", pair.ServerGroupId)
            .WithEntity("replication_pair_id", pair.Id);
        pair.SetStatus(Statuses.Deleting, state.Now);
        job.OnSuccess = () => state.Pairs.Remove(pair.Id);
        job.OnFailure = (_, _) => pair.SetStatus(Statuses.ErrorDeleting, state.Now);
        return ServerGroupHandlers.JobAccepted(job);
    }

    /// <summary>GET replications (5.6.3).</summary>
    public static EmulatorResult List(HttpExchange request, EmulatorState state)
    {
        (int, int) page = Paging.Read(request);
        var filter = MemberFilter.Read(request, state, Statuses.OfPairs);
        List<string>? instanceIds = Filters.IdList(request, "protected_instance_ids", "SDRS.0208", state);
        string? instanceId = instanceIds is null
            ? Filters.ResourceId(request, "protected_instance_id", "SDRS.0208", state)
            : null;
        string? volumeId = Filters.CloudId(request, "volume_id", "SDRS.0211", state);
        List<ReplicationPairRecord> pairs =
        [
            .. state
                .Pairs.Values.Where(pair =>
                    filter.Matches(pair, pair.ServerGroupId, state)
                    && (
                        instanceIds is null
                        || pair.Attachments.Any(attachment => instanceIds.Contains(attachment.InstanceId))
                    )
                    && (instanceId is null || pair.Attachments.Any(attachment => attachment.InstanceId == instanceId))
                    && (volumeId is null || pair.VolumeId == volumeId)
                )
                .OrderByDescending(pair => pair.Sequence),
        ];
        return EmulatorResult.Json(
            new JsonObject
            {
                ["count"] = pairs.Count,
                ["replications"] = Paging.Page(pairs, page, pair => ResourceJson.Replication(pair, state)),
            }
        );
    }

    /// <summary>GET replications/{replication_id} (5.6.4).</summary>
    public static EmulatorResult Get(HttpExchange request, EmulatorState state) =>
        EmulatorResult.Json(
            new JsonObject
            {
                ["replication"] = ResourceJson.Replication(state.Pair(request.Route("replication_id")), state),
            }
        );

    /// <summary>PUT replications/{replication_id} (5.6.6).</summary>
    public static EmulatorResult Update(HttpExchange request, EmulatorState state)
    {
        ReplicationPairRecord pair = state.Pair(request.Route("replication_id"));
        JsonObject body = JsonRead.RequiredObject(request.BodyObject(), "replication");
        pair.Rename(Rules.Name(JsonRead.String(body, "name")), state.Now);
        return EmulatorResult.Json(new JsonObject { ["replication"] = ResourceJson.Replication(pair, state) });
    }

    /// <summary>POST replications/{replication_id}/action with <c>extend-replication</c> (5.6.5).</summary>
    public static EmulatorResult Expand(HttpExchange request, EmulatorState state)
    {
        ReplicationPairRecord pair = state.Pair(request.Route("replication_id"));
        JsonObject body = request.BodyObject();
        if (!body.ContainsKey("extend-replication"))
        {
            throw new EmulatorException("SDRS.0206", "the body holds 'extend-replication'");
        }

        JsonObject extend = ServerGroupHandlers.ActionObject(body, "extend-replication");
        long newSize = JsonRead.Integer(extend, "new_size", truncateDecimals: true)
            ?? throw new EmulatorException("SDRS.0201", "'new_size' is required");
        if (pair.Status is not (Statuses.Available or Statuses.Protected or Statuses.ErrorExtending))
        {
            throw new EmulatorException(
                "SDRS.0214",
                $"the replication pair is {pair.Status}; expanding needs available, protected or error-extending"
            );
        }

        if (newSize <= pair.SizeGb || newSize > 32768)
        {
            throw new EmulatorException(
                "SDRS.0201",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"new_size must be larger than the current {pair.SizeGb} GB"
                )
            );
        }

        pair.StatusBefore =
            pair.Status == Statuses.ErrorExtending ? state.SettledStatus(pair.ServerGroupId) : pair.Status;
        pair.SetStatus(Statuses.Extending, state.Now);
        JobRecord job = state
            .Jobs.Start(JobTypes.ExpandReplicationPair, Target(pair, JobTypes.ExpandReplicationPair))
            .WithEntity("replication_pair_id", pair.Id);
        job.OnSuccess = () =>
        {
            pair.SizeGb = (int)newSize;
            pair.SetStatus(pair.StatusBefore ?? Statuses.Available, state.Now);
        };
        job.OnFailure = (_, _) => pair.SetStatus(Statuses.ErrorExtending, state.Now);
        return ServerGroupHandlers.JobAccepted(job);
    }

    private static FailureTarget Target(ReplicationPairRecord pair, string jobType) =>
        EmulatorState.Target(pair, ResourceTypes.Replications, pair.ServerGroupId, jobType);
}
