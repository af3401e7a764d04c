using System.Globalization;
using System.Text.Json;
using SdrsSdk.RecoveryPlans.Runs.Internal;
using SdrsSdk.RecoveryPlans.Serialization;

namespace SdrsSdk.RecoveryPlans;

/// <summary>
/// Runs recovery plans: drills and their clean-up, planned failovers, failovers, re-protection and failback, tier
/// after tier, with readiness checks first, bounded parallelism, hooks, a failure policy, progress, and a state saved
/// after every change so that a crashed or cancelled run resumes without repeating a step.
/// </summary>
/// <remarks>
/// <code>
/// var runner = new RecoveryPlanRunner(client, new RecoveryPlanRunnerOptions
/// {
///     Store = new FileRecoveryRunStore("runs"),
/// });
/// RecoveryRun drill = await runner.RunAsync(plan, RecoveryRunKind.Drill);
/// RecoveryRun cleanUp = await runner.CleanUpDrillAsync(drill);
/// await RecoveryReport.WriteAsync(drill, "reports", cleanUp);
/// </code>
/// </remarks>
public class RecoveryPlanRunner
{
    private readonly GroupActions _actions;
    private readonly RecoveryPlanRunnerOptions _options;
    private readonly IRecoveryRunStore _store;
    private readonly TimeProvider _time;
    private readonly ReadinessChecker _checker;

    /// <summary>Creates a runner that acts through <paramref name="client"/>.</summary>
    /// <param name="client">The SDRS client.</param>
    /// <param name="options">The store, clock, readiness checker, hooks and waits; <see langword="null"/> for the
    /// defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public RecoveryPlanRunner(SdrsClient client, RecoveryPlanRunnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _options = options ?? new RecoveryPlanRunnerOptions();
        if (_options.StatePollInterval <= TimeSpan.Zero || _options.StateFollowTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException(
                $"{nameof(RecoveryPlanRunnerOptions.StatePollInterval)} and "
                    + $"{nameof(RecoveryPlanRunnerOptions.StateFollowTimeout)} must be positive.",
                nameof(options)
            );
        }

