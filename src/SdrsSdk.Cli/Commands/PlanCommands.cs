using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SdrsSdk.Cli.Hosting;
using SdrsSdk.Cli.Output;
using SdrsSdk.RecoveryPlans;
using Spectre.Console;

namespace SdrsSdk.Cli.Commands;

/// <summary>
/// <c>sdrs plan</c>: recovery plans (SdrsSdk.RecoveryPlans): readiness of a plan's groups, runs tier after tier with
/// progress and a state file saved after every change, resume from that file, and the run's reports.
/// </summary>
internal sealed class PlanCommands : ICommandGroup
{
    /// <summary>The plan argument's value that stands for the plan <c>sdrs plan example</c> prints.</summary>
    public const string ExamplePlan = "example";

    private const string ResumeHint = "sdrs plan resume --state";

    /// <summary>Test seam: when set (per async flow), a run is cancelled as Ctrl+C would cancel it as soon as this
    /// returns true for a progress event.</summary>
    internal static readonly AsyncLocal<Func<RecoveryProgress, bool>?> InterruptWhen = new();

    private static readonly string[] CheckColumns = ["tier", "group", "name", "verdict", "findings"];

    private static readonly string[] RunColumns =
    [
        "tier",
        "group",
        "name",
        "status",
        "job_id",
        "drill_id",
        "recovery_time",
        "error_code",
    ];

