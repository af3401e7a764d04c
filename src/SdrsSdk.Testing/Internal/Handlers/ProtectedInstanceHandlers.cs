using System.Globalization;
using System.Text.Json.Nodes;
using SdrsSdk.Testing.Internal.Jobs;
using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal.Handlers;

/// <summary>Protected instances (reference 5.5).</summary>
internal static class ProtectedInstanceHandlers
{
    private const int MaxServersPerBatch = 5;
    private const int MaxInstancesPerBatchDelete = 20;

    /// <summary>Instance statuses from which a protected instance can be deleted (5.5.2, 5.5.12).</summary>
    private static readonly string[] Deletable =
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
        Statuses.ErrorResizing,
        Statuses.Invalid,
        Statuses.Fault,
    ];

    /// <summary>Group statuses in which a replication pair can be detached (5.5.7).</summary>
    private static readonly string[] GroupDetachable =
    [
        Statuses.Available,
        Statuses.Protected,
        Statuses.FailedOver,
        Statuses.ErrorStarting,
        Statuses.ErrorStopping,
        Statuses.ErrorReversing,
        Statuses.ErrorFailingOver,
    ];

    /// <summary>Instance statuses in which a replication pair can be detached (5.5.7).</summary>
    private static readonly string[] InstanceDetachable =
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
        Statuses.ErrorResizing,
        Statuses.Invalid,
        Statuses.Fault,
    ];

    /// <summary>Pair statuses in which a replication pair can be detached (5.5.7).</summary>
    private static readonly string[] PairDetachable =
    [
        Statuses.Available,
        Statuses.Protected,
        Statuses.FailedOver,
        Statuses.ErrorAttaching,
        Statuses.ErrorDetaching,
        Statuses.ErrorStarting,
        Statuses.ErrorStopping,
        Statuses.ErrorReversing,
        Statuses.ErrorFailingOver,
        Statuses.ErrorDeleting,
        Statuses.ErrorReprotecting,
        Statuses.ErrorExtending,
        Statuses.Invalid,
        Statuses.Fault,
    ];

    /// <summary>POST protected-instances (5.5.1).</summary>
    public static EmulatorResult Create(HttpExchange request, EmulatorState state)
    {
        JsonObject body = JsonRead.RequiredObject(request.BodyObject(), "protected_instance");
        ServerGroupRecord group = GroupForCreation(JsonRead.String(body, "server_group_id"), state);
        string name = Rules.Name(JsonRead.String(body, "name"));
        string? description = Rules.Description(JsonRead.String(body, "description"));
        CheckPlacement(body, state);
        List<KeyValuePair<string, string>> tags = Rules.TagsToAdd(
            JsonRead.OptionalArray(body, "tags"),
            required: false
        );
        string serverId = Formats.Id(JsonRead.String(body, "server_id"), "SDRS.0210", "server_id", state);
        EmulatedServer? server = CheckServer(serverId, group, state, unknownCode: "SDRS.1326");

        ProtectedInstanceRecord instance = AddInstance(
            group,
            serverId,
            name,
            description,
            server,
            JsonRead.String(body, "flavorRef"),
            tags,
            state
        );
        JobRecord job = state
            .Jobs.Start(JobTypes.CreateProtectedInstance, Target(instance, JobTypes.CreateProtectedInstance))
            .WithEntity("server_group_id", group.Id)
            .WithEntity("protected_instance_id", instance.Id)
            .WithEntity("native_server_id", instance.TargetServer);
        job.OnSuccess = () => Created(instance, state);
        job.OnFailure = (_, _) => instance.SetStatus(Statuses.Error, state.Now);
        return ServerGroupHandlers.JobAccepted(job);
    }

    /// <summary>POST protected-instances/batch (5.5.11): one sub-job per server; answers 202.</summary>
    public static EmulatorResult BatchCreate(HttpExchange request, EmulatorState state)
    {
        JsonObject body = JsonRead.RequiredObject(request.BodyObject(), "protected_instances");
        string prefix = Rules.NamePrefix(JsonRead.String(body, "name_prefix"));
        string? description = Rules.Description(JsonRead.String(body, "description"));
        ServerGroupRecord group = GroupForCreation(JsonRead.String(body, "server_group_id"), state);
        CheckPlacement(body, state);
        List<KeyValuePair<string, string>> tags = Rules.TagsToAdd(
            JsonRead.OptionalArray(body, "tags"),
            required: false
        );
        JsonArray servers = JsonRead.OptionalArray(body, "servers") ?? [];
        if (servers.Count == 0)
        {
            throw new EmulatorException("SDRS.0201", "'servers' must list at least one server");
        }

        if (servers.Count > MaxServersPerBatch)
        {
            throw new EmulatorException(
                "SDRS.1362",
                string.Create(CultureInfo.InvariantCulture, $"at most {MaxServersPerBatch} servers")
            );
        }

        var requested = new List<(string ServerId, string? Flavor, EmulatedServer? Server)>();
        foreach (JsonNode? item in servers)
        {
            JsonObject entry =
                item as JsonObject ?? throw new EmulatorException("SDRS.0201", "each server must be an object");
            string serverId = Formats.Id(JsonRead.String(entry, "server_id"), "SDRS.1360", "server_id", state);
            if (requested.Any(existing => existing.ServerId == serverId))
            {
                throw new EmulatorException("SDRS.1361", serverId);
            }

            requested.Add(
                (
                    serverId,
                    JsonRead.String(entry, "flavorRef"),
                    CheckServer(serverId, group, state, unknownCode: "SDRS.1360")
                )
            );
        }

        JobRecord job = state
            .Jobs.Start(JobTypes.CreateProtectedInstance, target: null)
            .WithEntity("server_group_id", group.Id);
        for (int i = 0; i < requested.Count; i++)
        {
            string name = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i + 1:0000}");
            ProtectedInstanceRecord instance = AddInstance(
                group,
                requested[i].ServerId,
                name,
                description,
                requested[i].Server,
                requested[i].Flavor,
                tags,
                state
            );
            SubJobRecord subJob = JobBook.AddSubJob(job, JobTypes.CreateProtectedInstance);
            subJob.Entities.Add(new("server_group_id", group.Id));
            subJob.Entities.Add(new("protected_instance_id", instance.Id));
            subJob.Entities.Add(new("native_server_id", instance.TargetServer));
            subJob.Target = Target(instance, JobTypes.CreateProtectedInstance);
            subJob.OnSuccess = () => Created(instance, state);
            subJob.OnFailure = (_, _) => instance.SetStatus(Statuses.Error, state.Now);
        }

        return ServerGroupHandlers.JobAccepted(job, status: 202);
    }

    /// <summary>DELETE protected-instances/{protected_instance_id} (5.5.2).</summary>
    public static EmulatorResult Delete(HttpExchange request, EmulatorState state)
    {
        ProtectedInstanceRecord instance = state.Instance(request.Route("protected_instance_id"));
        ReadDeleteOptions(request.OptionalBodyObject());
        CheckDeletable(instance);
        ReplicationPairRecord? shared = state
            .AttachmentsOf(instance.Id)
            .Select(item => item.Pair)
            .FirstOrDefault(pair => pair.Attachments.Any(attachment => attachment.InstanceId != instance.Id));
        if (shared is not null)
        {
            throw new EmulatorException(
                "SDRS.1365",
                $"the shared replication pair {shared.Id} is attached to another protected instance too"
            );
        }

        JobRecord job = state
            .Jobs.Start(JobTypes.DeleteProtectedInstance, Target(instance, JobTypes.DeleteProtectedInstance))
            .WithEntity("server_group_id", instance.ServerGroupId)
            .WithEntity("protected_instance_id", instance.Id);
        instance.SetStatus(Statuses.Deleting, state.Now);
        job.OnSuccess = () => Remove(instance, state);
        job.OnFailure = (_, _) => instance.SetStatus(Statuses.ErrorDeleting, state.Now);
        return ServerGroupHandlers.JobAccepted(job);
    }

    /// <summary>POST protected-instances/delete (5.5.12): one sub-job per instance; answers 202.</summary>
    public static EmulatorResult BatchDelete(HttpExchange request, EmulatorState state)
    {
        JsonObject body = request.BodyObject();
        ReadDeleteOptions(body);
        JsonArray items = JsonRead.OptionalArray(body, "protected_instances") ?? [];
        if (items.Count == 0)
        {
            throw new EmulatorException("SDRS.0201", "'protected_instances' must list at least one instance");
        }

        if (items.Count > MaxInstancesPerBatchDelete)
        {
            throw new EmulatorException(
                "SDRS.0226",
                string.Create(CultureInfo.InvariantCulture, $"at most {MaxInstancesPerBatchDelete} protected instances")
            );
        }

        var instances = new List<ProtectedInstanceRecord>();
        foreach (JsonNode? item in items)
        {
            JsonObject entry =
                item as JsonObject
                ?? throw new EmulatorException("SDRS.0201", "each protected instance must be an object");
            string id = JsonRead.String(entry, "id") ?? throw new EmulatorException("SDRS.0208", "'id' is required");
            if (instances.Any(instance => instance.Id == id))
            {
                throw new EmulatorException("SDRS.1363", id);
            }

            instances.Add(state.Instance(id));
        }

        if (instances.Select(instance => instance.ServerGroupId).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            throw new EmulatorException("SDRS.1364", null);
        }

        instances.ForEach(CheckDeletable);
        HashSet<string> deleting = [.. instances.Select(instance => instance.Id)];
        foreach (ProtectedInstanceRecord instance in instances)
        {
            ReplicationPairRecord? shared = state
                .AttachmentsOf(instance.Id)
                .Select(item => item.Pair)
                .FirstOrDefault(pair => pair.Attachments.Any(attachment => !deleting.Contains(attachment.InstanceId)));
            if (shared is not null)
            {
                throw new EmulatorException(
                    "SDRS.1409",
                    $"the shared replication pair {shared.Id} is attached to an instance not listed"
                );
            }
        }

        string groupId = instances[0].ServerGroupId;
        JobRecord job = state
            .Jobs.Start(JobTypes.DeleteProtectedInstance, target: null)
            .WithEntity("server_group_id", groupId);
        foreach (ProtectedInstanceRecord instance in instances)
        {
            SubJobRecord subJob = JobBook.AddSubJob(job, JobTypes.DeleteProtectedInstance);
            subJob.Entities.Add(new("server_group_id", groupId));
            subJob.Entities.Add(new("protected_instance_id", instance.Id));
            subJob.Target = Target(instance, JobTypes.DeleteProtectedInstance);
            subJob.OnSuccess = () => Remove(instance, state);
            subJob.OnFailure = (_, _) => instance.SetStatus(Statuses.ErrorDeleting, state.Now);
            instance.SetStatus(Statuses.Deleting, state.Now);
        }

        return ServerGroupHandlers.JobAccepted(job, status: 202);
    }

    /// <summary>GET protected-instances (5.5.3).</summary>
    public static EmulatorResult List(HttpExchange request, EmulatorState state)
    {
        (int, int) page = Paging.Read(request);
        var filter = MemberFilter.Read(request, state, Statuses.OfInstances);
        List<string>? instanceIds = filter.NamesGroup
            ? null
            : Filters.IdList(request, "protected_instance_ids", "SDRS.0208", state);
        List<ProtectedInstanceRecord> instances =
        [
            .. state
                .Instances.Values.Where(instance =>
                    filter.Matches(instance, instance.ServerGroupId, state)
                    && (instanceIds is null || instanceIds.Contains(instance.Id))
                )
                .OrderByDescending(instance => instance.Sequence),
        ];
        return EmulatorResult.Json(
            new JsonObject
            {
                ["protected_instances"] = Paging.Page(instances, page, instance =>
                    ResourceJson.ProtectedInstance(instance, state)
                ),
                ["count"] = instances.Count,
            }
        );
    }

    /// <summary>GET protected-instances/{protected_instance_id} (5.5.4).</summary>
    public static EmulatorResult Get(HttpExchange request, EmulatorState state) =>
        EmulatorResult.Json(
            new JsonObject
            {
                ["protected_instance"] = ResourceJson.ProtectedInstance(
                    state.Instance(request.Route("protected_instance_id")),
                    state
                ),
            }
        );

    /// <summary>PUT protected-instances/{protected_instance_id} (5.5.5).</summary>
    public static EmulatorResult Update(HttpExchange request, EmulatorState state)
    {
        ProtectedInstanceRecord instance = state.Instance(request.Route("protected_instance_id"));
        JsonObject body = JsonRead.RequiredObject(request.BodyObject(), "protected_instance");
        instance.Rename(Rules.Name(JsonRead.String(body, "name")), state.Now);
        return EmulatorResult.Json(
            new JsonObject
            {
                ["protected_instance"] = ResourceJson.ProtectedInstance(instance, state, Wire.TrimmedResourceTime),
            }
        );
    }

    /// <summary>POST protected-instances/{protected_instance_id}/attachreplication (5.5.6).</summary>
    public static EmulatorResult Attach(HttpExchange request, EmulatorState state)
    {
        ProtectedInstanceRecord instance = state.Instance(request.Route("protected_instance_id"));
        JsonObject body = JsonRead.RequiredObject(request.BodyObject(), "replicationAttachment");
        string pairId = JsonRead.String(body, "replication_id")
            ?? throw new EmulatorException("SDRS.0213", "'replication_id' is required");
        string device = Formats.DeviceName(JsonRead.String(body, "device"));

        ReplicationPairRecord pair = state.Pair(pairId);
        ServerGroupRecord group = state.Group(instance.ServerGroupId);
        if (pair.ServerGroupId != instance.ServerGroupId)
        {
            throw new EmulatorException(
                "SDRS.1611",
                $"the pair is in protection group {pair.ServerGroupId}, the instance in {instance.ServerGroupId}"
            );
        }

        if (group.Status is not (Statuses.Available or Statuses.Protected))
        {
            throw new EmulatorException("SDRS.1024", $"the group is {group.Status}");
        }

        if (instance.Status is not (Statuses.Available or Statuses.Protected))
        {
            throw new EmulatorException("SDRS.1328", $"the protected instance is {instance.Status}");
        }

        if (pair.Status is not (Statuses.Available or Statuses.Protected))
        {
            throw new EmulatorException("SDRS.1601", $"the replication pair is {pair.Status}");
        }

        if (
            pair.Attachments.Any(attachment => attachment.InstanceId == instance.Id)
            || (pair.Attachments.Count > 0 && !pair.Shared)
        )
        {
            throw new EmulatorException(
                "SDRS.1605",
                $"the replication pair is attached to {pair.Attachments[0].InstanceId}"
            );
        }

        if (
            state
                .AttachmentsOf(instance.Id)
                .Any(item => string.Equals(item.Attachment.Device, device, StringComparison.Ordinal))
        )
        {
            throw new EmulatorException("SDRS.1603", $"the device name {device} is in use on this instance");
        }

        pair.StatusBefore = pair.Status;
        pair.SetStatus(Statuses.Attaching, state.Now);
        JobRecord job = state
            .Jobs.Start(
                JobTypes.AttachReplicationPair,
                EmulatorState.Target(
                    pair,
                    ResourceTypes.Replications,
                    pair.ServerGroupId,
                    JobTypes.AttachReplicationPair
                )
            )
            .WithEntity("protected_instance_id", instance.Id)
            .WithEntity("replication_pair_id", pair.Id);
        job.OnSuccess = () =>
        {
            if (state.Instances.ContainsKey(instance.Id))
            {
                pair.Attachments.Add(new PairAttachment(instance.Id, device, state.NextSequence()));
                instance.Touch(state.Now);
            }

            pair.SetStatus(pair.StatusBefore ?? Statuses.Available, state.Now);
        };
        job.OnFailure = (_, _) => pair.SetStatus(Statuses.ErrorAttaching, state.Now);
        return ServerGroupHandlers.JobAccepted(job);
    }

    /// <summary>DELETE protected-instances/{protected_instance_id}/detachreplication/{replication_id}
    /// (5.5.7).</summary>
    public static EmulatorResult Detach(HttpExchange request, EmulatorState state)
    {
        ProtectedInstanceRecord instance = state.Instance(request.Route("protected_instance_id"));
        ReplicationPairRecord pair = state.Pair(request.Route("replication_id"));
        ServerGroupRecord group = state.Group(instance.ServerGroupId);
        if (!GroupDetachable.Contains(group.Status))
        {
            throw new EmulatorException("SDRS.1002", $"the group is {group.Status}");
        }

        if (!InstanceDetachable.Contains(instance.Status))
        {
            throw new EmulatorException("SDRS.0209", $"the protected instance is {instance.Status}");
        }

        if (!PairDetachable.Contains(pair.Status))
        {
            throw new EmulatorException("SDRS.0214", $"the replication pair is {pair.Status}");
        }

        if (!pair.Attachments.Any(attachment => attachment.InstanceId == instance.Id))
        {
            throw new EmulatorException("SDRS.1604", $"the replication pair is not attached to {instance.Id}");
        }

        pair.StatusBefore = pair.Status;
        pair.SetStatus(Statuses.Detaching, state.Now);
        JobRecord job = state
            .Jobs.Start(
                JobTypes.DetachReplicationPair,
                EmulatorState.Target(
                    pair,
                    ResourceTypes.Replications,
                    pair.ServerGroupId,
                    JobTypes.DetachReplicationPair
                )
            )
            .WithEntity("protected_instance_id", instance.Id)
            .WithEntity("replication_pair_id", pair.Id);
        job.OnSuccess = () =>
        {
            pair.Attachments.RemoveAll(attachment => attachment.InstanceId == instance.Id);
            instance.Touch(state.Now);
            pair.SetStatus(
                pair.StatusBefore is Statuses.ErrorAttaching or Statuses.ErrorDetaching or null
                    ? state.SettledStatus(pair.ServerGroupId)
                    : pair.StatusBefore,
                state.Now
            );
        };
        job.OnFailure = (_, _) => pair.SetStatus(Statuses.ErrorDetaching, state.Now);
        return ServerGroupHandlers.JobAccepted(job);
    }

    /// <summary>POST protected-instances/{protected_instance_id}/nic (5.5.8).</summary>
    public static EmulatorResult AddNic(HttpExchange request, EmulatorState state) => NicHandlers.Add(request, state);

    /// <summary>POST protected-instances/{protected_instance_id}/nic/delete (5.5.9).</summary>
    public static EmulatorResult DeleteNic(HttpExchange request, EmulatorState state) =>
        NicHandlers.Delete(request, state);

    /// <summary>POST protected-instances/{protected_instance_id}/resize (5.5.10).</summary>
    public static EmulatorResult Resize(HttpExchange request, EmulatorState state)
    {
        ProtectedInstanceRecord instance = state.Instance(request.Route("protected_instance_id"));
        JsonObject resize = JsonRead.RequiredObject(request.BodyObject(), "resize");
        string? both = JsonRead.String(resize, "flavorRef");
        string? production = both ?? JsonRead.String(resize, "production_flavorRef");
        string? dr = both ?? JsonRead.String(resize, "dr_flavorRef");
        if (string.IsNullOrWhiteSpace(production) && string.IsNullOrWhiteSpace(dr))
        {
            throw new EmulatorException("SDRS.0201", "give flavorRef, production_flavorRef or dr_flavorRef");
        }

        ServerGroupRecord group = state.Group(instance.ServerGroupId);
        if (group.Status is not (Statuses.Available or Statuses.Protected))
        {
            throw new EmulatorException("SDRS.1024", $"the group is {group.Status}");
        }

        if (instance.Status is not (Statuses.Available or Statuses.Protected or Statuses.ErrorResizing))
        {
            throw new EmulatorException(
                "SDRS.0209",
                $"the protected instance is {instance.Status}; resizing needs available, protected or error-resizing"
            );
        }

        if ((production is null || production == instance.ProductionFlavor) && (dr is null || dr == instance.DrFlavor))
        {
            throw new EmulatorException("SDRS.1341", "the servers already have these flavors");
        }

        instance.StatusBefore =
            instance.Status == Statuses.ErrorResizing ? state.SettledStatus(group.Id) : instance.Status;
        instance.SetStatus(Statuses.Resizing, state.Now);
        JobRecord job = state
            .Jobs.Start(JobTypes.ResizeProtectedInstance, Target(instance, JobTypes.ResizeProtectedInstance))
            .WithEntity("protected_instance_id", instance.Id);
        job.OnSuccess = () =>
        {
            instance.ProductionFlavor = production ?? instance.ProductionFlavor;
            instance.DrFlavor = dr ?? instance.DrFlavor;
            instance.SetStatus(instance.StatusBefore ?? Statuses.Available, state.Now);
        };
        job.OnFailure = (_, _) => instance.SetStatus(Statuses.ErrorResizing, state.Now);
        return ServerGroupHandlers.JobAccepted(job);
    }

    private static ServerGroupRecord GroupForCreation(string? groupId, EmulatorState state)
    {
        ServerGroupRecord group = state.Group(
            groupId ?? throw new EmulatorException("SDRS.0207", "'server_group_id' is required")
        );
        if (group.Status is not (Statuses.Available or Statuses.Protected))
        {
            throw new EmulatorException("SDRS.1323", $"the group is {group.Status}");
        }

        return group;
    }

    /// <summary>
    /// DR site placement (5.5.1 Table 5-17, 5.5.11 Table 5-35): the formats of the DSS pool, DeH and subnet IDs
    /// and of the primary IP address, the tenancy, and the fields that need another.
    /// </summary>
    private static void CheckPlacement(JsonObject body, EmulatorState state)
    {
        Formats.OptionalId(JsonRead.String(body, "cluster_id"), "SDRS.0218", "cluster_id", state);
        string? hostId = Formats.OptionalId(
            JsonRead.String(body, "dedicated_host_id"),
            "SDRS.0227",
            "dedicated_host_id",
            state
        );

        // A.1 has no code for an invalid subnet ID (SDRS.1335 is a subnet not found): the generic one.
        string? subnetId = Formats.OptionalId(
            JsonRead.String(body, "primary_subnet_id"),
            "SDRS.0201",
            "primary_subnet_id",
            state
        );
        string? ipAddress = JsonRead.String(body, "primary_ip_address");
        if (ipAddress is not null)
        {
            Formats.IPv4(ipAddress, "primary_ip_address");
        }

        string? tenancy = JsonRead.String(body, "tenancy");
        if (tenancy is not (null or "shared" or "dedicated"))
        {
            throw new EmulatorException("SDRS.0228", $"tenancy '{tenancy}'");
        }

        if (tenancy == "shared" && hostId is not null)
        {
            throw new EmulatorException("SDRS.1371", null);
        }

        if (ipAddress is not null && subnetId is null)
        {
            throw new EmulatorException("SDRS.1380", null);
        }
    }

    /// <summary>The production site server: not yet protected, and (when servers are registered) known, in the group's
    /// VPC and AZ.</summary>
    private static EmulatedServer? CheckServer(
        string serverId,
        ServerGroupRecord group,
        EmulatorState state,
        string unknownCode
    )
    {
        EmulatedServer? server = null;
        if (state.Servers.Count > 0 && !state.Servers.TryGetValue(serverId, out server))
        {
            throw new EmulatorException(unknownCode, $"server {serverId} does not exist");
        }

        if (
            state.Instances.Values.Any(instance =>
                instance.SourceServer == serverId || instance.TargetServer == serverId
            )
        )
        {
            throw new EmulatorException("SDRS.1305", serverId);
        }

        if (server?.VpcId is { } vpcId && vpcId != group.SourceVpcId)
        {
            throw new EmulatorException(
                "SDRS.1304",
                $"server {serverId} is in VPC {vpcId}, the group in {group.SourceVpcId}"
            );
        }

        if (server?.AvailabilityZone is { } az && az != group.CurrentProductionAvailabilityZone)
        {
            throw new EmulatorException(
                "SDRS.1303",
                $"server {serverId} is in {az}, the production site in {group.CurrentProductionAvailabilityZone}"
            );
        }

        return server;
    }

    private static ProtectedInstanceRecord AddInstance(
        ServerGroupRecord group,
        string serverId,
        string name,
        string? description,
        EmulatedServer? server,
        string? flavorRef,
        List<KeyValuePair<string, string>> tags,
        EmulatorState state
    )
    {
        var instance = new ProtectedInstanceRecord(Wire.NewId(), name, state.Now, state.NextSequence())
        {
            Description = description,
            ServerGroupId = group.Id,
            SourceServer = serverId,
            TargetServer = Wire.NewId(),
            ProductionFlavor = server?.FlavorRef,
            DrFlavor = flavorRef ?? server?.FlavorRef,
        };
        instance.Tags.AddRange(tags);
        state.Instances.Add(instance.Id, instance);
        return instance;
    }

    /// <summary>A created instance is available, or protected when its group already is.</summary>
    private static void Created(ProtectedInstanceRecord instance, EmulatorState state)
    {
        bool groupProtected =
            state.Groups.TryGetValue(instance.ServerGroupId, out ServerGroupRecord? group)
            && group.Status == Statuses.Protected;
        instance.SetStatus(groupProtected ? Statuses.Protected : Statuses.Available, state.Now);
    }

    private static void Remove(ProtectedInstanceRecord instance, EmulatorState state)
    {
        state.Instances.Remove(instance.Id);
        foreach (ReplicationPairRecord pair in state.Pairs.Values)
        {
            pair.Attachments.RemoveAll(attachment => attachment.InstanceId == instance.Id);
        }
    }

    private static void CheckDeletable(ProtectedInstanceRecord instance)
    {
        if (!Deletable.Contains(instance.Status))
        {
            throw new EmulatorException("SDRS.1301", $"{instance.Id} is {instance.Status}");
        }
    }

    private static void ReadDeleteOptions(JsonObject body)
    {
        JsonRead.Boolean(body, "delete_target_server");
        JsonRead.Boolean(body, "delete_target_eip");
    }

    private static FailureTarget Target(ProtectedInstanceRecord instance, string jobType) =>
        EmulatorState.Target(instance, ResourceTypes.ProtectedInstances, instance.ServerGroupId, jobType);
}
