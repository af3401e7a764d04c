using SdrsSdk;
using SdrsSdk.RecoveryPlans;

namespace RecoveryPlanSample;

/// <summary>
/// The recovery-plan walk-through: readiness report, then a drill and its clean-up, a planned failover and the
/// failback, an (unplanned) failover, re-protection and the failback, each with progress on the log and its reports
/// (JSON, Markdown, SVG timeline) written to the output folder.
/// </summary>
public sealed class RecoveryPlanWorkflow(
    SdrsClient client,
    TextWriter log,
    string outputDirectory,
    ReadinessChecker? readinessChecker = null
)
{
    /// <summary>The runs of the full walk-through, in order.</summary>
    public static readonly IReadOnlyList<RecoveryRunKind> FullCycle =
    [
        RecoveryRunKind.Drill,
        RecoveryRunKind.PlannedFailover,
        RecoveryRunKind.Failback,
        RecoveryRunKind.Failover,
        RecoveryRunKind.Reprotect,
        RecoveryRunKind.Failback,
    ];

    /// <summary>Runs the kinds in order (a drill is followed by its clean-up); stops at the first run that does not
    /// succeed.</summary>
    /// <returns>Every run, clean-ups included, in order.</returns>
    public async Task<IReadOnlyList<RecoveryRun>> RunAsync(
        RecoveryPlan plan,
        IReadOnlyList<RecoveryRunKind> kinds,
        CancellationToken cancellationToken = default
    )
    {
        var runner = new RecoveryPlanRunner(
            client,
            new RecoveryPlanRunnerOptions
            {
                Store = new FileRecoveryRunStore(Path.Combine(outputDirectory, "state")),
                ReadinessChecker = readinessChecker,
                Hooks = Hooks(),
            }
        );
        var progress = new LogProgress(log);

        log.WriteLine($"Plan '{plan.Name}': {plan.Tiers.Count} tiers, policy {plan.FailurePolicy}");
        foreach (RecoveryTier tier in plan.Tiers)
        {
            log.WriteLine($"  {tier.Name}: {string.Join(", ", tier.Groups.Select(group => group.Name))}");
        }

        log.WriteLine();
        log.WriteLine("== Readiness (drill) ==");
        foreach (
            RecoveryGroupReadiness readiness in await runner.CheckReadinessAsync(
                plan,
                RecoveryRunKind.Drill,
                cancellationToken
            )
        )
        {
            log.WriteLine($"  {readiness.ServerGroupId}: {readiness.Verdict}");
            foreach (ReadinessFinding finding in readiness.Findings)
            {
                log.WriteLine($"    {finding.Severity} {finding.ErrorCode ?? finding.Check}: {finding.Message}");
            }
        }

        List<RecoveryRun> runs = [];
        foreach (RecoveryRunKind kind in kinds)
        {
            log.WriteLine();
            log.WriteLine($"== {kind} ==");
            RecoveryRun run = await runner.RunAsync(
                plan,
                kind,
                progress: progress,
                cancellationToken: cancellationToken
            );
            runs.Add(run);
            RecoveryRun? cleanUp = null;
            if (
                kind == RecoveryRunKind.Drill
                && run.Tiers.SelectMany(tier => tier.Groups).Any(group => group.DrillId is not null)
            )
            {
                log.WriteLine();
                log.WriteLine("== CleanUpDrill ==");
                cleanUp = await runner.CleanUpDrillAsync(run, progress, cancellationToken);
                runs.Add(cleanUp);
                await WriteReportsAsync(cleanUp, null, cancellationToken);
            }

            await WriteReportsAsync(run, cleanUp, cancellationToken);
            if (run.Status != RecoveryRunStatus.Succeeded || cleanUp?.Status is RecoveryRunStatus.Failed)
            {
                log.WriteLine($"Stopping: {run.Kind} ended {run.Status}. {run.Message}");
                break;
            }
        }

        return runs;
    }

    private async Task WriteReportsAsync(RecoveryRun run, RecoveryRun? cleanUp, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> files = await RecoveryReport.WriteAsync(run, outputDirectory, cleanUp, cancellationToken);
        log.WriteLine(
            $"{run.Kind} {run.RunId}: {run.Status}; reports: {string.Join(", ", files.Select(Path.GetFileName))}"
        );
    }

    /// <summary>The demo's hooks: where a real plan switches DNS, runs smoke tests or waits for a
    /// confirmation.</summary>
    private RecoveryPlanHooks Hooks() =>
        new()
        {
            BeforeTier = (context, _) =>
            {
                log.WriteLine($"  [hook] before {context.TierName}: confirmation (auto-confirmed in the demo)");
                return Task.CompletedTask;
            },
            AfterTier = (context, _) =>
            {
                log.WriteLine($"  [hook] after {context.TierName}: switch DNS / smoke test the tier");
                return Task.CompletedTask;
            },
        };

    /// <summary>Writes the run's events to the log as they happen.</summary>
    private sealed class LogProgress(TextWriter log) : IProgress<RecoveryProgress>
    {
        public void Report(RecoveryProgress value)
        {
            string? line = value.Kind switch
            {
                RecoveryProgressKind.TierStarted => $"  tier {value.TierName} started",
                RecoveryProgressKind.TierFinished => $"  tier {value.TierName}: {value.Status}",
                RecoveryProgressKind.GroupFinished => $"    {value.ServerGroupId}: {value.Status}",
                RecoveryProgressKind.JobStatusChanged =>
                    $"    {value.ServerGroupId}: job {value.Job!.JobId} {value.Status}",
                RecoveryProgressKind.RunFinished => $"  run {value.RunId}: {value.Status}",
                _ => null,
            };
            if (line is not null)
            {
                lock (log)
                {
                    log.WriteLine(line);
                }
            }
        }
    }
}
