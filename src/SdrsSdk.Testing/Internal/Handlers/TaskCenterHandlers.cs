using System.Text.Json.Nodes;
using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal.Handlers;

/// <summary>
/// The task center (reference 5.9): failed jobs. Without <c>server_group_id</c>, the list shows the failures "of the
/// protection group level" (of protection groups themselves, 5.9.3); with it, the failures in that group (of its
/// protected instances, replication pairs and DR drills, 5.9.4). A <c>resource_type</c> replaces that default: it
/// selects the failures of that type, in every group or in the one named.
/// </summary>
internal static class TaskCenterHandlers
{
    /// <summary>GET task-center/failure-jobs (5.9.1).</summary>
    public static EmulatorResult List(HttpExchange request, EmulatorState state)
    {
        (int, int) page = Paging.Read(request);
        string? groupId = Filters.ResourceId(request, "server_group_id", "SDRS.0207", state);
        string? failureStatus = Filters.OneOf(request, "failure_status", JobTypes.FailureStatuses, "SDRS.0209");
        string? resourceName = request.QueryValue("resource_name");
        string? resourceType = Filters.OneOf(request, "resource_type", ResourceTypes.All, "SDRS.0201");
        List<FailureRecord> failures =
        [
            .. state
                .Jobs.Failures.Where(failure =>
                    (groupId is null || failure.Target.ServerGroupId == groupId)
                    && (
                        resourceType is null
                            ? failure.Target.IsGroupLevel == (groupId is null)
                            : failure.Target.ResourceType == resourceType
                    )
                    && (failureStatus is null || failure.Target.FailureStatus == failureStatus)
                    && Paging.NameMatches(failure.Target.ResourceName, resourceName)
                )
                .OrderByDescending(failure => failure.Sequence),
        ];
        return EmulatorResult.Json(
            new JsonObject
            {
                ["count"] = failures.Count,
                ["failure_jobs"] = Paging.Page(failures, page, ResourceJson.Failure),
            }
        );
    }

    /// <summary>DELETE task-center/failure-jobs/{failure_job_id} (5.9.2); the ID is the failed task's
    /// <c>job_id</c>.</summary>
    public static EmulatorResult Delete(HttpExchange request, EmulatorState state)
    {
        string id = request.Route("failure_job_id");
        if (state.Jobs.Failures.RemoveAll(failure => failure.JobId == id) == 0)
        {
            throw new EmulatorException("SDRS.0408", $"no failed task {id}", status: 404);
        }

        return EmulatorResult.NoContent();
    }

    /// <summary>DELETE task-center/failure-jobs/batch (5.9.3): the failures of protection groups themselves.</summary>
    public static EmulatorResult DeleteGroupLevel(HttpExchange _, EmulatorState state)
    {
        state.Jobs.Failures.RemoveAll(failure => failure.Target.IsGroupLevel);
        return EmulatorResult.NoContent();
    }

    /// <summary>DELETE task-center/{server_group_id}/failure-jobs/batch (5.9.4): the failures in one group.</summary>
    public static EmulatorResult DeleteOfGroup(HttpExchange request, EmulatorState state)
    {
        string groupId = request.Route("server_group_id");
        int removed = state.Jobs.Failures.RemoveAll(failure =>
            !failure.Target.IsGroupLevel && failure.Target.ServerGroupId == groupId
        );
        if (removed == 0 && !state.Groups.ContainsKey(groupId))
        {
            throw new EmulatorException("SDRS.1013", $"protection group {groupId} does not exist");
        }

        return EmulatorResult.NoContent();
    }
}