    private static readonly Dictionary<string, RecoveryRunKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["drill"] = RecoveryRunKind.Drill,
        ["cleanup-drill"] = RecoveryRunKind.CleanUpDrill,
        ["planned-failover"] = RecoveryRunKind.PlannedFailover,
        ["failover"] = RecoveryRunKind.Failover,
        ["reprotect"] = RecoveryRunKind.Reprotect,
        ["failback"] = RecoveryRunKind.Failback,
    };

    public IEnumerable<Command> Build(CliContext cli)
    {
        yield return cli.NewCommand(
                "plan",
                "Recovery plans: readiness checks, tiered drills and failovers with a resumable state file, "
                    + "and their reports.",
                "sdrs --emulator plan check example --action drill",
                "recovery-plan"
            )
            .With(Check(cli), Run(cli), Resume(cli), Report(cli), Example(cli));
    }

    private static Argument<string> PlanArgument() =>
        new("plan")
        {
            Description =
                $"Plan file (JSON, see the SdrsSdk.RecoveryPlans README), or '{ExamplePlan}': the plan "
                + "'sdrs plan example' prints, made from the endpoint's protection groups.",
        };

    private static Option<string> StateOption(string description) =>
        new("--state")
        {
            Description = description,
            Required = true,
            HelpName = "run-state.json",
        };

    private static Option<string?> ReportDirOption() =>
        new("--report-dir")
        {
            Description = "Folder of the reports (JSON, Markdown, SVG timeline); default: the state file's folder.",
            HelpName = "dir",
        };

    private static Option<bool> YesOption() =>
        new("--yes", "-y") { Description = "Confirm a run that changes the sites (any kind but a drill)." };

    private static Command Check(CliContext cli)
    {
        Argument<string> plan = PlanArgument();
        Option<string> action = KindOption("--action", "drill", "Action to check the groups for.", withCleanUp: false);
        Command command = cli.NewCommand(
                "check",
                "Check every group of a plan for an action, without changing anything; exit code "
                    + $"{ExitCodes.NotReady} when a group is blocked (warnings are allowed).",
                "sdrs --emulator plan check example --action planned-failover",
                "readiness"
            )
            .With(plan, action);
        cli.SetAction(command, async run =>
        {
            RecoveryPlan loaded = await LoadPlanAsync(run, run.Get(plan)).ConfigureAwait(false);
            RecoveryRunKind kind = Kinds[run.Get(action)!];
            var runner = new RecoveryPlanRunner(run.Client);
            IReadOnlyList<RecoveryGroupReadiness> results = await runner
                .CheckReadinessAsync(loaded, kind, run.CancellationToken)
                .ConfigureAwait(false);
            Dictionary<string, (string Tier, string? Name)> where = Where(loaded);
            List<CheckRow> rows =
            [
                .. results.Select(result => new CheckRow(
                    where[result.ServerGroupId].Tier,
                    result.ServerGroupId,
                    where[result.ServerGroupId].Name,
                    Words(result.Verdict.ToString()),
                    [.. result.Findings.Select(FindingRow.From)]
                )),
            ];
            ReadinessVerdict verdict = results.Count == 0 ? ReadinessVerdict.Ready : results.Max(r => r.Verdict);
            if (run.Output.Format == OutputFormat.Table)
            {
                run.Output.WriteList(
                    rows.Select(row => new CheckTableRow(
                        row.Tier,
                        row.Group,
                        row.Name,
                        row.Verdict,
                        string.Join("; ", row.Findings.Select(Describe))
                    )),
                    CheckColumns
                );
                run.Output.WriteConfirmation($"Plan '{loaded.Name}', {run.Get(action)}: {Words(verdict.ToString())}.");
            }
            else
            {
                run.Output.WriteObject(
                    new CheckDocument(loaded.Name, run.Get(action)!, Words(verdict.ToString()), rows)
                );
            }

            if (verdict == ReadinessVerdict.Blocked)
            {
                int blocked = results.Count(result => result.Verdict == ReadinessVerdict.Blocked);
                throw new PlanOutcomeException(
                    ExitCodes.NotReady,
                    $"plan '{loaded.Name}' is not ready for {run.Get(action)}: {blocked} group(s) blocked."
                );
            }
        });
        return command;
    }

    private static Command Run(CliContext cli)
    {
        Argument<string?> plan = new("plan")
        {
            Description = PlanArgument().Description + " Not used by a cleanup-drill (it cleans up --drill-state).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        Option<string> kind = KindOption("--kind", null, "What to do with every group of the plan.", withCleanUp: true);
        Option<string> state = StateOption("File the run's state is saved to after every change (must not exist).");
        Option<string?> drillState = new("--drill-state")
        {
            Description = "State file of the drill run whose drills a cleanup-drill deletes.",
            HelpName = "drill-state.json",
        };
        Option<bool> force = new("--force") { Description = "Start even when a readiness check found a blocker." };
        Option<string?> reportDir = ReportDirOption();
        Option<bool> yes = YesOption();
        Command command = cli.NewCommand(
                "run",
                "Run a plan tier after tier (groups of a tier in parallel) with progress on standard error; the "
                    + "state file is saved after every change and the reports are written at the end. Ctrl+C stops "
                    + "between steps and leaves a state 'sdrs plan resume' goes on from.",
                "sdrs plan run plan.json --kind drill --state drill.json --report-dir reports",
                "start"
            )
            .With(plan, kind, state, drillState, force, reportDir, yes);
        cli.SetAction(command, async run =>
        {
            RecoveryRunKind runKind = Kinds[run.Get(kind)!];
            string statePath = Path.GetFullPath(run.Get(state)!);
            if (File.Exists(statePath))
            {
                throw new CliUsageException(
                    $"The state file {statePath} exists: resume that run with '{ResumeHint} {statePath}', or choose "
                        + "another file."
                );
            }

            RecoveryRun? drill = null;
            RecoveryPlan? loaded = null;
            if (runKind == RecoveryRunKind.CleanUpDrill)
            {
                string drillPath = run.Get(drillState)
                    ?? throw new CliUsageException("A cleanup-drill needs --drill-state.");
                drill = await LoadRunAsync(drillPath, run.CancellationToken).ConfigureAwait(false);
            }
            else
            {
                string planText = run.Get(plan)
                    ?? throw new CliUsageException($"Give the plan file (or '{ExamplePlan}').");
                loaded = await LoadPlanAsync(run, planText).ConfigureAwait(false);
            }

            Confirm(cli, run, yes, runKind, (loaded ?? drill!.Plan).Name);
            var store = new StateFileStore(statePath);
            await ExecuteAsync(
                    cli,
                    run,
                    store,
                    run.Get(reportDir),
                    (runner, progress, token) =>
                        drill is not null
                            ? runner.CleanUpDrillAsync(drill, progress, token)
                            : runner.RunAsync(loaded!, runKind, run.Get(force), progress, token),
                    drill
                )
                .ConfigureAwait(false);
        });
        return command;
    }

    private static Command Resume(CliContext cli)
    {
        Option<string> state = StateOption("State file of the run to resume.");
        Option<string?> reportDir = ReportDirOption();
        Option<bool> yes = YesOption();
        Command command = cli.NewCommand(
                "resume",
                "Resume a run from its state file: finished steps are never repeated, running jobs are waited for, "
                    + "an action whose answer was lost is settled from the resource's state.",
                "sdrs plan resume --state drill.json",
                "continue"
            )
            .With(state, reportDir, yes);
        cli.SetAction(command, async run =>
        {
            string statePath = Path.GetFullPath(run.Get(state)!);
            RecoveryRun saved = await LoadRunAsync(statePath, run.CancellationToken).ConfigureAwait(false);
            if (saved.IsResumable)
            {
                Confirm(cli, run, yes, saved.Kind, saved.Plan.Name);
            }

            RecoveryRun? drill = null;
            if (saved.DrillRunId is not null)
            {
                // The drill run's state, when it sits next to the clean-up's, makes the reports whole.
                drill = await TryLoadSiblingAsync(statePath, saved.DrillRunId, run.CancellationToken)
                    .ConfigureAwait(false);
            }

            await ExecuteAsync(
                    cli,
                    run,
                    new StateFileStore(statePath),
                    run.Get(reportDir),
                    (runner, progress, token) => runner.ResumeAsync(saved.RunId, progress, token),
                    drill
                )
                .ConfigureAwait(false);
        });
        return command;
    }

    private static Command Report(CliContext cli)
    {
        Option<string> state = StateOption("State file of the run (finished or not).");
        Option<string> format = new("--format")
        {
            Description = "Report format.",
            DefaultValueFactory = _ => "markdown",
            HelpName = "markdown|json|svg",
        };
        format.AcceptOnlyFromAmong("markdown", "json", "svg");
        Option<string?> cleanUp = new("--cleanup-state")
        {
            Description = "State file of the drill's clean-up run, to include its outcome per drill.",
            HelpName = "cleanup-state.json",
        };
        Option<string?> output = new("--out")
        {
            Description = "File to write the report to; default: standard output.",
            HelpName = "file",
        };
        Command command = cli.NewCommand(
                "report",
                "Write the report of a run from its state file: Markdown, JSON or an SVG timeline.",
                "sdrs plan report --state drill.json --format markdown --out drill.md"
            )
            .With(state, format, cleanUp, output);
        // A report is made from the state files alone: no client, so no credential is needed.
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                try
                {
                    await WriteReportAsync(cli, parse, state, format, cleanUp, output, cancellationToken)
                        .ConfigureAwait(false);
                    return ExitCodes.Success;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    await cli.Stderr.WriteLineAsync($"Error: {e.Message}").ConfigureAwait(false);
                    return ExitCodes.For(e);
                }
            }
        );
        return command;
    }

    private static async Task WriteReportAsync(
        CliContext cli,
        ParseResult parse,
        Option<string> state,
        Option<string> format,
        Option<string?> cleanUp,
        Option<string?> output,
        CancellationToken cancellationToken
    )
    {
        RecoveryRun saved = await LoadRunAsync(parse.GetValue(state)!, cancellationToken).ConfigureAwait(false);
        RecoveryRun? cleanUpRun = parse.GetValue(cleanUp) is { } path
            ? await LoadRunAsync(path, cancellationToken).ConfigureAwait(false)
            : null;
        string text = parse.GetValue(format) switch
        {
            "json" => RecoveryReport.ToJson(saved, cleanUpRun),
            "svg" => RecoveryReport.ToSvg(saved),
            _ => RecoveryReport.ToMarkdown(saved, cleanUpRun),
        };
        if (parse.GetValue(output) is { } file)
        {
            await File.WriteAllTextAsync(file, text, cancellationToken).ConfigureAwait(false);
            await cli.Stderr.WriteLineAsync($"Report written to {Path.GetFullPath(file)}").ConfigureAwait(false);
        }
        else
        {
            await cli.Stdout.WriteAsync(text).ConfigureAwait(false);
            if (!text.EndsWith('\n'))
            {
                await cli.Stdout.WriteLineAsync().ConfigureAwait(false);
            }
        }
    }

    private static Command Example(CliContext cli)
    {
        Command command = cli.NewCommand(
            "example",
            "Print a plan (JSON) made from the endpoint's protection groups, one tier, to edit and save; with "
                + "--emulator, the demo world's group with its drill VPC.",
            "sdrs --emulator plan example > plan.json"
        );
        cli.SetAction(command, async run =>
        {
            RecoveryPlan plan = await ExamplePlanAsync(run).ConfigureAwait(false);
            await cli.Stdout.WriteLineAsync(plan.ToJson()).ConfigureAwait(false);
        });
        return command;
    }

    private static Option<string> KindOption(string name, string? defaultValue, string description, bool withCleanUp)
    {
        string[] values = [.. Kinds.Keys.Where(key => withCleanUp || key != "cleanup-drill")];
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = string.Join('|', values),
            Required = defaultValue is null,
        };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        option.AcceptOnlyFromAmong(values);
        return option;
    }

    /// <summary>Asks before a run that changes the sites: <c>--yes</c>, or an answer on a terminal.</summary>
    private static void Confirm(CliContext cli, CommandRun run, Option<bool> yes, RecoveryRunKind kind, string planName)
    {
        if (kind == RecoveryRunKind.Drill || run.Get(yes))
        {
            return;
        }

        string what = kind == RecoveryRunKind.CleanUpDrill ? "delete the drills of" : $"run a {KindName(kind)} of";
        if (!cli.Host.Interactive || cli.Host.Stdin is null)
        {
            throw new CliUsageException(
                $"This would {what} plan '{planName}': confirm with --yes (no terminal to ask on)."
            );
        }

        cli.Stderr.Write($"This will {what} plan '{planName}'. Continue? [y/N] ");
        string answer = cli.Host.Stdin.ReadLine()?.Trim() ?? "";
        if (
            !answer.Equals("y", StringComparison.OrdinalIgnoreCase)
            && !answer.Equals("yes", StringComparison.OrdinalIgnoreCase)
        )
        {
            throw new CliUsageException("Not confirmed; nothing was sent.");
        }
    }

    /// <summary>Runs (or resumes) with progress, then writes the reports, prints the outcome and maps it to the
    /// exit code. A cancellation leaves the saved state and says how to resume.</summary>
    private static async Task ExecuteAsync(
        CliContext cli,
        CommandRun run,
        StateFileStore store,
        string? reportDir,
        Func<RecoveryPlanRunner, IProgress<RecoveryProgress>, CancellationToken, Task<RecoveryRun>> start,
        RecoveryRun? drill
    )
    {
        var runner = new RecoveryPlanRunner(
            run.Client,
            new RecoveryPlanRunnerOptions { Store = store, JobPolling = cli.Host.Polling?.Clone() }
        );
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(run.CancellationToken);
        Func<RecoveryProgress, bool>? interruptWhen = InterruptWhen.Value;
        var printer = new ProgressPrinter(cli);
        var progress = new SyncProgress(report =>
        {
            printer.Print(report);
            if (interruptWhen?.Invoke(report) == true)
            {
                interrupt.Cancel();
            }
        });
        RecoveryRun result;
        try
        {
            result = await start(runner, progress, interrupt.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            await cli
                .Stderr.WriteLineAsync(
                    $"The run stopped between steps; its state is saved in {store.Path}. Resume it with: "
                        + $"{ResumeHint} {store.Path}"
                )
                .ConfigureAwait(false);
            throw new OperationCanceledException(interrupt.Token);
        }

        string directory = reportDir ?? Path.GetDirectoryName(store.Path)!;
        List<string> reports =
        [
            .. await RecoveryReport.WriteAsync(result, directory, null, run.CancellationToken).ConfigureAwait(false),
        ];
        if (drill is not null && result.Kind == RecoveryRunKind.CleanUpDrill)
        {
            // The drill's report, again, with the clean-up's outcome per drill.
            reports.AddRange(
                await RecoveryReport.WriteAsync(drill, directory, result, run.CancellationToken).ConfigureAwait(false)
            );
        }

        WriteOutcome(run, result, store.Path, reports);
        ThrowUnlessSucceeded(result, store.Path);
    }

    private static void WriteOutcome(CommandRun run, RecoveryRun result, string statePath, List<string> reports)
    {
        List<GroupRow> rows =
        [
            .. result.Tiers.SelectMany(tier =>
                tier.Groups.Select(group => new GroupRow(
                    tier.Name,
                    group.ServerGroupId,
                    group.Name,
                    Words(group.Status.ToString()),
                    group.JobId,
                    group.DrillId,
                    group.RecoveryTime?.ToString(@"hh\:mm\:ss\.fff", System.Globalization.CultureInfo.InvariantCulture),
                    group.ErrorCode,
                    group.ErrorMessage
                ))
            ),
        ];
        if (run.Output.Format == OutputFormat.Table)
        {
            run.Output.WriteList(rows, RunColumns);
            run.Output.WriteConfirmation(
                $"Run {result.RunId} ({KindName(result.Kind)}): {Words(result.Status.ToString())}."
                    + (result.Message is null ? "" : " " + result.Message)
            );
            run.Output.WriteConfirmation($"State: {statePath}");
            foreach (string report in reports)
            {
                run.Output.WriteConfirmation($"Report: {report}");
            }

            return;
        }

        run.Output.WriteObject(
            new RunDocument(
                result.RunId,
                KindName(result.Kind),
                Words(result.Status.ToString()),
                result.Message,
                statePath,
                reports,
                rows
            )
        );
    }

    private static void ThrowUnlessSucceeded(RecoveryRun result, string statePath)
    {
        switch (result.Status)
        {
            case RecoveryRunStatus.Succeeded:
                return;
            case RecoveryRunStatus.Refused:
                throw new PlanOutcomeException(
                    ExitCodes.NotReady,
                    $"run {result.RunId} not started: a readiness check found a blocker (see 'sdrs plan check'; "
                        + "--force starts anyway)."
                );
            case RecoveryRunStatus.Failed:
                throw new PlanOutcomeException(
                    ExitCodes.JobFailed,
                    $"run {result.RunId} failed: {result.Message ?? "a group or hook failed"} (see the report)."
                );
            default:
                throw new PlanOutcomeException(
                    ExitCodes.OutcomeUnknown,
                    $"run {result.RunId} ended {result.Status}; resume it with: {ResumeHint} {statePath}"
                );
        }
    }

    private static async Task<RecoveryPlan> LoadPlanAsync(CommandRun run, string plan)
    {
        if (plan == ExamplePlan)
        {
            return await ExamplePlanAsync(run).ConfigureAwait(false);
        }

        if (!File.Exists(plan))
        {
            throw new CliUsageException($"No plan file {Path.GetFullPath(plan)}.");
        }

        string json = await File.ReadAllTextAsync(plan, run.CancellationToken).ConfigureAwait(false);
        try
        {
            return RecoveryPlan.FromJson(json);
        }
        catch (JsonException e)
        {
            throw new CliUsageException($"{plan} is not a plan: {e.Message}");
        }
    }

    private static async Task<RecoveryRun> LoadRunAsync(string path, CancellationToken cancellationToken) =>
        await new StateFileStore(Path.GetFullPath(path)).LoadAsync(cancellationToken).ConfigureAwait(false);

    private static async Task<RecoveryRun?> TryLoadSiblingAsync(
        string statePath,
        string runId,
        CancellationToken cancellationToken
    )
    {
        foreach (string file in Directory.EnumerateFiles(Path.GetDirectoryName(statePath)!, "*.json"))
        {
            if (file != statePath && StateFileStore.TryReadRunId(file) == runId)
            {
                return await LoadRunAsync(file, cancellationToken).ConfigureAwait(false);
            }
        }

        return null;
    }

    /// <summary>One tier with every protection group of the endpoint (at most 50); a group in the demo world's VPC
    /// gets the demo world's drill VPC.</summary>
    private static async Task<RecoveryPlan> ExamplePlanAsync(CommandRun run)
    {
        var tier = new RecoveryTier { Name = "all" };
        await foreach (
            ServerGroup group in run
                .Client.ServerGroups.ListAllAsync(cancellationToken: run.CancellationToken)
                .ConfigureAwait(false)
        )
        {
            tier.Groups.Add(
                new RecoveryPlanGroup
                {
                    ServerGroupId = group.Id,
                    Name = group.Name,
                    DrillVpcId = group.SourceVpcId == DemoWorld.VpcId ? DemoWorld.DrillVpcId : null,
                }
            );
            if (tier.Groups.Count == 50)
            {
                break;
            }
        }

        if (tier.Groups.Count == 0)
        {
            throw new CliUsageException("The endpoint has no protection group to make an example plan of.");
        }

        return new RecoveryPlan { Name = "example", Tiers = [tier] };
    }

    private static Dictionary<string, (string Tier, string? Name)> Where(RecoveryPlan plan) =>
        plan
            .Tiers.SelectMany(tier => tier.Groups.Select(group => (tier.Name, group)))
            .ToDictionary(
                item => item.group.ServerGroupId,
                item => (item.Name, item.group.Name),
                StringComparer.Ordinal
            );

    /// <summary>A kind of run as <c>--kind</c> names it.</summary>
    private static string KindName(RecoveryRunKind kind) => Kinds.First(pair => pair.Value == kind).Key;

    private static string Describe(FindingRow finding) =>
        $"{finding.Severity} {finding.Check}"
        + (finding.ErrorCode is null ? "" : " " + finding.ErrorCode)
        + ": "
        + finding.Message;

    /// <summary>An enum name as the tool prints it: <c>ReadyWithWarnings</c> becomes
    /// <c>ready-with-warnings</c>.</summary>
    internal static string Words(string pascal) =>
        string.Concat(
            pascal.Select(
                (c, i) =>
                    char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()
            )
        );

    /// <summary>A row of <c>plan check</c>.</summary>
    private sealed record CheckRow(
        [property: JsonPropertyName("tier")] string Tier,
        [property: JsonPropertyName("group")] string Group,
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("verdict")] string Verdict,
        [property: JsonPropertyName("findings")] IReadOnlyList<FindingRow> Findings
    );

    /// <summary>A row of <c>plan check</c>'s table: the findings on one line.</summary>
    private sealed record CheckTableRow(
        [property: JsonPropertyName("tier")] string Tier,
        [property: JsonPropertyName("group")] string Group,
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("verdict")] string Verdict,
        [property: JsonPropertyName("findings")] string Findings
    );

    /// <summary>One finding of a check, in the JSON of <c>plan check</c>.</summary>
    private sealed record FindingRow(
        [property: JsonPropertyName("severity")] string Severity,
        [property: JsonPropertyName("check")] string Check,
        [property: JsonPropertyName("error_code")] string? ErrorCode,
        [property: JsonPropertyName("message")] string Message,
        [property: JsonPropertyName("resource_id")] string? ResourceId,
        [property: JsonPropertyName("handling_measure")] string? HandlingMeasure
    )
    {
        public static FindingRow From(ReadinessFinding finding) =>
            new(
                Words(finding.Severity.ToString()),
                finding.Check,
                finding.ErrorCode,
                finding.Message,
                finding.ResourceId,
                finding.HandlingMeasure
            );
    }

    /// <summary>The JSON document of <c>plan check</c>.</summary>
    private sealed record CheckDocument(
        [property: JsonPropertyName("plan")] string Plan,
        [property: JsonPropertyName("action")] string Action,
        [property: JsonPropertyName("verdict")] string Verdict,
        [property: JsonPropertyName("groups")] IReadOnlyList<CheckRow> Groups
    );

    /// <summary>A group of a run, in the output of <c>plan run</c> and <c>plan resume</c>.</summary>
    private sealed record GroupRow(
        [property: JsonPropertyName("tier")] string Tier,
        [property: JsonPropertyName("group")] string Group,
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("job_id")] string? JobId,
        [property: JsonPropertyName("drill_id")] string? DrillId,
        [property: JsonPropertyName("recovery_time")] string? RecoveryTime,
        [property: JsonPropertyName("error_code")] string? ErrorCode,
        [property: JsonPropertyName("error_message")] string? ErrorMessage
    );

    /// <summary>The JSON document of <c>plan run</c> and <c>plan resume</c>.</summary>
    private sealed record RunDocument(
        [property: JsonPropertyName("run_id")] string RunId,
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("message")] string? Message,
        [property: JsonPropertyName("state_file")] string StateFile,
        [property: JsonPropertyName("reports")] IReadOnlyList<string> Reports,
        [property: JsonPropertyName("groups")] IReadOnlyList<GroupRow> Groups
    );

    /// <summary>Reports synchronously on the runner's thread, so lines keep their order.</summary>
    private sealed class SyncProgress(Action<RecoveryProgress> report) : IProgress<RecoveryProgress>
    {
        public void Report(RecoveryProgress value) => report(value);
    }

    /// <summary>Progress on standard error: one plain line per event when redirected (a job's line only when its
    /// status changes), coloured lines on a terminal. Groups of a tier report from several threads.</summary>
    private sealed class ProgressPrinter(CliContext cli)
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, string?> _jobStatus = new(StringComparer.Ordinal);

        public void Print(RecoveryProgress progress)
        {
            lock (_lock)
            {
                if (progress.Kind == RecoveryProgressKind.JobStatusChanged)
                {
                    string key = progress.ServerGroupId ?? "";
                    string? status = progress.Job?.Status.ToString();
                    if (_jobStatus.TryGetValue(key, out string? last) && last == status)
                    {
                        return;
                    }

                    _jobStatus[key] = status;
                }

                string line = progress.ToString();
                if (!cli.Host.Interactive)
                {
                    cli.Stderr.WriteLine(line);
                    return;
                }

                string colour = progress.Status switch
                {
                    "Succeeded" or "Ready" => "green",
                    "Failed" or "Blocked" or "Refused" => "red",
                    "ReadyWithWarnings" or "Skipped" or "Cancelled" => "yellow",
                    _ => "grey",
                };
                cli.StderrConsole.MarkupLine($"[grey]{progress.Time:HH:mm:ss}[/] [{colour}]{Markup.Escape(line)}[/]");
            }
        }
    }
}

