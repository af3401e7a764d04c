using SdrsSdk.Jobs.Internal;
using SdrsSdk.Resources.ActiveDomains.Internal;
using SdrsSdk.Resources.Drills.Internal;
using SdrsSdk.Resources.ProtectedInstances.Internal;
using SdrsSdk.Resources.Quotas.Internal;
using SdrsSdk.Resources.Replications.Internal;
using SdrsSdk.Resources.RpoStatistics.Internal;
using SdrsSdk.Resources.ServerGroups.Internal;
using SdrsSdk.Resources.Tags.Internal;
using SdrsSdk.Resources.Versions.Internal;
using static SdrsSdk.Operations.Internal.SdrsRepeatClass;

namespace SdrsSdk.Operations.Internal;

/// <summary>
/// The operation table: every SDRS operation the SDK calls, declared once, in the order of the reference (chapter 5),
/// newer operations last. Add an operation here first; the convention tests (tests/SdrsSdk.Tests/Conventions) then
/// name every place that still lacks it: the Refit interface, the JSON context, the emulator, docs/operations.md.
/// </summary>
internal static class SdrsOperations
{
    private const string P = "/v1/{project_id}/";

    /// <summary>Gets every operation, in table order (the order of docs/operations.md).</summary>
    public static IReadOnlyList<SdrsOperation> All { get; } =
    [
        Jobs.Get,
        Versions.List,
        Versions.Get,
        ActiveDomains.List,
        ServerGroups.Create,
        ServerGroups.List,
        ServerGroups.Get,
        ServerGroups.Delete,
        ServerGroups.Update,
        ServerGroups.StartProtection,
        ServerGroups.StopProtection,
        ServerGroups.Failover,
        ServerGroups.PlannedFailover,
        ProtectedInstances.Create,
        ProtectedInstances.Delete,
        ProtectedInstances.List,
        ProtectedInstances.Get,
        ProtectedInstances.Update,
        ProtectedInstances.AttachReplication,
        ProtectedInstances.DetachReplication,
        ProtectedInstances.AddNic,
        ProtectedInstances.DeleteNic,
        ProtectedInstances.Resize,
        ProtectedInstances.BatchCreate,
        ProtectedInstances.BatchDelete,
        Replications.Create,
        Replications.Delete,
        Replications.List,
        Replications.Get,
        Replications.Expand,
        Replications.Update,
        Drills.Create,
        Drills.Delete,
        Drills.List,
        Drills.Get,
        Drills.Update,
        Tags.Count,
        Tags.Filter,
        Tags.BatchCreate,
        Tags.BatchDelete,
        Tags.Create,
        Tags.Delete,
        Tags.List,
        Tags.ListProject,
        TaskCenter.List,
        TaskCenter.Delete,
        TaskCenter.DeleteAll,
        TaskCenter.DeleteAllOfServerGroup,
        Quotas.Get,
        RpoStatistics.List,
    ];

    /// <summary>
    /// Tells whether a request is one of an operation that answers with a body (it has a result type): every
    /// operation matching its method and path does. Template parameters match any one segment; the path may sit under
    /// an endpoint prefix.
    /// </summary>
    public static bool ReturnsBody(HttpRequestMessage? request)
    {
        if (request?.RequestUri is not { IsAbsoluteUri: true } uri)
        {
            return false;
        }

        string[] sent = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        bool matched = false;
        foreach (SdrsOperation operation in All)
        {
            string[] template = operation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (
                !string.Equals(operation.Method, request.Method.Method, StringComparison.OrdinalIgnoreCase)
                || !(template.Length == sent.Length || (template.Length > 0 && template.Length < sent.Length))
                || !template
                    .Select(
                        (segment, i) =>
                            segment.StartsWith('{')
                            || string.Equals(segment, sent[sent.Length - template.Length + i], StringComparison.Ordinal)
                    )
                    .All(match => match)
            )
            {
                continue;
            }

            if (operation.ResultType is null)
            {
                return false;
            }

            matched = true;
        }

        return matched;
    }

    /// <summary>Jobs (5.1).</summary>
    public static class Jobs
    {
        public static readonly SdrsOperation Get = new(
            "Jobs.Get",
            "5.1.1",
            "GET",
            P + "jobs/{job_id}",
            Read,
            null,
            typeof(SdrsJob),
            ["Jobs.GetAsync", "Jobs.WaitAsync"]
        );
    }

