using System.Globalization;
using System.Text.Json.Nodes;
using SdrsSdk.Testing.Internal.Jobs;
using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal.Handlers;

/// <summary>Protection groups (reference 5.4).</summary>
internal static class ServerGroupHandlers
{
    /// <summary>POST server-groups (5.4.1).</summary>
    public static EmulatorResult Create(HttpExchange request, EmulatorState state)
    {
        JsonObject body = JsonRead.RequiredObject(request.BodyObject(), "server_group");
        string name = Rules.Name(JsonRead.String(body, "name"));
        string? description = Rules.Description(JsonRead.String(body, "description"));
        string? domainId = JsonRead.String(body, "domain_id");
        EmulatedDomain domain = state.Domains.FirstOrDefault(domain => domain.Id == domainId)
            ?? throw new EmulatorException("SDRS.0205", $"no active-active domain '{domainId}'");
        if (domain.SoldOut)
        {
            throw new EmulatorException("SDRS.0233", $"the domain {domain.Id} is sold out");
        }

        string? sourceAz = JsonRead.String(body, "source_availability_zone");
        string? targetAz = JsonRead.String(body, "target_availability_zone");
        string[] zones = [domain.LocalAvailabilityZone, domain.RemoteAvailabilityZone];
        if (
            sourceAz is null
            || targetAz is null
            || sourceAz == targetAz
            || !zones.Contains(sourceAz)
            || !zones.Contains(targetAz)
        )
        {
            throw new EmulatorException(
                "SDRS.0203",
                $"the production and DR site AZs must be the domain's two AZs, {zones[0]} and {zones[1]}"
            );
        }

        string vpcId = Formats.Id(JsonRead.String(body, "source_vpc_id"), "SDRS.0204", "source_vpc_id", state);
        if (state.Vpcs.Count > 0 && !state.Vpcs.Contains(vpcId))
        {
            throw new EmulatorException("SDRS.0204", $"no VPC '{vpcId}'");
        }

        string drType = JsonRead.String(body, "dr_type") ?? "migration";
        if (drType != "migration")
        {
            throw new EmulatorException("SDRS.0201", "dr_type can only be 'migration'");
        }

        int quota = state.Options.ServerGroupQuota;
        if (quota >= 0 && state.Groups.Count >= quota)
        {
            throw new EmulatorException(
                "SDRS.0305",
                string.Create(CultureInfo.InvariantCulture, $"{state.Groups.Count} of {quota} protection groups used")
            );
        }

        var group = new ServerGroupRecord(Wire.NewId(), name, state.Now, state.NextSequence())
        {
            Description = description,
            SourceAvailabilityZone = sourceAz,
            TargetAvailabilityZone = targetAz,
            DomainId = domain.Id,
            DomainName = domain.Name,
            SourceVpcId = vpcId,
            DrType = drType,
        };
        state.Groups.Add(group.Id, group);

        JobRecord job = state
            .Jobs.Start(JobTypes.CreateProtectionGroup, GroupTarget(group, JobTypes.CreateProtectionGroup))
            .WithEntity("server_group_id", group.Id);
        job.OnSuccess = () => group.SetStatus(Statuses.Available, state.Now);
        job.OnFailure = (_, _) => group.SetStatus(Statuses.Error, state.Now);
        return JobAccepted(job);
    }

    /// <summary>GET server-groups (5.4.2).</summary>
    public static EmulatorResult List(HttpExchange request, EmulatorState state)
    {
        (int, int) page = Paging.Read(request);
        string? status = Filters.Status(request, Statuses.OfGroups);
        string? name = request.QueryValue("name");
        string? az = request.QueryValue("availability_zone");
        Func<ServerGroupRecord, bool> queryType = QueryType(request.QueryValue("query_type"), state);
        List<ServerGroupRecord> groups =
        [
            .. state
                .Groups.Values.Where(group =>
                    (status is null || group.Status == status)
                    && Paging.NameMatches(group.Name, name)
                    && (az is null || group.CurrentProductionAvailabilityZone == az)
                    && queryType(group)
                )
                .OrderByDescending(group => group.Sequence),
        ];
        return EmulatorResult.Json(
            new JsonObject
            {
                ["count"] = groups.Count,
                ["server_groups"] = Paging.Page(groups, page, group => ResourceJson.ServerGroup(group, state)),
            }
        );
    }

    /// <summary>GET server-groups/{server_group_id} (5.4.3).</summary>
    public static EmulatorResult Get(HttpExchange request, EmulatorState state) =>
        EmulatorResult.Json(
            new JsonObject
            {
                ["server_group"] = ResourceJson.ServerGroup(state.Group(request.Route("server_group_id")), state),
            }
        );

    /// <summary>PUT server-groups/{server_group_id} (5.4.5).</summary>
    public static EmulatorResult Update(HttpExchange request, EmulatorState state)
    {
        ServerGroupRecord group = state.Group(request.Route("server_group_id"));
        JsonObject body = JsonRead.RequiredObject(request.BodyObject(), "server_group");
        group.Rename(Rules.Name(JsonRead.String(body, "name")), state.Now);
        return EmulatorResult.Json(
            new JsonObject { ["server_group"] = ResourceJson.ServerGroup(group, state, Wire.TrimmedResourceTime) }
        );
    }

