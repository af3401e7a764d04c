using SdrsSdk.Operations.Internal;
using SdrsSdk.Resolution.Internal;

namespace SdrsSdk.Jobs.Internal;

/// <summary>
/// What an operation handle holds when its write's answer was lost and the outcome resolver found the write applied:
/// the job ID is gone (SDRS lists no jobs), so the handle follows the resource's status instead, reported as a job of
/// the operation's type (<see cref="AsJob"/>) so that the handle's API stays the same.
/// </summary>
/// <param name="Operation">The write.</param>
/// <param name="Effect">The effect the resolver found, and how to read it again.</param>
/// <param name="Evidence">What the resolver looked up and found.</param>
/// <param name="EntityKey">The job entity that names a created resource; <see langword="null"/> for other
/// writes.</param>
internal sealed record ResolvedHandle(
    SdrsOperation Operation,
    SdrsResolvedEffect Effect,
    string Evidence,
    string? EntityKey
)
{
    /// <summary>The job a resolved handle reports before its first read: the state the resolver read.</summary>
    public SdrsJob InitialJob => AsJob(Effect.State);

    public static ResolvedHandle From(SdrsOperation operation, SdrsOutcome outcome, string? entityKey) =>
        new(
            operation,
            outcome.Effect
                ?? throw new InvalidOperationException($"{operation.Id}: an applied outcome without its effect."),
            outcome.Evidence,
            entityKey
        );

    /// <summary>
    /// One read of the effect as a job: RUNNING while the resource is in a transitional status, SUCCESS in the status
    /// the write leads to (or gone, for a delete), FAIL in an error status, with the status in
    /// <see cref="SdrsJob.FailReason"/>; the job ID is empty, and the created resource's ID is in the entities.
    /// </summary>
    public SdrsJob AsJob(SdrsEffectState state)
    {
        var job = new SdrsJob
        {
            JobType = Operation.StartedJobType,
            Status = state.Stage switch
            {
                SdrsEffectStage.Succeeded => JobStatus.Success,
                SdrsEffectStage.Failed => JobStatus.Fail,
                _ => JobStatus.Running,
            },
        };
        if (state.Stage == SdrsEffectStage.Failed)
        {
            job.FailReason =
                $"The answer to {Operation.Id} was lost; the SDK found the write applied, and the resource is now in "
                + $"status '{state.Status}'.";
        }

        if (EntityKey is not null && Effect.ResourceId is { } id)
        {
            job.Entities = EntityKey switch
            {
                "server_group_id" => new SdrsJobEntities { ServerGroupId = id },
                "protected_instance_id" => new SdrsJobEntities { ProtectedInstanceId = id },
                "replication_pair_id" => new SdrsJobEntities { ReplicationPairId = id },
                "disaster_recovery_drill_id" => new SdrsJobEntities { DisasterRecoveryDrillId = id },
                _ => null,
            };
        }

        return job;
    }
}
