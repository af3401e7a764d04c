using System.Runtime.ExceptionServices;

namespace SdrsSdk.RecoveryPlans.Runs.Internal;

/// <summary>
/// Executes one run, tier after tier, saving the state after every change. A step that has ended is never run again;
/// a step whose job ID is saved is waited for; a step saved as <see cref="RecoveryStepStatus.Starting"/> (or resolved
/// by lookup) without a job ID is settled from the resource's state: not applied, it is sent again; running, it is
/// followed; done or failed, it is recorded.
/// </summary>
internal sealed class RunExecution : IDisposable
{
    private readonly RecoveryRun _run;
    private readonly GroupActions _actions;
    private readonly IRecoveryRunStore _store;
    private readonly TimeProvider _time;
    private readonly RecoveryPlanRunnerOptions _options;
    private readonly Action<RecoveryProgress> _report;
    private readonly SemaphoreSlim _saveGate = new(1, 1);
    private volatile bool _stop;

    public RunExecution(
        RecoveryRun run,
        GroupActions actions,
        IRecoveryRunStore store,
        TimeProvider time,
        RecoveryPlanRunnerOptions options,
        Action<RecoveryProgress> report
    )
    {
        _run = run;
        _actions = actions;
        _store = store;
        _time = time;
        _options = options;
        _report = report;
    }

    private PlanFailurePolicy Policy => _run.Plan.FailurePolicy;

    /// <inheritdoc/>
    public void Dispose() => _saveGate.Dispose();

