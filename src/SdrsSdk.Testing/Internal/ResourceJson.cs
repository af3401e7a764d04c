using System.Text.Json.Nodes;
using SdrsSdk.Testing.Internal.Jobs;
using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal;

/// <summary>Renders resources exactly as the reference's examples show them: field names, order and formats.</summary>
internal static class ResourceJson
{
    /// <summary>A protection group (reference 5.4.2, Table 5-10).</summary>
    /// <param name="group">The group.</param>
    /// <param name="state">The state, for the counts.</param>
    /// <param name="time">The timestamp form; <see cref="Wire.ResourceTime"/> unless given.</param>
    public static JsonObject ServerGroup(
        ServerGroupRecord group,
        EmulatorState state,
        Func<DateTimeOffset, string>? time = null
    ) =>
        new()
        {
            ["id"] = group.Id,
            ["name"] = group.Name,
            ["description"] = group.Description,
            ["source_availability_zone"] = group.SourceAvailabilityZone,
            ["target_availability_zone"] = group.TargetAvailabilityZone,
            ["domain_id"] = group.DomainId,
            ["domain_name"] = group.DomainName,
            ["status"] = group.Status,
            ["protected_status"] = null,
            ["replication_status"] = null,
            ["health_status"] = null,
            ["progress"] = group.Status == Statuses.Protected ? 100 : 0,
            ["priority_station"] = group.PriorityStation,
            ["protected_instance_num"] = state.Instances.Values.Count(instance => instance.ServerGroupId == group.Id),
            ["replication_num"] = state.Pairs.Values.Count(pair => pair.ServerGroupId == group.Id),
            ["disaster_recovery_drill_num"] = state.Drills.Values.Count(drill => drill.ServerGroupId == group.Id),
            ["source_vpc_id"] = group.SourceVpcId,
            ["target_vpc_id"] = group.SourceVpcId,
            ["test_vpc_id"] = null,
            ["dr_type"] = group.DrType,
            ["server_type"] = "ECS",
            ["created_at"] = (time ?? Wire.ResourceTime)(group.CreatedAt),
            ["updated_at"] = (time ?? Wire.ResourceTime)(group.UpdatedAt),
            ["protection_type"] = "replication-pair",
            ["replication_model"] = null,
        };

    /// <summary>A protected instance (reference 5.5.3, Table 5-19).</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="state">The state, for the attachments and the group's station.</param>
    /// <param name="time">The timestamp form; <see cref="Wire.ResourceTime"/> unless given.</param>
    public static JsonObject ProtectedInstance(
        ProtectedInstanceRecord instance,
        EmulatorState state,
        Func<DateTimeOffset, string>? time = null
    )
    {
        time ??= Wire.ResourceTime;
        var attachments = new JsonArray();
        foreach ((ReplicationPairRecord pair, PairAttachment attachment) in state.AttachmentsOf(instance.Id))
        {
            attachments.Add((JsonNode)new JsonObject { ["replication"] = pair.Id, ["device"] = attachment.Device });
        }

        return new JsonObject
        {
            ["id"] = instance.Id,
            ["name"] = instance.Name,
            ["description"] = instance.Description,
            ["server_group_id"] = instance.ServerGroupId,
            ["status"] = instance.Status,
            ["progress"] = instance.Status == Statuses.Protected ? 100 : 0,
            ["source_server"] = instance.SourceServer,
            ["target_server"] = instance.TargetServer,
            ["created_at"] = time(instance.CreatedAt),
            ["updated_at"] = time(instance.UpdatedAt),
            ["priority_station"] = StationOf(instance.ServerGroupId, state),
            ["attachment"] = attachments,
            ["tags"] = Tags(instance.Tags),
            ["metadata"] = new JsonObject(),
        };
    }

    /// <summary>A replication pair (reference 5.6.3, Table 5-41).</summary>
    public static JsonObject Replication(ReplicationPairRecord pair, EmulatorState state)
    {
        var attachments = new JsonArray();
        foreach (PairAttachment attachment in pair.Attachments.OrderBy(attachment => attachment.Sequence))
        {
            attachments.Add(
                (JsonNode)
                    new JsonObject { ["device"] = attachment.Device, ["protected_instance"] = attachment.InstanceId }
            );
        }

        var json = new JsonObject
        {
            ["id"] = pair.Id,
            ["name"] = pair.Name,
            ["description"] = pair.Description,
            ["replication_model"] = "hypermetro",
            ["status"] = pair.Status,
            ["progress"] = pair.Status == Statuses.Protected ? 100 : 0,
            ["replication_status"] = pair.ReplicationStatus,
            ["attachment"] = attachments,
            ["server_group_id"] = pair.ServerGroupId,
            ["volume_ids"] = pair.VolumeIds,
            ["priority_station"] = StationOf(pair.ServerGroupId, state),
            ["fault_level"] = "0",
            ["created_at"] = Wire.ReplicationTime(pair.CreatedAt),
            ["updated_at"] = Wire.ReplicationTime(pair.UpdatedAt),
            ["record_metadata"] = new JsonObject
            {
                ["multiattach"] = pair.Shared,
                ["bootable"] = pair.Bootable,
                ["volume_size"] = pair.SizeGb,
                ["volume_type"] = pair.VolumeType,
            },
        };
        if (pair.Status == Statuses.Error && pair.FailureDetail is not null)
        {
            json["failure_detail"] = pair.FailureDetail;
        }

        return json;
    }