    /// <summary>API versions (5.2), at the endpoint root.</summary>
    public static class Versions
    {
        public static readonly SdrsOperation List = new(
            "Versions.List",
            "5.2.1",
            "GET",
            "/",
            Read,
            null,
            typeof(ApiVersionListEnvelope),
            ["Versions.ListAsync"]
        );

        public static readonly SdrsOperation Get = new(
            "Versions.Get",
            "5.2.2",
            "GET",
            "/{api_version}",
            Read,
            null,
            typeof(ApiVersionEnvelope),
            ["Versions.GetAsync"]
        );
    }

    /// <summary>Active-active domains (5.3).</summary>
    public static class ActiveDomains
    {
        public static readonly SdrsOperation List = new(
            "ActiveDomains.List",
            "5.3.1",
            "GET",
            P + "active-domains",
            Read,
            null,
            typeof(ActiveDomainListEnvelope),
            ["ActiveDomains.ListAsync"]
        );
    }

    /// <summary>Protection groups (5.4).</summary>
    public static class ServerGroups
    {
        private const string Collection = P + "server-groups";
        private const string Item = Collection + "/{server_group_id}";
        private const string Action = Item + "/action";

        public static readonly SdrsOperation Create = new(
            "ServerGroups.Create",
            "5.4.1",
            "POST",
            Collection,
            NonIdempotentWrite,
            typeof(CreateServerGroupBody),
            typeof(JobIdEnvelope),
            ["ServerGroups.StartCreateAsync"],
            JobType.CreateProtectionGroup
        );

        public static readonly SdrsOperation List = new(
            "ServerGroups.List",
            "5.4.2",
            "GET",
            Collection,
            Read,
            null,
            typeof(ServerGroupListEnvelope),
            ["ServerGroups.ListAllAsync", "ServerGroups.ListAsync"]
        );

        public static readonly SdrsOperation Get = new(
            "ServerGroups.Get",
            "5.4.3",
            "GET",
            Item,
            Read,
            null,
            typeof(ServerGroupEnvelope),
            ["ServerGroups.GetAsync"]
        );

        public static readonly SdrsOperation Delete = new(
            "ServerGroups.Delete",
            "5.4.4",
            "DELETE",
            Item,
            SdrsRepeatClass.Delete,
            null,
            typeof(JobIdEnvelope),
            ["ServerGroups.StartDeleteAsync"],
            JobType.DeleteProtectionGroup
        );

        public static readonly SdrsOperation Update = new(
            "ServerGroups.Update",
            "5.4.5",
            "PUT",
            Item,
            IdempotentWrite,
            typeof(UpdateServerGroupBody),
            typeof(ServerGroupEnvelope),
            ["ServerGroups.UpdateAsync"]
        );

        public static readonly SdrsOperation StartProtection = new(
            "ServerGroups.StartProtection",
            "5.4.6",
            "POST",
            Action,
            NonIdempotentWrite,
            typeof(ServerGroupActionBody),
            typeof(JobIdEnvelope),
            ["ServerGroups.StartProtectionAsync"],
            JobType.StartProtectionGroup,
            """with `{"start-server-group": {}}`""",
            "start-server-group"
        );

        public static readonly SdrsOperation StopProtection = new(
            "ServerGroups.StopProtection",
            "5.4.7",
            "POST",
            Action,
            NonIdempotentWrite,
            typeof(ServerGroupActionBody),
            typeof(JobIdEnvelope),
            ["ServerGroups.StartStopProtectionAsync"],
            JobType.StopProtectionGroup,
            """with `{"stop-server-group": {}}`""",
            "stop-server-group"
        );

        public static readonly SdrsOperation Failover = new(
            "ServerGroups.Failover",
            "5.4.8",
            "POST",
            Action,
            NonIdempotentWrite,
            typeof(ServerGroupActionBody),
            typeof(JobIdEnvelope),
            ["ServerGroups.StartFailoverAsync"],
            JobType.FailoverProtectionGroup,
            """with `{"failover-server-group": {}}`""",
            "failover-server-group"
        );

        public static readonly SdrsOperation PlannedFailover = new(
            "ServerGroups.PlannedFailover",
            "5.4.9",
            "POST",
            Action,
            NonIdempotentWrite,
            typeof(ServerGroupActionBody),
            typeof(JobIdEnvelope),
            ["ServerGroups.StartPlannedFailoverAsync"],
            JobType.ReverseProtectionGroup,
            """with `{"reverse-server-group": {"priority_station": "…"}}`""",
            "reverse-server-group"
        );
    }