    /// <summary>Runs (or resumes) the run to its end; on the caller's cancellation, saves it as cancelled and
    /// throws.</summary>
    public async Task<RecoveryRun> ExecuteAsync(CancellationToken cancellationToken)
    {
        _stop = Policy switch
        {
            PlanFailurePolicy.Continue => false,
            PlanFailurePolicy.StopPlan => _run.Tiers.Any(tier => tier.Status == RecoveryStepStatus.Failed)
                || _run.AllGroups().Any(item => item.Group.Status == RecoveryStepStatus.Failed),
            _ => _run.Tiers.Any(tier => tier.Status == RecoveryStepStatus.Failed),
        };
        await UpdateAsync(() =>
            {
                _run.Status = RecoveryRunStatus.Running;
                _run.StartedAt ??= Now;
            })
            .ConfigureAwait(false);
        Report(RecoveryProgressKind.RunStarted, null, null, _run.Status.ToString());

        try
        {
            foreach (RecoveryTierRun tier in _run.Tiers)
            {
                if (IsEnded(tier.Status))
                {
                    continue;
                }

                // A tier already under way (a resume) goes on: its running groups are waited for, and the policy
                // skips only the groups not started.
                if (_stop && tier.Status == RecoveryStepStatus.Pending)
                {
                    await SkipTierAsync(tier).ConfigureAwait(false);
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                await RunTierAsync(tier, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await UpdateAsync(() => _run.Status = RecoveryRunStatus.Cancelled).ConfigureAwait(false);
            Report(RecoveryProgressKind.RunFinished, null, null, _run.Status.ToString());
            throw;
        }

        bool failed =
            _run.Tiers.Any(tier => tier.Status != RecoveryStepStatus.Succeeded)
            || _run.AllGroups().Any(item => item.Group.Status == RecoveryStepStatus.Failed);
        await UpdateAsync(() =>
            {
                _run.Status = failed ? RecoveryRunStatus.Failed : RecoveryRunStatus.Succeeded;
                _run.EndedAt = Now;
                _run.Message = failed ? FailureSummary() : null;
            })
            .ConfigureAwait(false);
        Report(RecoveryProgressKind.RunFinished, null, null, _run.Status.ToString());
        return _run;
    }

    /// <summary>Saves the state after a change; changes and saves are serialized, so every save is a consistent
    /// snapshot and the last save is the last state.</summary>
    public async Task UpdateAsync(Action change)
    {
        await _saveGate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            change();
            await _store.SaveAsync(_run, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _saveGate.Release();
        }
    }

    private DateTimeOffset Now => _time.GetUtcNow();

    private static bool IsEnded(RecoveryStepStatus status) =>
        status is RecoveryStepStatus.Succeeded or RecoveryStepStatus.Failed or RecoveryStepStatus.Skipped;

    private async Task RunTierAsync(RecoveryTierRun tier, CancellationToken cancellationToken)
    {
        if (tier.Status == RecoveryStepStatus.Pending)
        {
            await UpdateAsync(() =>
                {
                    tier.Status = RecoveryStepStatus.Running;
                    tier.StartedAt = Now;
                })
                .ConfigureAwait(false);
        }

        Report(RecoveryProgressKind.TierStarted, tier, null, tier.Status.ToString());
        bool before = await RunHookAsync(RecoveryHookStage.BeforeTier, tier, null, cancellationToken)
            .ConfigureAwait(false);
        if (!before && Policy != PlanFailurePolicy.Continue)
        {
            foreach (RecoveryGroupRun group in tier.Groups.Where(group => !IsEnded(group.Status)))
            {
                await SkipGroupAsync(tier, group).ConfigureAwait(false);
            }
        }
        else
        {
            await RunGroupsAsync(tier, cancellationToken).ConfigureAwait(false);
        }

        bool groups = tier.Groups.All(group => group.Status == RecoveryStepStatus.Succeeded);
        bool after = false;
        if (groups && before)
        {
            after = await RunHookAsync(RecoveryHookStage.AfterTier, tier, null, cancellationToken)
                .ConfigureAwait(false);
        }
        else if (tier.AfterHook == RecoveryStepStatus.Pending)
        {
            tier.AfterHook = RecoveryStepStatus.Skipped;
        }

        bool succeeded = before && groups && after;
        await UpdateAsync(() =>
            {
                tier.Status = succeeded ? RecoveryStepStatus.Succeeded : RecoveryStepStatus.Failed;
                tier.EndedAt = Now;
            })
            .ConfigureAwait(false);
        if (!succeeded && Policy != PlanFailurePolicy.Continue)
        {
            _stop = true;
        }

        Report(RecoveryProgressKind.TierFinished, tier, null, tier.Status.ToString());
    }

    /// <summary>Runs a tier's groups, at most the tier's degree of parallelism at once. A group that throws (a store
    /// that fails, a bug) stops the others, and its exception, rather than their cancellation, is thrown.</summary>
    private async Task RunGroupsAsync(RecoveryTierRun tier, CancellationToken cancellationToken)
    {
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(_run.Plan.ParallelismOf(_run.Plan.Tiers[tier.Index]));
        List<Task> tasks = [];
        foreach (RecoveryGroupRun group in tier.Groups)
        {
            tasks.Add(RunGroupInSlotAsync(tier, group, slots, abort, abort.Token));
        }

        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            Exception? first = tasks
                .Select(task => task.Exception?.InnerException)
                .FirstOrDefault(exception => exception is not null and not OperationCanceledException);
            if (first is not null)
            {
                ExceptionDispatchInfo.Throw(first);
            }

            throw;
        }
    }

    private async Task RunGroupInSlotAsync(
        RecoveryTierRun tier,
        RecoveryGroupRun group,
        SemaphoreSlim slots,
        CancellationTokenSource abort,
        CancellationToken cancellationToken
    )
    {
        if (IsEnded(group.Status))
        {
            return;
        }

        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_stop && Policy == PlanFailurePolicy.StopPlan && group.Status == RecoveryStepStatus.Pending)
            {
                await SkipGroupAsync(tier, group).ConfigureAwait(false);
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            await RunGroupAsync(tier, group, cancellationToken).ConfigureAwait(false);
            if (group.Status == RecoveryStepStatus.Failed && Policy == PlanFailurePolicy.StopPlan)
            {
                _stop = true;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await abort.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task RunGroupAsync(RecoveryTierRun tier, RecoveryGroupRun group, CancellationToken cancellationToken)
    {
        if (group.Status == RecoveryStepStatus.Pending)
        {
            await UpdateAsync(() =>
                {
                    group.Status = RecoveryStepStatus.Running;
                    group.StartedAt = Now;
                })
                .ConfigureAwait(false);
        }

        Report(RecoveryProgressKind.GroupStarted, tier, group, group.Status.ToString());
        bool succeeded =
            await RunHookAsync(RecoveryHookStage.BeforeGroup, tier, group, cancellationToken).ConfigureAwait(false)
            && await RunActionAsync(tier, group, cancellationToken).ConfigureAwait(false)
            && await RunHookAsync(RecoveryHookStage.AfterGroup, tier, group, cancellationToken).ConfigureAwait(false);
        await UpdateAsync(() =>
            {
                group.Status = succeeded ? RecoveryStepStatus.Succeeded : RecoveryStepStatus.Failed;
                group.EndedAt = Now;
                if (!succeeded && group.Action == RecoveryStepStatus.Pending)
                {
                    group.Action = RecoveryStepStatus.Skipped;
                }

                if (!succeeded && group.AfterHook == RecoveryStepStatus.Pending)
                {
                    group.AfterHook = RecoveryStepStatus.Skipped;
                }
            })
            .ConfigureAwait(false);
        Report(RecoveryProgressKind.GroupFinished, tier, group, group.Status.ToString());
    }

    /// <summary>The action: sent, resumed from its job ID, or settled from the resource's state.</summary>
    private async Task<bool> RunActionAsync(
        RecoveryTierRun tier,
        RecoveryGroupRun group,
        CancellationToken cancellationToken
    )
    {
        SdrsJobOperation? operation = group.Action switch
        {
            RecoveryStepStatus.Pending => await SendAsync(group, cancellationToken).ConfigureAwait(false),
            RecoveryStepStatus.Running when group.JobId is not null => _actions.Resume(_run.Kind, group.JobId),
            _ => null,
        };
        if (operation is null && group.Action is RecoveryStepStatus.Starting or RecoveryStepStatus.Running)
        {
            operation = await SettleAsync(group, cancellationToken).ConfigureAwait(false);
        }

        if (operation is not null)
        {
            await WaitAsync(tier, group, operation, cancellationToken).ConfigureAwait(false);
        }

        return group.Action == RecoveryStepStatus.Succeeded;
    }

    /// <summary>
    /// Sends the action, with <see cref="RecoveryStepStatus.Starting"/> saved first, so that a crash before the
    /// answer is saved leaves a step a resume settles from the resource's state. Returns the handle, or
    /// <see langword="null"/> when the service refused the action (recorded as failed) or its outcome is unknown (left
    /// <see cref="RecoveryStepStatus.Starting"/>).
    /// </summary>
    private async Task<SdrsJobOperation?> SendAsync(RecoveryGroupRun group, CancellationToken cancellationToken)
    {
        await UpdateAsync(() =>
            {
                group.Action = RecoveryStepStatus.Starting;
                group.RequestedAt ??= Now;
                group.Sends++;
            })
            .ConfigureAwait(false);
        SdrsJobOperation operation;
        try
        {
            operation = await _actions.StartAsync(_run, group, cancellationToken).ConfigureAwait(false);
        }
        catch (SdrsException exception) when (exception.MayHaveBeenApplied || exception is SdrsOutcomeUnknownException)
        {
            await UpdateAsync(() => group.Resolution = "outcome unknown after sending: " + exception.Message)
                .ConfigureAwait(false);
            return null;
        }
        catch (SdrsException exception)
        {
            await UpdateAsync(() => RecordFailure(group, exception)).ConfigureAwait(false);
            return null;
        }

        await UpdateAsync(() =>
            {
                group.Action = RecoveryStepStatus.Running;
                group.JobId = operation.Id;
                group.JobType = operation.ExpectedJobType.ToString();
                if (operation.IsResolvedByLookup)
                {
                    group.Resolution = "answer lost, resolved by the SDK: " + operation.ResolutionEvidence;
                }
            })
            .ConfigureAwait(false);
        return operation;
    }

    /// <summary>
    /// Settles an action without a job ID from the resource's state: done or failed, recorded; running, followed
    /// until it ends; not applied, sent again (the handle is returned to be waited for).
    /// </summary>
    private async Task<SdrsJobOperation?> SettleAsync(RecoveryGroupRun group, CancellationToken cancellationToken)
    {
        DateTimeOffset deadline = Now + _options.StateFollowTimeout;
        while (true)
        {
            ActionState state = await _actions.ReadStateAsync(_run, group, cancellationToken).ConfigureAwait(false);
            switch (state.Outcome)
            {
                case ActionOutcome.Done:
                    await UpdateAsync(() =>
                        {
                            group.Action = RecoveryStepStatus.Succeeded;
                            group.CompletedAt = Now;
                            group.DrillId = state.DrillId ?? group.DrillId;
                            group.Resolution = "settled from state: " + state.Evidence;
                        })
                        .ConfigureAwait(false);
                    return null;
                case ActionOutcome.Failed:
                    await UpdateAsync(() =>
                        {
                            group.Action = RecoveryStepStatus.Failed;
                            group.DrillId = state.DrillId ?? group.DrillId;
                            group.ErrorMessage = "The action failed: " + state.Evidence + ".";
                            group.Resolution = "settled from state: " + state.Evidence;
                        })
                        .ConfigureAwait(false);
                    return null;
                case ActionOutcome.NotApplied:
                    await UpdateAsync(() =>
                        {
                            group.Action = RecoveryStepStatus.Pending;
                            group.Resolution = "not applied, sent again: " + state.Evidence;
                        })
                        .ConfigureAwait(false);
                    SdrsJobOperation? operation = await SendAsync(group, cancellationToken).ConfigureAwait(false);
                    if (operation is not null || group.Action == RecoveryStepStatus.Failed)
                    {
                        return operation;
                    }

                    break;
                default:
                    await UpdateAsync(() =>
                        {
                            group.Action = RecoveryStepStatus.Running;
                            group.DrillId = state.DrillId ?? group.DrillId;
                            group.Resolution = "followed from state: " + state.Evidence;
                        })
                        .ConfigureAwait(false);
                    break;
            }

            if (Now >= deadline)
            {
                await UpdateAsync(() =>
                    {
                        group.Action = RecoveryStepStatus.Failed;
                        group.ErrorMessage =
                            $"The action did not end within {_options.StateFollowTimeout}: {state.Evidence}.";
                    })
                    .ConfigureAwait(false);
                return null;
            }

            await Task.Delay(_options.StatePollInterval, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WaitAsync(
        RecoveryTierRun tier,
        RecoveryGroupRun group,
        SdrsJobOperation operation,
        CancellationToken cancellationToken
    )
    {
        var progress = new JobStatusReporter(this, tier, group);
        try
        {
            string? drillId = await GroupActions
                .WaitAsync(operation, _options.JobPolling, progress, cancellationToken)
                .ConfigureAwait(false);
            await UpdateAsync(() =>
                {
                    group.Action = RecoveryStepStatus.Succeeded;
                    group.JobStatus = JobStatus.Success.ToString();
                    group.CompletedAt = Now;
                    group.DrillId = drillId ?? group.DrillId;
                })
                .ConfigureAwait(false);
        }
        catch (SdrsException exception)
        {
            await UpdateAsync(() => RecordFailure(group, exception)).ConfigureAwait(false);
        }
    }

    private static void RecordFailure(RecoveryGroupRun group, SdrsException exception)
    {
        group.Action = RecoveryStepStatus.Failed;
        group.ErrorCode = exception.ErrorCode;
        group.ErrorMessage = exception.Message;
        group.HandlingMeasure = exception.ErrorInfo?.HandlingMeasure;
        if (exception is SdrsJobFailedException failed)
        {
            group.JobStatus = failed.Job.Status.ToString();
        }
    }

    /// <summary>Runs a hook once: one that succeeded is not run again on resume; one interrupted is.</summary>
    private async Task<bool> RunHookAsync(
        RecoveryHookStage stage,
        RecoveryTierRun tier,
        RecoveryGroupRun? group,
        CancellationToken cancellationToken
    )
    {
        bool forGroup = stage is RecoveryHookStage.BeforeGroup or RecoveryHookStage.AfterGroup;
        RecoveryStepStatus status = (forGroup, stage) switch
        {
            (true, RecoveryHookStage.BeforeGroup) => group!.BeforeHook,
            (true, _) => group!.AfterHook,
            (false, RecoveryHookStage.BeforeTier) => tier.BeforeHook,
            _ => tier.AfterHook,
        };
        if (status == RecoveryStepStatus.Succeeded)
        {
            return true;
        }

        if (status == RecoveryStepStatus.Failed)
        {
            return false;
        }

        Func<RecoveryHookContext, CancellationToken, Task>? hook = _options.Hooks.For(stage);
        if (hook is null)
        {
            await UpdateAsync(() => SetHook(stage, tier, group, RecoveryStepStatus.Succeeded)).ConfigureAwait(false);
            return true;
        }

        await UpdateAsync(() => SetHook(stage, tier, group, RecoveryStepStatus.Running)).ConfigureAwait(false);
        try
        {
            await hook(
                    new RecoveryHookContext(_run.RunId, _run.Kind, stage, tier.Index, tier.Name, group),
                    cancellationToken
                )
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A hook is the caller's code: whatever it throws fails its step, as the policy says.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await UpdateAsync(() =>
                {
                    SetHook(stage, tier, group, RecoveryStepStatus.Failed);
                    string message = $"The {stage} hook failed: {exception.Message}";
                    if (group is null)
                    {
                        tier.ErrorMessage = message;
                    }
                    else
                    {
                        group.ErrorMessage = message;
                    }
                })
                .ConfigureAwait(false);
            return false;
        }

        await UpdateAsync(() => SetHook(stage, tier, group, RecoveryStepStatus.Succeeded)).ConfigureAwait(false);
        return true;
    }

    private static void SetHook(
        RecoveryHookStage stage,
        RecoveryTierRun tier,
        RecoveryGroupRun? group,
        RecoveryStepStatus status
    )
    {
        switch (stage)
        {
            case RecoveryHookStage.BeforeTier:
                tier.BeforeHook = status;
                break;
            case RecoveryHookStage.AfterTier:
                tier.AfterHook = status;
                break;
            case RecoveryHookStage.BeforeGroup:
                group!.BeforeHook = status;
                break;
            default:
                group!.AfterHook = status;
                break;
        }
    }

    private async Task SkipTierAsync(RecoveryTierRun tier)
    {
        foreach (RecoveryGroupRun group in tier.Groups.Where(group => !IsEnded(group.Status)))
        {
            await SkipGroupAsync(tier, group).ConfigureAwait(false);
        }

        await UpdateAsync(() => tier.Status = RecoveryStepStatus.Skipped).ConfigureAwait(false);
        Report(RecoveryProgressKind.TierFinished, tier, null, tier.Status.ToString());
    }

    private async Task SkipGroupAsync(RecoveryTierRun tier, RecoveryGroupRun group)
    {
        await UpdateAsync(() => group.Status = RecoveryStepStatus.Skipped).ConfigureAwait(false);
        Report(RecoveryProgressKind.GroupFinished, tier, group, group.Status.ToString());
    }

    private string FailureSummary()
    {
        List<string> failed =
        [
            .. _run
                .Tiers.Where(tier => tier.ErrorMessage is not null)
                .Select(tier => $"tier {tier.Name}: {tier.ErrorMessage}"),
            .. _run.AllGroups()
                .Where(item => item.Group.Status == RecoveryStepStatus.Failed)
                .Select(item => $"{item.Group.Name ?? item.Group.ServerGroupId}: {item.Group.ErrorMessage}"),
        ];
        return failed.Count == 0 ? "The plan stopped." : string.Join(" ", failed);
    }

    private void Report(
        RecoveryProgressKind kind,
        RecoveryTierRun? tier,
        RecoveryGroupRun? group,
        string? status,
        JobProgress? job = null
    ) => _report(new RecoveryProgress(kind, _run.RunId, Now, tier?.Name, group?.ServerGroupId, status, job));

    /// <summary>Reports a group's job status changes as <see cref="RecoveryProgressKind.JobStatusChanged"/>.</summary>
    private sealed class JobStatusReporter(RunExecution execution, RecoveryTierRun tier, RecoveryGroupRun group)
        : IProgress<JobProgress>
    {
        public void Report(JobProgress value)
        {
            group.JobStatus = value.Status.ToString();
            execution.Report(RecoveryProgressKind.JobStatusChanged, tier, group, value.Status.ToString(), value);
        }
    }
}
