using SdrsSdk.Cli.Tests.TestSupport;

namespace SdrsSdk.Cli.Tests.Commands;

public sealed class TagsAndTasksCommandsTests : CliTestBase
{
    [Fact]
    public async Task EveryTagsCommand_TableAndJson_MatchGolden()
    {
        Transcript t = NewTranscript();
        await t.RunAsync("tags", "list", InstanceId);
        await t.RunAsync("tags", "list", InstanceId, "-o", "json");
        await t.RunAsync("tags", "add", InstanceId, "owner=ops");
        await t.RunAsync("tags", "add", InstanceId, "cost=1234", "team=dr", "-o", "json");
        await t.RunAsync("tags", "remove", InstanceId, "owner");
        await t.RunAsync("tags", "remove", InstanceId, "cost=1234", "team", "-o", "json");
        await t.RunAsync("tags", "project");
        await t.RunAsync("tags", "project", "-o", "json");
        await t.RunAsync("tags", "search", "--tag", "env=demo,prod");
        await t.RunAsync(
            "tags",
            "search",
            "--any-tag",
            "tier=web",
            "--not-tag",
            "env=prod",
            "--name-contains",
            "web",
            "-o",
            "json"
        );
        await t.RunAsync("tags", "search", "--not-any-tag", "tier=web", "-o", "json");
        await t.RunAsync("tags", "count", "--tag", "env=demo");
        await t.RunAsync("tags", "count", "--tag", "env=prod", "-o", "json");

        Golden.Verify("tags", t.Text);
    }

    [Fact]
    public async Task TasksJobsAndAccountCommands_TableAndJson_MatchGolden()
    {
        Transcript t = NewTranscript();
        string empty = await t.RunForFieldAsync("id", CreateGroup("empty"));
        Emulator.FailNextJob(JobType.DeleteProtectionGroup, "SDRS.1300", "injected failure");
        await t.RunExpectingAsync(ExitCodes.JobFailed, "groups", "delete", empty);
        Emulator.FailNextJob(JobType.DeleteProtectionGroup, "SDRS.1300", "injected failure");
        await t.RunExpectingAsync(ExitCodes.JobFailed, "groups", "delete", empty, "-o", "json");
        await t.RunAsync("tasks", "list");
        string task = await t.RunForFieldAsync("job_id", ["tasks", "list", "--limit", "1"], first: true);
        await t.RunAsync("failed-tasks", "list", "--group-id", empty, "-o", "json");
        await t.RunAsync("tasks", "delete", task);
        await t.RunExpectingAsync(
            ExitCodes.NotFound,
            "tasks",
            "delete",
            "0000000000000000000000000000abcd",
            "-o",
            "json"
        );
        await t.RunAsync("tasks", "clear", "--group-id", empty);
        await t.RunAsync("tasks", "clear", "-o", "json");
        await t.RunAsync("tasks", "list", "-o", "json");

        string job = (await t.RunAsync("groups", "disable", GroupId, "--no-wait")).Stdout.Trim();
        await t.RunAsync("jobs", "wait", job);
        await t.RunAsync("jobs", "show", job);
        await t.RunAsync("jobs", "show", job, "-o", "json");
        string json = await t.RunForFieldAsync("job_id", "groups", "enable", GroupId, "--no-wait");
        await t.RunAsync("jobs", "wait", json, "-o", "json", "--timeout", "5m");

        await t.RunAsync("quotas");
        await t.RunAsync("quotas", "-o", "json");
        await t.RunAsync("domains");
        await t.RunAsync("domains", "-o", "yaml");
        await t.RunAsync("versions");
        await t.RunAsync("versions", "v1", "-o", "json");
        await t.RunAsync("rpo", "--limit", "1", "--query", "resource_type");
        await t.RunAsync("rpo", "--limit", "1", "--query", "resource_type,resource_num", "-o", "json");

        Golden.Verify("tasks-jobs-account", t.Text);
    }
}