    /// <summary>Protected instances (5.5).</summary>
    public static class ProtectedInstances
    {
        private const string Collection = P + "protected-instances";
        private const string Item = Collection + "/{protected_instance_id}";

        public static readonly SdrsOperation Create = new(
            "ProtectedInstances.Create",
            "5.5.1",
            "POST",
            Collection,
            NonIdempotentWrite,
            typeof(CreateProtectedInstanceBody),
            typeof(JobIdEnvelope),
            ["ProtectedInstances.StartCreateAsync"],
            JobType.CreateProtectedInstance
        );

        public static readonly SdrsOperation Delete = new(
            "ProtectedInstances.Delete",
            "5.5.2",
            "DELETE",
            Item,
            SdrsRepeatClass.Delete,
            typeof(DeleteProtectedInstanceRequest),
            typeof(JobIdEnvelope),
            ["ProtectedInstances.StartDeleteAsync"],
            JobType.DeleteProtectedInstance,
            "with a JSON body"
        );

        public static readonly SdrsOperation List = new(
            "ProtectedInstances.List",
            "5.5.3",
            "GET",
            Collection,
            Read,
            null,
            typeof(ProtectedInstanceListEnvelope),
            ["ProtectedInstances.ListAllAsync", "ProtectedInstances.ListAsync"]
        );

        public static readonly SdrsOperation Get = new(
            "ProtectedInstances.Get",
            "5.5.4",
            "GET",
            Item,
            Read,
            null,
            typeof(ProtectedInstanceEnvelope),
            ["ProtectedInstances.GetAsync"]
        );

        public static readonly SdrsOperation Update = new(
            "ProtectedInstances.Update",
            "5.5.5",
            "PUT",
            Item,
            IdempotentWrite,
            typeof(UpdateProtectedInstanceBody),
            typeof(ProtectedInstanceEnvelope),
            ["ProtectedInstances.UpdateAsync"]
        );

        public static readonly SdrsOperation AttachReplication = new(
            "ProtectedInstances.AttachReplication",
            "5.5.6",
            "POST",
            Item + "/attachreplication",
            NonIdempotentWrite,
            typeof(AttachReplicationBody),
            typeof(JobIdEnvelope),
            ["ProtectedInstances.StartAttachReplicationAsync"],
            JobType.AttachReplicationPair
        );

        public static readonly SdrsOperation DetachReplication = new(
            "ProtectedInstances.DetachReplication",
            "5.5.7",
            "DELETE",
            Item + "/detachreplication/{replication_id}",
            NonIdempotentWrite,
            null,
            typeof(JobIdEnvelope),
            ["ProtectedInstances.StartDetachReplicationAsync"],
            JobType.DetachReplicationPair
        );

        public static readonly SdrsOperation AddNic = new(
            "ProtectedInstances.AddNic",
            "5.5.8",
            "POST",
            Item + "/nic",
            NonIdempotentWrite,
            typeof(AddNicBody),
            typeof(JobIdEnvelope),
            ["ProtectedInstances.StartAddNicAsync"],
            JobType.AddNic
        );

        public static readonly SdrsOperation DeleteNic = new(
            "ProtectedInstances.DeleteNic",
            "5.5.9",
            "POST",
            Item + "/nic/delete",
            NonIdempotentWrite,
            typeof(DeleteNicBody),
            typeof(JobIdEnvelope),
            ["ProtectedInstances.StartDeleteNicAsync"],
            JobType.DeleteNic
        );

        public static readonly SdrsOperation Resize = new(
            "ProtectedInstances.Resize",
            "5.5.10",
            "POST",
            Item + "/resize",
            NonIdempotentWrite,
            typeof(ResizeBody),
            typeof(JobIdEnvelope),
            ["ProtectedInstances.StartResizeAsync"],
            JobType.ResizeProtectedInstance
        );

        public static readonly SdrsOperation BatchCreate = new(
            "ProtectedInstances.BatchCreate",
            "5.5.11",
            "POST",
            Collection + "/batch",
            NonIdempotentWrite,
            typeof(BatchCreateBody),
            typeof(JobIdEnvelope),
            ["ProtectedInstances.StartBatchCreateAsync"],
            JobType.CreateProtectedInstance
        );

        public static readonly SdrsOperation BatchDelete = new(
            "ProtectedInstances.BatchDelete",
            "5.5.12",
            "POST",
            Collection + "/delete",
            NonIdempotentWrite,
            typeof(BatchDeleteBody),
            typeof(JobIdEnvelope),
            ["ProtectedInstances.StartBatchDeleteAsync"],
            JobType.DeleteProtectedInstance
        );
    }

