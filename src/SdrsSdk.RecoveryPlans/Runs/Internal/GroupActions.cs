namespace SdrsSdk.RecoveryPlans.Runs.Internal;

/// <summary>
/// The SDRS calls of each kind of run, for one group: the call that starts the action, the handle of a job started
/// earlier, and the reading of the resource that settles an action whose answer was lost.
/// </summary>
internal sealed class GroupActions(SdrsClient client)
{
    /// <summary>The readiness action checked before a run of a kind; <see langword="null"/> for a clean-up.</summary>
    public static RecoveryAction? ReadinessActionOf(RecoveryRunKind kind) =>
        kind switch
        {
            RecoveryRunKind.Drill => RecoveryAction.Drill,
            RecoveryRunKind.PlannedFailover => RecoveryAction.PlannedFailover,
            RecoveryRunKind.Failover => RecoveryAction.Failover,
            RecoveryRunKind.Reprotect => RecoveryAction.Reprotect,
            RecoveryRunKind.Failback => RecoveryAction.Failback,
            _ => null,
        };

    /// <summary>The job type a kind's action starts.</summary>
    public static JobType JobTypeOf(RecoveryRunKind kind) =>
        kind switch
        {
            RecoveryRunKind.Drill => JobType.CreateDisasterRecoveryDrill,
            RecoveryRunKind.CleanUpDrill => JobType.DeleteDisasterRecoveryDrill,
            RecoveryRunKind.Failover => JobType.FailoverProtectionGroup,
            RecoveryRunKind.Reprotect => JobType.ReprotectProtectionGroup,
            _ => JobType.ReverseProtectionGroup,
        };

    /// <summary>Sends the action.</summary>
    public async Task<SdrsJobOperation> StartAsync(
        RecoveryRun run,
        RecoveryGroupRun group,
        CancellationToken cancellationToken
    ) =>
        run.Kind switch
        {
            RecoveryRunKind.Drill => await client
                .Drills.StartCreateAsync(
                    new CreateDisasterRecoveryDrillRequest(group.ServerGroupId, run.RunId)
                    {
                        DrillVpcId = group.DrillVpcId,
                    },
                    cancellationToken
                )
                .ConfigureAwait(false),
            RecoveryRunKind.CleanUpDrill => await client
                .Drills.StartDeleteAsync(group.DrillId!, cancellationToken)
                .ConfigureAwait(false),
            RecoveryRunKind.Failover => await client
                .ServerGroups.StartFailoverAsync(group.ServerGroupId, cancellationToken)
                .ConfigureAwait(false),
            RecoveryRunKind.Reprotect => await client
                .ServerGroups.StartProtectionAsync(group.ServerGroupId, cancellationToken)
                .ConfigureAwait(false),
            _ => await client
                .ServerGroups.StartPlannedFailoverAsync(group.ServerGroupId, StationOf(run.Kind), cancellationToken)
                .ConfigureAwait(false),
        };

    /// <summary>The handle of the job a saved job ID names: nothing is sent again.</summary>
    public SdrsJobOperation Resume(RecoveryRunKind kind, string jobId) =>
        kind == RecoveryRunKind.Drill ? client.Drills.ResumeCreate(jobId) : client.Jobs.Resume(jobId, JobTypeOf(kind));