    /// <summary>DELETE server-groups/{server_group_id} (5.4.4): refused while it holds instances, pairs or
    /// drills.</summary>
    public static EmulatorResult Delete(HttpExchange request, EmulatorState state)
    {
        ServerGroupRecord group = state.Group(request.Route("server_group_id"));
        if (state.InstancesOf(group.Id).Count > 0)
        {
            throw new EmulatorException("SDRS.1001", "delete its protected instances first");
        }

        if (state.PairsOf(group.Id).Count > 0)
        {
            throw new EmulatorException("SDRS.1010", "delete its replication pairs first");
        }

        if (state.DrillsOf(group.Id).Count > 0)
        {
            throw new EmulatorException("SDRS.1003", "delete its DR drills first");
        }

        if (Statuses.IsTransitional(group.Status) || group.Status == Statuses.Protected)
        {
            throw new EmulatorException("SDRS.1002", $"the group is {group.Status}");
        }

        group.SetStatus(Statuses.Deleting, state.Now);
        JobRecord job = state
            .Jobs.Start(JobTypes.DeleteProtectionGroup, GroupTarget(group, JobTypes.DeleteProtectionGroup))
            .WithEntity("server_group_id", group.Id);
        job.OnSuccess = () => state.Groups.Remove(group.Id);
        job.OnFailure = (_, _) => group.SetStatus(Statuses.ErrorDeleting, state.Now);
        return JobAccepted(job);
    }

    /// <summary>POST server-groups/{server_group_id}/action (5.4.6 to 5.4.9).</summary>
    public static EmulatorResult Action(HttpExchange request, EmulatorState state)
    {
        ServerGroupRecord group = state.Group(request.Route("server_group_id"));
        JsonObject body = request.BodyObject();
        string[] actions = ["start-server-group", "stop-server-group", "failover-server-group", "reverse-server-group"];
        List<string> present = [.. actions.Where(body.ContainsKey)];
        if (present.Count != 1 || body.Count != 1)
        {
            throw new EmulatorException("SDRS.0206", "the body holds exactly one of " + string.Join(", ", actions));
        }

        JsonObject arguments = ActionObject(body, present[0]);
        return present[0] switch
        {
            "start-server-group" => Start(group, state),
            "stop-server-group" => Stop(group, state),
            "failover-server-group" => Failover(group, state),
            _ => Reverse(group, arguments, state),
        };
    }

    /// <summary>Enables protection (from available or error-starting) or enables it again (from failed-over or
    /// error-reprotecting).</summary>
    private static EmulatorResult Start(ServerGroupRecord group, EmulatorState state)
    {
        if (group.Status is Statuses.Available or Statuses.ErrorStarting)
        {
            RequirePairs(group, state, "SDRS.1027");
            return GroupJob(
                group,
                state,
                JobTypes.StartProtectionGroup,
                Statuses.Starting,
                Statuses.Protected,
                Statuses.ErrorStarting,
                "active",
                station: null
            );
        }

        if (group.Status is Statuses.FailedOver or Statuses.ErrorReprotecting)
        {
            RequirePairs(group, state, "SDRS.1032");
            return GroupJob(
                group,
                state,
                JobTypes.ReprotectProtectionGroup,
                Statuses.Reprotecting,
                Statuses.Protected,
                Statuses.ErrorReprotecting,
                "active",
                station: null
            );
        }

        throw new EmulatorException("SDRS.1021", $"the group is {group.Status}");
    }

    private static EmulatorResult Stop(ServerGroupRecord group, EmulatorState state)
    {
        if (group.Status is not (Statuses.Protected or Statuses.ErrorStopping))
        {
            throw new EmulatorException("SDRS.1019", $"the group is {group.Status}");
        }

        return GroupJob(
            group,
            state,
            JobTypes.StopProtectionGroup,
            Statuses.Stopping,
            Statuses.Available,
            Statuses.ErrorStopping,
            "active-stopped",
            station: null
        );
    }

    private static EmulatorResult Failover(ServerGroupRecord group, EmulatorState state)
    {
        if (group.Status is not (Statuses.Protected or Statuses.ErrorFailingOver or Statuses.ErrorReversing))
        {
            throw new EmulatorException(
                "SDRS.1022",
                $"the group is {group.Status}; a failover needs protected, error-failing-over or error-reversing"
            );
        }

        RequirePairs(group, state, "SDRS.1030");
        return GroupJob(
            group,
            state,
            JobTypes.FailoverProtectionGroup,
            Statuses.FailingOver,
            Statuses.FailedOver,
            Statuses.ErrorFailingOver,
            "active-stopped",
            Statuses.Opposite(group.PriorityStation)
        );
    }

