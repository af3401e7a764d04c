using System.Text.Json.Nodes;
using SdrsSdk.Testing.Internal.Jobs;
using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal.Handlers;

/// <summary>DR drills (reference 5.7).</summary>
internal static class DrillHandlers
{
    /// <summary>Group statuses in which a DR drill can be created (5.7.1).</summary>
    private static readonly string[] GroupDrillable =
    [
        Statuses.Available,
        Statuses.Protected,
        Statuses.FailedOver,
        Statuses.ErrorStarting,
        Statuses.ErrorStopping,
        Statuses.ErrorReversing,
        Statuses.ErrorReprotecting,
        Statuses.ErrorFailingOver,
    ];

    /// <summary>POST disaster-recovery-drills (5.7.1): one drill server per protected instance of the group.</summary>
    public static EmulatorResult Create(HttpExchange request, EmulatorState state)
    {
        JsonObject body = JsonRead.RequiredObject(request.BodyObject(), "disaster_recovery_drill");
        ServerGroupRecord group = state.Group(
            JsonRead.String(body, "server_group_id")
                ?? throw new EmulatorException("SDRS.0207", "'server_group_id' is required")
        );
        string name = Rules.Name(JsonRead.String(body, "name"));
        if (!GroupDrillable.Contains(group.Status))
        {
            throw new EmulatorException("SDRS.1002", $"the group is {group.Status}");
        }

        string? vpcId = Formats.OptionalId(JsonRead.String(body, "drill_vpc_id"), "SDRS.0204", "drill_vpc_id", state);
        if (vpcId is not null)
        {
            if (vpcId == group.SourceVpcId)
            {
                throw new EmulatorException("SDRS.1907", $"the protection group uses VPC {vpcId}");
            }

            if (state.Vpcs.Count > 0 && !state.Vpcs.Contains(vpcId))
            {
                throw new EmulatorException("SDRS.1928", $"VPC {vpcId} does not exist");
            }

            if (state.Drills.Values.Any(drill => drill.DrillVpcId == vpcId))
            {
                throw new EmulatorException("SDRS.1921", vpcId);
            }
        }

        var drill = new DrillRecord(Wire.NewId(), name, state.Now, state.NextSequence())
        {
            ServerGroupId = group.Id,
            DrillVpcId = vpcId ?? Wire.NewId(),
        };
        state.Drills.Add(drill.Id, drill);
        group.LastDrillAt = state.Now;
        JobRecord job = state
            .Jobs.Start(JobTypes.CreateDrill, Target(drill, JobTypes.CreateDrill))
            .WithEntity("server_group_id", group.Id)
            .WithEntity("disaster_recovery_drill_id", drill.Id);
        job.OnSuccess = () =>
        {
            foreach (
                ProtectedInstanceRecord instance in state
                    .InstancesOf(group.Id)
                    .Where(instance => !Statuses.IsTransitional(instance.Status))
            )
            {
                drill.DrillServers.Add(new(instance.Id, Wire.NewId()));
            }

            drill.SetStatus(Statuses.Available, state.Now);
        };
        job.OnFailure = (_, _) => drill.SetStatus(Statuses.Error, state.Now);
        return ServerGroupHandlers.JobAccepted(job);
    }

    /// <summary>DELETE disaster-recovery-drills/{disaster_recovery_drill_id} (5.7.2).</summary>
    public static EmulatorResult Delete(HttpExchange request, EmulatorState state)
    {
        DrillRecord drill = state.Drill(request.Route("disaster_recovery_drill_id"));
        if (drill.Status is not (Statuses.Available or Statuses.Error or Statuses.ErrorDeleting))
        {
            throw new EmulatorException("SDRS.1913", $"the drill is {drill.Status}");
        }

        JobRecord job = state
            .Jobs.Start(JobTypes.DeleteDrill, Target(drill, JobTypes.DeleteDrill))
            .WithEntity("server_group_id", drill.ServerGroupId)
            .WithEntity("disaster_recovery_drill_id", drill.Id);
        drill.SetStatus(Statuses.Deleting, state.Now);
        job.OnSuccess = () => state.Drills.Remove(drill.Id);
        job.OnFailure = (_, _) => drill.SetStatus(Statuses.ErrorDeleting, state.Now);
        return ServerGroupHandlers.JobAccepted(job);
    }

    /// <summary>GET disaster-recovery-drills (5.7.3).</summary>
    public static EmulatorResult List(HttpExchange request, EmulatorState state)
    {
        (int, int) page = Paging.Read(request);
        string? groupId = Filters.ResourceId(request, "server_group_id", "SDRS.0207", state);
        string? name = request.QueryValue("name");
        string? status = Filters.Status(request, Statuses.OfDrills);
        string? vpcId = Filters.CloudId(request, "drill_vpc_id", "SDRS.0204", state);
        List<DrillRecord> drills =
        [
            .. state
                .Drills.Values.Where(drill =>
                    (groupId is null || drill.ServerGroupId == groupId)
                    && Paging.NameMatches(drill.Name, name)
                    && (status is null || drill.Status == status)
                    && (vpcId is null || drill.DrillVpcId == vpcId)
                )
                .OrderByDescending(drill => drill.Sequence),
        ];
        return EmulatorResult.Json(
            new JsonObject
            {
                ["count"] = drills.Count,
                ["disaster_recovery_drills"] = Paging.Page(drills, page, ResourceJson.Drill),
            }
        );
    }

    /// <summary>GET disaster-recovery-drills/{disaster_recovery_drill_id} (5.7.4).</summary>
    public static EmulatorResult Get(HttpExchange request, EmulatorState state) =>
        EmulatorResult.Json(
            new JsonObject
            {
                ["disaster_recovery_drill"] = ResourceJson.Drill(
                    state.Drill(request.Route("disaster_recovery_drill_id"))
                ),
            }
        );

    /// <summary>PUT disaster-recovery-drills/{disaster_recovery_drill_id} (5.7.5).</summary>
    public static EmulatorResult Update(HttpExchange request, EmulatorState state)
    {
        DrillRecord drill = state.Drill(request.Route("disaster_recovery_drill_id"));
        JsonObject body = JsonRead.RequiredObject(request.BodyObject(), "disaster_recovery_drill");
        drill.Rename(Rules.Name(JsonRead.String(body, "name")), state.Now);
        return EmulatorResult.Json(new JsonObject { ["disaster_recovery_drill"] = ResourceJson.Drill(drill) });
    }

    private static FailureTarget Target(DrillRecord drill, string jobType) =>
        EmulatorState.Target(drill, ResourceTypes.Drills, drill.ServerGroupId, jobType);
}
