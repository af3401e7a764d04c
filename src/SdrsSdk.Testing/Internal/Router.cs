using SdrsSdk.Testing.Internal.Handlers;

namespace SdrsSdk.Testing.Internal;

/// <summary>
/// The route of every operation of SdrsSdk's operation table (a convention test holds the two together), literal paths
/// before captures.
/// </summary>
internal static class Router
{
    private const string P = "v1/{project_id}/";

    internal static readonly Route[] Routes =
    [
        new("GET", string.Empty, InfoHandlers.ListVersions),
        new("GET", "{api_version}", InfoHandlers.GetVersion),
        new("GET", P + "jobs/{job_id}", InfoHandlers.GetJob),
        new("GET", P + "active-domains", InfoHandlers.ListDomains),
        new("GET", P + "sdrs/quotas", InfoHandlers.GetQuotas),
        new("POST", P + "server-groups", ServerGroupHandlers.Create),
        new("GET", P + "server-groups", ServerGroupHandlers.List),
        new("GET", P + "server-groups/{server_group_id}", ServerGroupHandlers.Get),
        new("PUT", P + "server-groups/{server_group_id}", ServerGroupHandlers.Update),
        new("DELETE", P + "server-groups/{server_group_id}", ServerGroupHandlers.Delete),
        new("POST", P + "server-groups/{server_group_id}/action", ServerGroupHandlers.Action),
        new("GET", P + "protected-instances/tags", TagHandlers.ListProject),
        new("POST", P + "protected-instances/resource_instances/action", TagHandlers.Search),
        new("POST", P + "protected-instances/batch", ProtectedInstanceHandlers.BatchCreate),
        new("POST", P + "protected-instances/delete", ProtectedInstanceHandlers.BatchDelete),
        new("POST", P + "protected-instances", ProtectedInstanceHandlers.Create),
        new("GET", P + "protected-instances", ProtectedInstanceHandlers.List),
        new("GET", P + "protected-instances/{protected_instance_id}", ProtectedInstanceHandlers.Get),
        new("PUT", P + "protected-instances/{protected_instance_id}", ProtectedInstanceHandlers.Update),
        new("DELETE", P + "protected-instances/{protected_instance_id}", ProtectedInstanceHandlers.Delete),
        new(
            "POST",
            P + "protected-instances/{protected_instance_id}/attachreplication",
            ProtectedInstanceHandlers.Attach
        ),
        new(
            "DELETE",
            P + "protected-instances/{protected_instance_id}/detachreplication/{replication_id}",
            ProtectedInstanceHandlers.Detach
        ),
        new("POST", P + "protected-instances/{protected_instance_id}/nic/delete", ProtectedInstanceHandlers.DeleteNic),
        new("POST", P + "protected-instances/{protected_instance_id}/nic", ProtectedInstanceHandlers.AddNic),
        new("POST", P + "protected-instances/{protected_instance_id}/resize", ProtectedInstanceHandlers.Resize),
        new("POST", P + "protected-instances/{protected_instance_id}/tags/action", TagHandlers.Batch),
        new("POST", P + "protected-instances/{protected_instance_id}/tags", TagHandlers.AddOne),
        new("GET", P + "protected-instances/{protected_instance_id}/tags", TagHandlers.List),
        new("DELETE", P + "protected-instances/{protected_instance_id}/tags/{key}", TagHandlers.DeleteOne),
        new("POST", P + "replications", ReplicationHandlers.Create),
        new("GET", P + "replications", ReplicationHandlers.List),
        new("GET", P + "replications/{replication_id}", ReplicationHandlers.Get),
        new("PUT", P + "replications/{replication_id}", ReplicationHandlers.Update),
        new("DELETE", P + "replications/{replication_id}", ReplicationHandlers.Delete),
        new("POST", P + "replications/{replication_id}/action", ReplicationHandlers.Expand),
        new("POST", P + "disaster-recovery-drills", DrillHandlers.Create),
        new("GET", P + "disaster-recovery-drills", DrillHandlers.List),
        new("GET", P + "disaster-recovery-drills/{disaster_recovery_drill_id}", DrillHandlers.Get),
        new("PUT", P + "disaster-recovery-drills/{disaster_recovery_drill_id}", DrillHandlers.Update),
        new("DELETE", P + "disaster-recovery-drills/{disaster_recovery_drill_id}", DrillHandlers.Delete),
        new("GET", P + "task-center/failure-jobs", TaskCenterHandlers.List),
        new("DELETE", P + "task-center/failure-jobs/batch", TaskCenterHandlers.DeleteGroupLevel),
        new("DELETE", P + "task-center/failure-jobs/{failure_job_id}", TaskCenterHandlers.Delete),
        new("DELETE", P + "task-center/{server_group_id}/failure-jobs/batch", TaskCenterHandlers.DeleteOfGroup),
        new("GET", P + "resource/rpo-statistics", RpoStatisticsHandlers.List),
    ];

    public static Route? Match(HttpExchange request) => Routes.FirstOrDefault(route => route.TryMatch(request));
}