    private static EmulatorResult Reverse(ServerGroupRecord group, JsonObject arguments, EmulatorState state)
    {
        string? station = JsonRead.String(arguments, "priority_station");
        if (station is not (Statuses.Source or Statuses.Target))
        {
            throw new EmulatorException("SDRS.0216", "priority_station must be 'source' or 'target'");
        }

        if (group.Status is not (Statuses.Protected or Statuses.ErrorReversing))
        {
            throw new EmulatorException(
                "SDRS.1023",
                $"the group is {group.Status}; a planned failover needs protected or error-reversing"
            );
        }

        RequirePairs(group, state, "SDRS.1029");
        if (station == group.PriorityStation)
        {
            throw new EmulatorException("SDRS.0201", $"the production site is already '{station}'");
        }

        return GroupJob(
            group,
            state,
            JobTypes.ReverseProtectionGroup,
            Statuses.Reversing,
            Statuses.Protected,
            Statuses.ErrorReversing,
            "active",
            station
        );
    }

    /// <summary>
    /// A protection group action: the group, its protected instances and its replication pairs pass through the
    /// transitional status and land together; the job has one sub-job per replication pair (as 5.1.1's example).
    /// </summary>
    private static EmulatorResult GroupJob(
        ServerGroupRecord group,
        EmulatorState state,
        string jobType,
        string transitional,
        string landed,
        string failed,
        string replicationStatus,
        string? station
    )
    {
        List<ProtectedInstanceRecord> instances = state.InstancesOf(group.Id);
        List<ReplicationPairRecord> pairs = state.PairsOf(group.Id);
        ResourceRecord? busy = instances
            .Cast<ResourceRecord>()
            .Concat(pairs)
            .FirstOrDefault(member => Statuses.IsTransitional(member.Status));
        if (busy is not null)
        {
            throw new EmulatorException("SDRS.1002", $"{busy.Id} is {busy.Status}");
        }

        IEnumerable<ResourceRecord> members = [group, .. instances, .. pairs];
        foreach (ResourceRecord member in members)
        {
            member.SetStatus(transitional, state.Now);
        }

        JobRecord job = state.Jobs.Start(jobType, GroupTarget(group, jobType)).WithEntity("server_group_id", group.Id);
        foreach (ReplicationPairRecord _ in pairs)
        {
            JobBook.AddSubJob(job, JobTypes.PairSubJob(jobType)).Entities.Add(new("server_group_id", group.Id));
        }

        job.OnSuccess = () =>
        {
            if (station is not null)
            {
                group.PriorityStation = station;
            }

            foreach (ResourceRecord member in members.Where(member => Exists(member, state)))
            {
                member.SetStatus(landed, state.Now);
            }

            pairs.ForEach(pair => pair.ReplicationStatus = replicationStatus);
        };
        job.OnFailure = (_, _) =>
        {
            foreach (ResourceRecord member in members.Where(member => Exists(member, state)))
            {
                member.SetStatus(failed, state.Now);
            }
        };
        return JobAccepted(job);
    }

    /// <summary>
    /// The object of an action (5.4.6 to 5.4.9, 5.6.5): their request tables type every action as an Object, empty
    /// where it takes no argument; <c>null</c> or any other value is not an action (<c>SDRS.0206</c>).
    /// </summary>
    internal static JsonObject ActionObject(JsonObject body, string action) =>
        body[action] as JsonObject
        ?? throw new EmulatorException("SDRS.0206", $"'{action}' must be an object, such as {{}}");

    private static void RequirePairs(ServerGroupRecord group, EmulatorState state, string code)
    {
        if (state.PairsOf(group.Id).Count == 0)
        {
            throw new EmulatorException(code, "the protection group has no replication pairs");
        }
    }

    private static bool Exists(ResourceRecord member, EmulatorState state) =>
        member switch
        {
            ServerGroupRecord group => state.Groups.ContainsKey(group.Id),
            ProtectedInstanceRecord instance => state.Instances.ContainsKey(instance.Id),
            ReplicationPairRecord pair => state.Pairs.ContainsKey(pair.Id),
            _ => false,
        };

    private static Func<ServerGroupRecord, bool> QueryType(string? queryType, EmulatorState state) =>
        queryType switch
        {
            null or "" or "general" => _ => true,
            "status_abnormal" => group => Statuses.IsAbnormal(group.Status),
            "stop_protected" => group => group.Status == Statuses.Available,
            "period_no_dr_drill" => group => group.LastDrillAt is null || group.LastDrillAt < state.Now.AddMonths(-3),
            _ => throw new EmulatorException("SDRS.0201", $"query_type '{queryType}'"),
        };

    private static FailureTarget GroupTarget(ServerGroupRecord group, string jobType) =>
        EmulatorState.Target(group, ResourceTypes.ServerGroups, group.Id, jobType);

    internal static EmulatorResult JobAccepted(JobRecord job, int status = 200) =>
        EmulatorResult.Json(new JsonObject { ["job_id"] = job.Id }, status);
}
