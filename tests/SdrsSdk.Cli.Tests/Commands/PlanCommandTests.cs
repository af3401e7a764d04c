using System.Collections;
using System.Text.Json.Nodes;
using SdrsSdk.Cli.Commands;
using SdrsSdk.Cli.Tests.TestSupport;
using SdrsSdk.RecoveryPlans;

namespace SdrsSdk.Cli.Tests.Commands;

/// <summary><c>sdrs plan check|run|resume|report|example</c> against the demo world, output redirected.</summary>
public sealed class PlanCommandTests : CliTestBase, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sdrs-plan-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Check_ReadyGroup_PrintsTheTable_AndExitsZero()
    {
        CliResult result = await Checked("plan", "check", PlanPath(await WritePlanAsync()), "--action", "drill");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("TIER").And.Contain("FINDINGS").And.Contain(GroupId).And.Contain("demo-web");
        result.Stdout.Should().Contain("Plan 'example', drill: ready");
    }

    [Fact]
    public async Task Check_BlockedGroup_ExitsNotReady_WithTheFindingsInJson()
    {
        int seeded = Emulator.Journal.Count;
        CliResult result = await Checked("plan", "check", "example", "--action", "failback", "-o", "json");

        result.ExitCode.Should().Be(ExitCodes.NotReady);
        result.Stderr.Should().Contain("not ready for failback: 1 group(s) blocked");
        JsonNode document = JsonNode.Parse(result.Stdout)!;
        document["plan"]!.GetValue<string>().Should().Be("example");
        document["action"]!.GetValue<string>().Should().Be("failback");
        document["verdict"]!.GetValue<string>().Should().Be("blocked");
        JsonNode group = document["groups"]!.AsArray().Single()!;
        group["group"]!.GetValue<string>().Should().Be(GroupId);
        group["tier"]!.GetValue<string>().Should().Be("all");
        group["verdict"]!.GetValue<string>().Should().Be("blocked");
        JsonNode blocker = group["findings"]!.AsArray()[0]!;
        blocker["severity"]!.GetValue<string>().Should().Be("blocker");
        blocker["check"]!.GetValue<string>().Should().Be("production-site");
        blocker["error_code"]!.GetValue<string>().Should().Be("SDRS.0201");
        Emulator.Journal.Skip(seeded).Should().OnlyContain(entry => entry.Method == "GET", "a check changes nothing");
    }

    [Fact]
    public async Task Example_PrintsAPlanOfTheDemoGroup_WithTheDrillVpc()
    {
        RecoveryPlan plan = RecoveryPlan.FromJson((await Checked("plan", "example")).Stdout);

        plan.Tiers.Should().ContainSingle().Which.Groups.Should().ContainSingle();
        plan.Tiers[0].Groups[0].ServerGroupId.Should().Be(GroupId);
        plan.Tiers[0].Groups[0].DrillVpcId.Should().Be(Hosting.DemoWorld.DrillVpcId);
    }

    [Fact]
    public async Task RunDrill_ThenCleanUp_SavesTheStates_AndWritesTheReports()
    {
        string plan = await WritePlanAsync();
        string drillState = PlanPath("drill.json");

        CliResult drill = await Checked("plan", "run", plan, "--kind", "drill", "--state", drillState);

        drill.ExitCode.Should().Be(0, drill.Stderr);
        string[] progress = drill.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        progress.Should().Contain(line => line.StartsWith("TierStarted all"));
        progress.Should().Contain(line => line.StartsWith($"GroupStarted all/{GroupId}"));
        progress.Should().Contain(line => line.StartsWith("JobStatusChanged") && line.Contains("SUCCESS"));
        progress[^1].Should().StartWith("RunFinished drill-").And.EndWith(": Succeeded");
        drill.Stdout.Should().Contain("succeeded").And.Contain($"State: {drillState}");
        RecoveryRun saved = await LoadAsync(drillState);
        saved.Status.Should().Be(RecoveryRunStatus.Succeeded);
        string drillId = saved.Tiers[0].Groups[0].DrillId!;
        (await Client.Drills.GetAsync(drillId)).Id.Should().Be(drillId);
        Directory
            .GetFiles(_directory)
            .Select(Path.GetFileName)
            .Should()
            .Contain([$"{saved.RunId}.report.json", $"{saved.RunId}.report.md", $"{saved.RunId}.timeline.svg"]);

        string reports = PlanPath("reports");
        CliResult cleanUp = await Checked(
            "plan",
            "run",
            "--kind",
            "cleanup-drill",
            "--drill-state",
            drillState,
            "--state",
            PlanPath("cleanup.json"),
            "--report-dir",
            reports,
            "--yes",
            "-o",
            "json"
        );

        cleanUp.ExitCode.Should().Be(0, cleanUp.Stderr);
        JsonNode outcome = JsonNode.Parse(cleanUp.Stdout)!;
        outcome["kind"]!.GetValue<string>().Should().Be("cleanup-drill");
        outcome["status"]!.GetValue<string>().Should().Be("succeeded");
        outcome["groups"]![0]!["drill_id"]!.GetValue<string>().Should().Be(drillId);
        (await Client.Drills.ListAsync()).Count.Should().Be(0, "the clean-up deleted the drill");
        File.ReadAllText(Path.Combine(reports, $"{saved.RunId}.report.md"))
            .Should()
            .Contain(drillId, "the drill's report, written again with the clean-up");
        Directory.GetFiles(reports).Should().HaveCount(6);
    }

    [Fact]
    public async Task DestructiveRun_WithoutYes_IsAUsageError_AndSendsNothing()
    {
        string plan = await WritePlanAsync();
        int before = Emulator.Journal.Count;

        CliResult result = await Checked(
            "plan",
            "run",
            plan,
            "--kind",
            "planned-failover",
            "--state",
            PlanPath("pf.json")
        );

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Stderr.Should().Contain("--yes");
        Emulator.Journal.Skip(before).Should().BeEmpty();
        File.Exists(PlanPath("pf.json")).Should().BeFalse();
    }

    [Fact]
    public async Task Run_BlockedByReadiness_IsRefused_WithTheNotReadyCode()
    {
        int seeded = Emulator.Journal.Count;
        CliResult result = await Checked(
            "plan",
            "run",
            await WritePlanAsync(),
            "--kind",
            "reprotect",
            "--state",
            PlanPath("reprotect.json"),
            "--yes"
        );

        result.ExitCode.Should().Be(ExitCodes.NotReady);
        (await LoadAsync(PlanPath("reprotect.json"))).Status.Should().Be(RecoveryRunStatus.Refused);
        Emulator.Journal.Skip(seeded).Should().NotContain(entry => entry.Method == "POST");
    }

    [Fact]
    public async Task InterruptedRun_ResumesFromItsStateFile_WithoutSendingTheActionAgain()
    {
        int seeded = Emulator.Journal.Count;
        string plan = await WritePlanAsync();
        string state = PlanPath("drill.json");
        PlanCommands.InterruptWhen.Value = progress => progress.Kind == RecoveryProgressKind.JobStatusChanged;
        CliResult interrupted;
        try
        {
            interrupted = await Checked("plan", "run", plan, "--kind", "drill", "--state", state);
        }
        finally
        {
            PlanCommands.InterruptWhen.Value = null;
        }

        interrupted.ExitCode.Should().Be(ExitCodes.Cancelled);
        interrupted.Stderr.Should().Contain($"Resume it with: sdrs plan resume --state {state}");
        RecoveryRun stopped = await LoadAsync(state);
        stopped.Status.Should().Be(RecoveryRunStatus.Cancelled);
        stopped.Tiers[0].Groups[0].JobId.Should().NotBeNull("the drill was requested before the interruption");

        CliResult resumed = await Checked("plan", "resume", "--state", state);

        resumed.ExitCode.Should().Be(0, resumed.Stderr);
        RecoveryRun finished = await LoadAsync(state);
        finished.RunId.Should().Be(stopped.RunId);
        finished.Status.Should().Be(RecoveryRunStatus.Succeeded);
        Emulator
            .Journal.Skip(seeded)
            .Count(entry => entry.Method == "POST" && entry.Path.EndsWith("/disaster-recovery-drills"))
            .Should()
            .Be(1, "the resumed run waits for the saved job instead of requesting the drill again");
        (await Client.Drills.ListAsync()).Count.Should().Be(1);

        CliResult again = await Checked("plan", "resume", "--state", state);
        again.ExitCode.Should().Be(0, "a finished run is reported as it is");
        Emulator.Journal.Skip(seeded).Count(entry => entry.Method == "POST").Should().Be(1);
    }

    [Fact]
    public async Task Report_WritesEachFormat_FromTheStateAlone_WithoutACredential()
    {
        string state = PlanPath("drill.json");
        (await Checked("plan", "run", await WritePlanAsync(), "--kind", "drill", "--state", state))
            .ExitCode.Should()
            .Be(0);
        RecoveryRun run = await LoadAsync(state);

        CliResult markdown = await Offline("plan", "report", "--state", state);
        CliResult json = await Offline("plan", "report", "--state", state, "--format", "json");
        CliResult svg = await Offline(
            "plan",
            "report",
            "--state",
            state,
            "--format",
            "svg",
            "--out",
            PlanPath("t.svg")
        );

        markdown.ExitCode.Should().Be(0, markdown.Stderr);
        markdown.Stdout.Should().StartWith("#").And.Contain(run.RunId).And.Contain("demo-web");
        json.ExitCode.Should().Be(0, json.Stderr);
        JsonNode.Parse(json.Stdout)!.ToJsonString().Should().Contain(run.RunId);
        svg.ExitCode.Should().Be(0, svg.Stderr);
        svg.Stdout.Should().BeEmpty();
        File.ReadAllText(PlanPath("t.svg")).Should().StartWith("<svg");
        (await Offline("plan", "report", "--state", PlanPath("missing.json")))
            .ExitCode.Should()
            .Be(ExitCodes.UsageError);
    }

    private string PlanPath(string name) => Path.Combine(_directory, name);

    /// <summary>Saves the plan <c>sdrs plan example</c> prints for this emulator's demo world.</summary>
    private async Task<string> WritePlanAsync()
    {
        CliResult example = await Checked("plan", "example");
        example.ExitCode.Should().Be(0, example.Stderr);
        string path = PlanPath("plan.json");
        await File.WriteAllTextAsync(path, example.Stdout);
        return path;
    }

    private static Task<RecoveryRun> LoadAsync(string state) =>
        new StateFileStore(state).LoadAsync(CancellationToken.None);

    private async Task<CliResult> Checked(params string[] args)
    {
        CliResult result = await RunAsync(args);
        OutputRules.Check(result, Secrets);
        return result;
    }

    private async Task<CliResult> Offline(params string[] args)
    {
        CliResult result = await RunAsync(null, new Hashtable(), args);
        OutputRules.Check(result, Secrets);
        return result;
    }
}