    /// <summary>Replication pairs (5.6).</summary>
    public static class Replications
    {
        private const string Collection = P + "replications";
        private const string Item = Collection + "/{replication_id}";

        public static readonly SdrsOperation Create = new(
            "Replications.Create",
            "5.6.1",
            "POST",
            Collection,
            NonIdempotentWrite,
            typeof(CreateReplicationBody),
            typeof(JobIdEnvelope),
            ["Replications.StartCreateAsync"],
            JobType.CreateReplicationPair
        );

        public static readonly SdrsOperation Delete = new(
            "Replications.Delete",
            "5.6.2",
            "DELETE",
            Item,
            SdrsRepeatClass.Delete,
            typeof(DeleteReplicationBody),
            typeof(JobIdEnvelope),
            ["Replications.StartDeleteAsync"],
            JobType.DeleteReplicationPair,
            "with a JSON body"
        );

        public static readonly SdrsOperation List = new(
            "Replications.List",
            "5.6.3",
            "GET",
            Collection,
            Read,
            null,
            typeof(ReplicationListEnvelope),
            ["Replications.ListAllAsync", "Replications.ListAsync"]
        );

        public static readonly SdrsOperation Get = new(
            "Replications.Get",
            "5.6.4",
            "GET",
            Item,
            Read,
            null,
            typeof(ReplicationEnvelope),
            ["Replications.GetAsync"]
        );

        public static readonly SdrsOperation Expand = new(
            "Replications.Expand",
            "5.6.5",
            "POST",
            Item + "/action",
            NonIdempotentWrite,
            typeof(ExpandReplicationBody),
            typeof(JobIdEnvelope),
            ["Replications.StartExpandAsync"],
            JobType.ExpandReplicationPair,
            "with `extend-replication`"
        );

        public static readonly SdrsOperation Update = new(
            "Replications.Update",
            "5.6.6",
            "PUT",
            Item,
            IdempotentWrite,
            typeof(UpdateReplicationBody),
            typeof(ReplicationEnvelope),
            ["Replications.UpdateAsync"]
        );
    }

    /// <summary>DR drills (5.7).</summary>
    public static class Drills
    {
        private const string Collection = P + "disaster-recovery-drills";
        private const string Item = Collection + "/{disaster_recovery_drill_id}";

        public static readonly SdrsOperation Create = new(
            "Drills.Create",
            "5.7.1",
            "POST",
            Collection,
            NonIdempotentWrite,
            typeof(CreateDrillBody),
            typeof(JobIdEnvelope),
            ["Drills.StartCreateAsync"],
            JobType.CreateDisasterRecoveryDrill
        );

        public static readonly SdrsOperation Delete = new(
            "Drills.Delete",
            "5.7.2",
            "DELETE",
            Item,
            SdrsRepeatClass.Delete,
            null,
            typeof(JobIdEnvelope),
            ["Drills.StartDeleteAsync"],
            JobType.DeleteDisasterRecoveryDrill
        );

        public static readonly SdrsOperation List = new(
            "Drills.List",
            "5.7.3",
            "GET",
            Collection,
            Read,
            null,
            typeof(DrillListEnvelope),
            ["Drills.ListAllAsync", "Drills.ListAsync"]
        );

        public static readonly SdrsOperation Get = new(
            "Drills.Get",
            "5.7.4",
            "GET",
            Item,
            Read,
            null,
            typeof(DrillEnvelope),
            ["Drills.GetAsync"]
        );

        public static readonly SdrsOperation Update = new(
            "Drills.Update",
            "5.7.5",
            "PUT",
            Item,
            IdempotentWrite,
            typeof(UpdateDrillBody),
            typeof(DrillEnvelope),
            ["Drills.UpdateAsync"]
        );
    }

    /// <summary>Protected instance tags (5.8).</summary>
    public static class Tags
    {
        private const string Search = P + "protected-instances/resource_instances/action";
        private const string OfInstance = P + "protected-instances/{protected_instance_id}/tags";

        public static readonly SdrsOperation Count = new(
            "Tags.Count",
            "5.8.1",
            "POST",
            Search,
            Read,
            typeof(TagFilterBody),
            typeof(TagCountEnvelope),
            ["Tags.CountAsync"],
            variant: "with action `count`",
            action: "count"
        );