    /// <summary>A DR drill (reference 5.7.3, Table 5-53).</summary>
    public static JsonObject Drill(DrillRecord drill)
    {
        var servers = new JsonArray();
        foreach (KeyValuePair<string, string> server in drill.DrillServers)
        {
            servers.Add(
                (JsonNode)new JsonObject { ["protected_instance"] = server.Key, ["drill_server_id"] = server.Value }
            );
        }

        return new JsonObject
        {
            ["id"] = drill.Id,
            ["name"] = drill.Name,
            ["status"] = drill.Status,
            ["server_group_id"] = drill.ServerGroupId,
            ["drill_vpc_id"] = drill.DrillVpcId,
            ["created_at"] = Wire.ResourceTime(drill.CreatedAt),
            ["updated_at"] = Wire.ResourceTime(drill.UpdatedAt),
            ["drill_servers"] = servers,
        };
    }

    /// <summary>A job (reference 5.1.1), with its sub-jobs under <c>entities.sub_jobs</c>.</summary>
    public static JsonObject Job(JobRecord job)
    {
        JsonObject entities = Entities(job.Entities);
        if (job.SubJobs.Count > 0)
        {
            var subJobs = new JsonArray();
            foreach (SubJobRecord subJob in job.SubJobs)
            {
                subJobs.Add((JsonNode)SubJob(subJob, job));
            }

            entities["sub_jobs"] = subJobs;
        }

        return new JsonObject
        {
            ["status"] = job.Status,
            ["entities"] = entities,
            ["job_id"] = job.Id,
            ["job_type"] = job.Type,
            ["begin_time"] = Wire.JobTime(job.BeginTime),
            ["end_time"] = job.EndTime is { } end ? Wire.JobTime(end) : null,
            ["error_code"] = job.ErrorCode,
            ["fail_reason"] = job.FailReason,
        };
    }

    /// <summary>A failed task (reference 5.9.1, Table 5-73).</summary>
    public static JsonObject Failure(FailureRecord failure) =>
        new()
        {
            ["job_status"] = JobStates.Fail,
            ["resource_id"] = failure.Target.ResourceId,
            ["resource_name"] = failure.Target.ResourceName,
            ["resource_type"] = failure.Target.ResourceType,
            ["failure_status"] = failure.Target.FailureStatus,
            ["job_id"] = failure.JobId,
            ["job_type"] = failure.JobType,
            ["begin_time"] = Wire.JobTime(failure.BeginTime),
            ["error_code"] = failure.ErrorCode,
            ["fail_reason"] = failure.FailReason,
        };

    public static JsonArray Tags(IEnumerable<KeyValuePair<string, string>> tags)
    {
        var array = new JsonArray();
        foreach (KeyValuePair<string, string> tag in tags)
        {
            array.Add((JsonNode)new JsonObject { ["key"] = tag.Key, ["value"] = tag.Value });
        }

        return array;
    }

    private static JsonObject SubJob(SubJobRecord subJob, JobRecord parent)
    {
        // A sub-job reads INIT until its parent runs, then RUNNING until it ends.
        string status =
            subJob.IsTerminal ? subJob.Status
            : parent.Status == JobStates.Init ? JobStates.Init
            : JobStates.Running;
        return new JsonObject
        {
            ["job_id"] = subJob.Id,
            ["job_type"] = subJob.Type,
            ["begin_time"] = Wire.JobTime(parent.BeginTime),
            ["end_time"] = subJob.EndTime is { } end ? Wire.JobTime(end) : null,
            ["status"] = status,
            ["error_code"] = subJob.ErrorCode,
            ["fail_reason"] = subJob.FailReason,
            ["entities"] = Entities(subJob.Entities),
        };
    }

    private static JsonObject Entities(IEnumerable<KeyValuePair<string, string>> entities)
    {
        var json = new JsonObject();
        foreach (KeyValuePair<string, string> entity in entities)
        {
            json[entity.Key] = entity.Value;
        }

        return json;
    }

    private static string StationOf(string groupId, EmulatorState state) =>
        state.Groups.TryGetValue(groupId, out ServerGroupRecord? group) ? group.PriorityStation : Statuses.Source;
}