        _actions = new GroupActions(client);
        _time = _options.TimeProvider ?? TimeProvider.System;
        _store = _options.Store ?? new FileRecoveryRunStore("recovery-runs");
        _checker = _options.ReadinessChecker ?? new ReadinessChecker(client, _time);
        _options.Hooks ??= new RecoveryPlanHooks();
    }

    /// <summary>Raised on every event of a run: tier and group started and ended, job status changes, run
    /// ended.</summary>
    /// <remarks>Raised on the thread that made the change; groups of a tier run in parallel, so handlers must be
    /// thread-safe.</remarks>
    public event EventHandler<RecoveryProgress>? ProgressChanged;

    /// <summary>Checks the readiness of every group of a plan for a kind of run, without starting anything.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="kind">The kind of run (a clean-up has no readiness check: the result is empty).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>One result per group, in plan order.</returns>
    /// <exception cref="ArgumentException">The plan is invalid.</exception>
    /// <exception cref="SdrsException">Reading a group's state failed.</exception>
    public virtual async Task<IReadOnlyList<RecoveryGroupReadiness>> CheckReadinessAsync(
        RecoveryPlan plan,
        RecoveryRunKind kind,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.Validate();
        if (GroupActions.ReadinessActionOf(kind) is not { } action)
        {
            return [];
        }

        List<RecoveryGroupReadiness> results = [];
        foreach (RecoveryPlanGroup group in plan.Tiers.SelectMany(tier => tier.Groups))
        {
            ReadinessReport report = await _checker
                .CheckAsync(
                    new ReadinessRequest
                    {
                        ServerGroupId = group.ServerGroupId,
                        Action = action,
                        DrillVpcId = kind == RecoveryRunKind.Drill ? group.DrillVpcId : null,
                    },
                    cancellationToken
                )
                .ConfigureAwait(false);
            results.Add(RecoveryGroupReadiness.From(report));
        }

        return results;
    }

    /// <summary>
    /// Runs a plan: checks every group's readiness (and refuses to start on a blocker unless
    /// <paramref name="force"/>), then runs the tiers in order, each tier's groups in parallel.
    /// </summary>
    /// <param name="plan">The plan (copied: later changes do not affect the run).</param>
    /// <param name="kind">What to do; a clean-up is <see cref="CleanUpDrillAsync"/>.</param>
    /// <param name="force">Start even when a readiness check found a blocker.</param>
    /// <param name="progress">Receives every event, as <see cref="ProgressChanged"/> does.</param>
    /// <param name="cancellationToken">Stops the run between steps (no job is cancelled); the state is saved as
    /// <see cref="RecoveryRunStatus.Cancelled"/> and <see cref="ResumeAsync"/> goes on from there.</param>
    /// <returns>The run's final state: succeeded, failed (see each group's error) or refused.</returns>
    /// <exception cref="ArgumentException">The plan is invalid (every broken rule is named), or
    /// <paramref name="kind"/> is <see cref="RecoveryRunKind.CleanUpDrill"/>.</exception>
    /// <exception cref="SdrsException">A readiness check could not read a group's state.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>
    /// Per group, the action calls: a drill <c>POST /v1/{project_id}/disaster-recovery-drills</c> (5.7.1), named
    /// after the run ID; a planned failover and a failback <c>POST …/server-groups/{id}/action</c> with
    /// <c>reverse-server-group</c> (5.4.9, <c>target</c> and <c>source</c>); a failover
    /// <c>failover-server-group</c> (5.4.8); a re-protection <c>start-server-group</c> (5.4.6); then the job is
    /// waited for (5.1.1). A failure of the state store is thrown as it is, and leaves the last saved state to resume.
    /// </remarks>
    public virtual async Task<RecoveryRun> RunAsync(
        RecoveryPlan plan,
        RecoveryRunKind kind,
        bool force = false,
        IProgress<RecoveryProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.Validate();
        if (kind == RecoveryRunKind.CleanUpDrill || !Enum.IsDefined(kind))
        {
            throw new ArgumentException(
                "A clean-up deletes the drills of a drill run: call CleanUpDrillAsync with that run.",
                nameof(kind)
            );
        }

        RecoveryRun run = NewRun(Copy(plan), kind);
        run.Forced = force;
        run.Readiness = [.. await CheckReadinessAsync(run.Plan, kind, cancellationToken).ConfigureAwait(false)];
        foreach (RecoveryGroupReadiness readiness in run.Readiness)
        {
            Raise(
                progress,
                RecoveryProgressKind.ReadinessChecked,
                run,
                readiness.ServerGroupId,
                readiness.Verdict.ToString()
            );
        }

        List<string> blocked =
        [
            .. run
                .Readiness.Where(readiness => readiness.Verdict == ReadinessVerdict.Blocked)
                .Select(readiness => readiness.ServerGroupId),
        ];
        if (blocked.Count > 0 && !force)
        {
            run.Status = RecoveryRunStatus.Refused;
            run.EndedAt = _time.GetUtcNow();
            run.Message =
                $"Not started: readiness blockers on {string.Join(", ", blocked)}; fix them, or run with force.";
            await _store.SaveAsync(run, CancellationToken.None).ConfigureAwait(false);
            Raise(progress, RecoveryProgressKind.RunFinished, run, null, run.Status.ToString());
            return run;
        }

        return await ExecuteAsync(run, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the DR drills a drill run created, tier by tier (groups without a drill are skipped).</summary>
    /// <param name="drill">The drill run's state (as <see cref="RunAsync"/> returned it or the store holds it).</param>
    /// <param name="progress">Receives every event.</param>
    /// <param name="cancellationToken">Stops the run between steps; resume it with <see cref="ResumeAsync"/>.</param>
    /// <returns>The clean-up run's final state.</returns>
    /// <exception cref="ArgumentException"><paramref name="drill"/> is not a drill run.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>Per group, calls <c>DELETE /v1/{project_id}/disaster-recovery-drills/{id}</c> (5.7.2) and waits for
    /// the job.</remarks>
    public virtual async Task<RecoveryRun> CleanUpDrillAsync(
        RecoveryRun drill,
        IProgress<RecoveryProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(drill);
        if (drill.Kind != RecoveryRunKind.Drill)
        {
            throw new ArgumentException($"Run {drill.RunId} is a {drill.Kind} run, not a drill.", nameof(drill));
        }

        RecoveryRun run = NewRun(Copy(drill.Plan), RecoveryRunKind.CleanUpDrill);
        run.DrillRunId = drill.RunId;
        var drills = drill
            .AllGroups()
            .Where(item => item.Group.DrillId is not null)
            .ToDictionary(item => item.Group.ServerGroupId, item => item.Group.DrillId, StringComparer.Ordinal);
        foreach ((RecoveryTierRun _, RecoveryGroupRun group) in run.AllGroups())
        {
            if (drills.TryGetValue(group.ServerGroupId, out string? drillId))
            {
                group.DrillId = drillId;
            }
            else
            {
                group.Status = RecoveryStepStatus.Skipped;
                group.ErrorMessage = "No drill to delete: the drill run created none for this group.";
            }
        }

        return await ExecuteAsync(run, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Resumes a run from its saved state (after a crash or a cancellation): finished steps are kept, running jobs
    /// are waited for by their saved IDs, and an action whose answer was never saved is settled from the resource's
    /// state (sent again only if it did not take effect). Readiness is not checked again.
    /// </summary>
    /// <param name="runId">The run's ID.</param>
    /// <param name="progress">Receives every event.</param>
    /// <param name="cancellationToken">Stops the run between steps.</param>
    /// <returns>The run's final state; a run that had already ended is returned as it is.</returns>
    /// <exception cref="ArgumentException">The store has no run <paramref name="runId"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual async Task<RecoveryRun> ResumeAsync(
        string runId,
        IProgress<RecoveryProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        RecoveryRun run = await _store.LoadAsync(runId, cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"The store holds no run '{runId}'.", nameof(runId));
        if (!run.IsResumable)
        {
            return run;
        }

        return await ExecuteAsync(run, progress, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RecoveryRun> ExecuteAsync(
        RecoveryRun run,
        IProgress<RecoveryProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        using var execution = new RunExecution(run, _actions, _store, _time, _options, report =>
            Raise(progress, report)
        );
        return await execution.ExecuteAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Raise(
        IProgress<RecoveryProgress>? progress,
        RecoveryProgressKind kind,
        RecoveryRun run,
        string? serverGroupId,
        string status
    ) => Raise(progress, new RecoveryProgress(kind, run.RunId, _time.GetUtcNow(), null, serverGroupId, status, null));

    private void Raise(IProgress<RecoveryProgress>? progress, RecoveryProgress report)
    {
        progress?.Report(report);
        ProgressChanged?.Invoke(this, report);
    }

    private RecoveryRun NewRun(RecoveryPlan plan, RecoveryRunKind kind)
    {
        DateTimeOffset now = _time.GetUtcNow();
        string name = kind switch
        {
            RecoveryRunKind.CleanUpDrill => "cleanup",
            RecoveryRunKind.PlannedFailover => "planned-failover",
            _ => kind.ToString().ToLowerInvariant(),
        };
        string runId = string.Create(
            CultureInfo.InvariantCulture,
            $"{name}-{now:yyyyMMdd-HHmmss}-{Random.Shared.Next(0x10000):x4}"
        );
        var run = new RecoveryRun
        {
            RunId = runId,
            Kind = kind,
            Plan = plan,
        };
        for (int index = 0; index < plan.Tiers.Count; index++)
        {
            RecoveryTier tier = plan.Tiers[index];
            run.Tiers.Add(
                new RecoveryTierRun
                {
                    Index = index,
                    Name = tier.Name,
                    Groups =
                    [
                        .. tier.Groups.Select(group => new RecoveryGroupRun
                        {
                            ServerGroupId = group.ServerGroupId,
                            Name = group.Name,
                            DrillVpcId = kind == RecoveryRunKind.Drill ? group.DrillVpcId : null,
                        }),
                    ],
                }
            );
        }

        return run;
    }

    private static RecoveryPlan Copy(RecoveryPlan plan) =>
        JsonSerializer.Deserialize(
            JsonSerializer.Serialize(plan, RecoveryPlansJsonContext.Default.RecoveryPlan),
            RecoveryPlansJsonContext.Default.RecoveryPlan
        )!;
}