        public static readonly SdrsOperation Filter = new(
            "Tags.Filter",
            "5.8.1",
            "POST",
            Search,
            Read,
            typeof(TagFilterBody),
            typeof(TaggedProtectedInstancePage),
            ["Tags.FilterAllAsync", "Tags.FilterAsync"],
            variant: "with action `filter`",
            action: "filter"
        );

        public static readonly SdrsOperation BatchCreate = new(
            "Tags.BatchCreate",
            "5.8.2",
            "POST",
            OfInstance + "/action",
            IdempotentWrite,
            typeof(TagBatchBody),
            null,
            ["Tags.AddTagsAsync"],
            variant: "with action `create`",
            action: "create"
        );

        public static readonly SdrsOperation BatchDelete = new(
            "Tags.BatchDelete",
            "5.8.3",
            "POST",
            OfInstance + "/action",
            IdempotentWrite,
            typeof(TagBatchBody),
            null,
            ["Tags.DeleteTagsAsync"],
            variant: "with action `delete`",
            action: "delete"
        );

        public static readonly SdrsOperation Create = new(
            "Tags.Create",
            "5.8.4",
            "POST",
            OfInstance,
            IdempotentWrite,
            typeof(TagEnvelope),
            null,
            ["Tags.AddTagAsync"]
        );

        // "Idempotent" in the reference, but a key that is gone answers 404: a repeat after success is a not-found.
        public static readonly SdrsOperation Delete = new(
            "Tags.Delete",
            "5.8.5",
            "DELETE",
            OfInstance + "/{key}",
            SdrsRepeatClass.Delete,
            null,
            null,
            ["Tags.DeleteTagAsync"]
        );

        public static readonly SdrsOperation List = new(
            "Tags.List",
            "5.8.6",
            "GET",
            OfInstance,
            Read,
            null,
            typeof(ResourceTagListEnvelope),
            ["Tags.ListAsync"]
        );

        public static readonly SdrsOperation ListProject = new(
            "Tags.ListProject",
            "5.8.7",
            "GET",
            P + "protected-instances/tags",
            Read,
            null,
            typeof(ProjectTagListEnvelope),
            ["Tags.ListProjectTagsAsync"]
        );
    }

    /// <summary>Task center (5.9).</summary>
    public static class TaskCenter
    {
        public static readonly SdrsOperation List = new(
            "TaskCenter.List",
            "5.9.1",
            "GET",
            P + "task-center/failure-jobs",
            Read,
            null,
            typeof(FailureJobPage),
            ["TaskCenter.ListAllFailedJobsAsync", "TaskCenter.ListFailedJobsAsync"]
        );

        public static readonly SdrsOperation Delete = new(
            "TaskCenter.Delete",
            "5.9.2",
            "DELETE",
            P + "task-center/failure-jobs/{failure_job_id}",
            SdrsRepeatClass.Delete,
            null,
            null,
            ["TaskCenter.DeleteFailedJobAsync"]
        );

        public static readonly SdrsOperation DeleteAll = new(
            "TaskCenter.DeleteAll",
            "5.9.3",
            "DELETE",
            P + "task-center/failure-jobs/batch",
            IdempotentWrite,
            null,
            null,
            ["TaskCenter.DeleteAllFailedJobsAsync"]
        );

        public static readonly SdrsOperation DeleteAllOfServerGroup = new(
            "TaskCenter.DeleteAllOfServerGroup",
            "5.9.4",
            "DELETE",
            P + "task-center/{server_group_id}/failure-jobs/batch",
            IdempotentWrite,
            null,
            null,
            ["TaskCenter.DeleteFailedJobsOfServerGroupAsync"]
        );
    }

    /// <summary>Tenant quotas (5.10).</summary>
    public static class Quotas
    {
        public static readonly SdrsOperation Get = new(
            "Quotas.Get",
            "5.10.1",
            "GET",
            P + "sdrs/quotas",
            Read,
            null,
            typeof(TenantQuotaEnvelope),
            ["Quotas.GetAsync"]
        );
    }

    /// <summary>RPO statistics: newer than Issue 05 (Huawei Cloud's ListRpoStatistics).</summary>
    public static class RpoStatistics
    {
        public static readonly SdrsOperation List = new(
            "RpoStatistics.List",
            "—",
            "GET",
            P + "resource/rpo-statistics",
            Read,
            null,
            typeof(RpoStatisticListEnvelope),
            ["RpoStatistics.ListAllAsync", "RpoStatistics.ListAsync"]
        );
    }
}