    /// <summary>Waits for the action's job; for a drill, returns the new drill's ID.</summary>
    public static async Task<string?> WaitAsync(
        SdrsJobOperation operation,
        JobPollingOptions? polling,
        IProgress<JobProgress> progress,
        CancellationToken cancellationToken
    )
    {
        if (operation is SdrsJobOperation<DisasterRecoveryDrill> creation)
        {
            DisasterRecoveryDrill drill = await creation
                .WaitForResourceAsync(polling, progress, cancellationToken)
                .ConfigureAwait(false);
            return drill.Id;
        }

        await operation.WaitForCompletionAsync(polling, progress, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Reads the resource an action with no job ID acts on, and tells from its status whether the action took
    /// effect: the statuses of Appendix A.2 (groups) and A.5 (drills) and the preconditions of 5.4.6 to 5.4.9 and
    /// 5.7.1 to 5.7.2.
    /// </summary>
    public async Task<ActionState> ReadStateAsync(
        RecoveryRun run,
        RecoveryGroupRun group,
        CancellationToken cancellationToken
    )
    {
        switch (run.Kind)
        {
            case RecoveryRunKind.Drill:
                return await ReadDrillCreationAsync(run.RunId, group.ServerGroupId, cancellationToken)
                    .ConfigureAwait(false);
            case RecoveryRunKind.CleanUpDrill:
                return await ReadDrillDeletionAsync(group.DrillId!, cancellationToken).ConfigureAwait(false);
            default:
                ServerGroup read = await client
                    .ServerGroups.GetAsync(group.ServerGroupId, cancellationToken)
                    .ConfigureAwait(false);
                return Classify(run.Kind, read);
        }
    }

    /// <summary>Where a group's status puts a group action.</summary>
    internal static ActionState Classify(RecoveryRunKind kind, ServerGroup group)
    {
        ServerGroupStatus status = group.Status;
        string evidence = $"protection group {group.Id} is {status} (priority_station {group.PriorityStation})";
        ActionOutcome outcome = kind switch
        {
            RecoveryRunKind.Failover => status == ServerGroupStatus.FailingOver ? ActionOutcome.Running
            : status == ServerGroupStatus.FailedOver ? ActionOutcome.Done
            : status == ServerGroupStatus.ErrorFailingOver ? ActionOutcome.Failed
            : ActionOutcome.NotApplied,
            RecoveryRunKind.Reprotect => status == ServerGroupStatus.Reprotecting ? ActionOutcome.Running
            : status == ServerGroupStatus.Protected ? ActionOutcome.Done
            : status == ServerGroupStatus.ErrorReprotecting ? ActionOutcome.Failed
            : ActionOutcome.NotApplied,
            _ => status == ServerGroupStatus.Reversing ? ActionOutcome.Running
            : status == ServerGroupStatus.Protected && group.PriorityStation == StationOf(kind) ? ActionOutcome.Done
            : status == ServerGroupStatus.ErrorReversing ? ActionOutcome.Failed
            : ActionOutcome.NotApplied,
        };
        return new ActionState(outcome, evidence);
    }

    private async Task<ActionState> ReadDrillCreationAsync(
        string name,
        string serverGroupId,
        CancellationToken cancellationToken
    )
    {
        var query = new DisasterRecoveryDrillQuery { ServerGroupId = serverGroupId, Name = name };
        await foreach (
            DisasterRecoveryDrill drill in client.Drills.ListAllAsync(query, cancellationToken).ConfigureAwait(false)
        )
        {
            if (drill.Name == name && drill.ServerGroupId == serverGroupId)
            {
                string evidence = $"DR drill {drill.Id} named '{name}' is {drill.Status}";
                ActionOutcome outcome =
                    drill.Status == DisasterRecoveryDrillStatus.Creating ? ActionOutcome.Running
                    : drill.Status == DisasterRecoveryDrillStatus.Error ? ActionOutcome.Failed
                    : ActionOutcome.Done;
                return new ActionState(outcome, evidence, drill.Id);
            }
        }

        return new ActionState(
            ActionOutcome.NotApplied,
            $"no DR drill named '{name}' in protection group {serverGroupId}"
        );
    }

    private async Task<ActionState> ReadDrillDeletionAsync(string drillId, CancellationToken cancellationToken)
    {
        DisasterRecoveryDrill drill;
        try
        {
            drill = await client.Drills.GetAsync(drillId, cancellationToken).ConfigureAwait(false);
        }
        catch (SdrsException exception) when (exception.IsNotFound)
        {
            return new ActionState(ActionOutcome.Done, $"DR drill {drillId} is gone", drillId);
        }

        string evidence = $"DR drill {drillId} is {drill.Status}";
        ActionOutcome outcome =
            drill.Status == DisasterRecoveryDrillStatus.Deleting ? ActionOutcome.Running
            : drill.Status == DisasterRecoveryDrillStatus.ErrorDeleting ? ActionOutcome.Failed
            : ActionOutcome.NotApplied;
        return new ActionState(outcome, evidence, drillId);
    }

    private static PriorityStation StationOf(RecoveryRunKind kind) =>
        kind == RecoveryRunKind.Failback ? PriorityStation.Source : PriorityStation.Target;
}
