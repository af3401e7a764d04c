using SdrsSdk.Cli.Tests.TestSupport;

namespace SdrsSdk.Cli.Tests.Commands;

public sealed class GroupsCommandsTests : CliTestBase
{
    [Fact]
    public async Task EveryGroupsCommand_TableAndJson_MatchGolden()
    {
        Transcript t = NewTranscript();
        await t.RunAsync("groups", "list");
        await t.RunAsync("groups", "list", "-o", "json");
        await t.RunAsync("server-groups", "list", "--status", "protected", "--query", "id,name,status", "-o", "yaml");
        await t.RunAsync("groups", "show", GroupId);
        await t.RunAsync("groups", "show", GroupId, "-o", "json");
        string created = await t.RunForFieldAsync("id", CreateGroup("db"));
        await t.RunAsync([.. CreateGroup("app"), "--description", "app tier"]);
        await t.RunAsync("groups", "rename", created, "db-prod");
        await t.RunAsync("groups", "rename", created, "db-main", "-o", "json");
        await t.RunAsync("groups", "disable", GroupId);
        await t.RunAsync("groups", "enable", GroupId, "-o", "json");
        await t.RunAsync("groups", "disable", GroupId, "-o", "json");
        await t.RunAsync("groups", "enable", GroupId);
        await t.RunAsync("groups", "planned-failover", GroupId, "--priority-station", "target");
        await t.RunAsync("groups", "planned-failover", GroupId, "--priority-station", "source", "-o", "json");
        await t.RunAsync("groups", "failover", GroupId, "-o", "json");
        await t.RunAsync("groups", "delete", created);
        string other = await t.RunForFieldAsync("id", ["protection-groups", .. CreateGroup("tmp")[1..]]);
        await t.RunAsync("groups", "delete", other, "-o", "json");
        // A second failover is refused by the service (the group is failed over): exit code 1.
        await t.RunExpectingAsync(1, "groups", "failover", GroupId);

        Golden.Verify("groups", t.Text);
    }
}
