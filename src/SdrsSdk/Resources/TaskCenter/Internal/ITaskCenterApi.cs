using Refit;

namespace SdrsSdk.Resources.TaskCenter.Internal;

/// <summary>The task center API (reference 5.9).</summary>
internal interface ITaskCenterApi
{
    /// <summary>GET /v1/{project_id}/task-center/failure-jobs (5.9.1).</summary>
    [Get("task-center/failure-jobs")]
    Task<FailureJobPage> ListAsync(
        [AliasAs("server_group_id")] string? serverGroupId,
        [AliasAs("resource_name")] string? resourceName,
        [AliasAs("failure_status")] string? failureStatus,
        [AliasAs("resource_type")] string? resourceType,
        [AliasAs("limit")] int? limit,
        [AliasAs("offset")] int? offset,
        CancellationToken cancellationToken
    );

    /// <summary>DELETE /v1/{project_id}/task-center/failure-jobs/{failure_job_id} (5.9.2).</summary>
    [Delete("task-center/failure-jobs/{failureJobId}")]
    Task DeleteAsync(string failureJobId, CancellationToken cancellationToken);

    /// <summary>DELETE /v1/{project_id}/task-center/failure-jobs/batch (5.9.3).</summary>
    [Delete("task-center/failure-jobs/batch")]
    Task DeleteAllAsync(CancellationToken cancellationToken);

    /// <summary>DELETE /v1/{project_id}/task-center/{server_group_id}/failure-jobs/batch (5.9.4).</summary>
    [Delete("task-center/{serverGroupId}/failure-jobs/batch")]
    Task DeleteAllOfServerGroupAsync(string serverGroupId, CancellationToken cancellationToken);
}