/// <summary>A plan outcome that is not a success (blocked, failed): its message and exit code.</summary>
internal sealed class PlanOutcomeException(int exitCode, string message) : Exception(message)
{
    /// <summary>Gets the process exit code.</summary>
    public int ExitCode => exitCode;
}

/// <summary>
/// The state of one run in the file <c>--state</c> names, through the package's <see cref="FileRecoveryRunStore"/>
/// (atomic: written to a temporary file, flushed, renamed): the store writes <c>{runId}.json</c> in the same folder,
/// which is then renamed over the state file.
/// </summary>
internal sealed class StateFileStore(string path) : IRecoveryRunStore
{
    private readonly FileRecoveryRunStore _inner = new(System.IO.Path.GetDirectoryName(path)!);

    public string Path => path;

    /// <summary>Reads the run ID of a state file, or null when it is not one.</summary>
    public static string? TryReadRunId(string file)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(file))?["runId"]?.GetValue<string>();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    public async Task SaveAsync(RecoveryRun run, CancellationToken cancellationToken = default)
    {
        await _inner.SaveAsync(run, cancellationToken).ConfigureAwait(false);
        string written = _inner.PathOf(run.RunId);
        if (written != path)
        {
            File.Move(written, path, overwrite: true);
        }
    }

    public async Task<RecoveryRun?> LoadAsync(string runId, CancellationToken cancellationToken = default)
    {
        RecoveryRun run = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return run.RunId == runId ? run : null;
    }

    /// <summary>Loads the run the file holds.</summary>
    public async Task<RecoveryRun> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"No state file {path}.");
        }

        string runId = TryReadRunId(path)
            ?? throw new CliUsageException($"{path} is not the state of a recovery-plan run.");
        string copy = _inner.PathOf(runId);
        if (copy == path)
        {
            return await _inner.LoadAsync(runId, cancellationToken).ConfigureAwait(false)
                ?? throw new CliUsageException($"No state file {path}.");
        }

        File.Copy(path, copy, overwrite: true);
        try
        {
            return await _inner.LoadAsync(runId, cancellationToken).ConfigureAwait(false)
                ?? throw new CliUsageException($"No state file {path}.");
        }
        finally
        {
            File.Delete(copy);
        }
    }
}
