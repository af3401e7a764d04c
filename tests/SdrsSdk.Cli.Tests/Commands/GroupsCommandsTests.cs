using SdrsSdk.Cli.Tests.TestSupport;

namespace SdrsSdk.Cli.Tests.Commands;

public sealed class GroupsCommandsTests : CliTestBase
{
    [Fact]
    public async Task List_Table_ShowsTheDemoGroup()
    {
        CliResult result = await RunAsync("groups", "list");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("NAME").And.Contain("demo-web").And.Contain(GroupId).And.Contain("protected");
    }

    [Fact]
    public async Task List_Json_MatchesGolden()
    {
        CliResult result = await RunAsync("groups", "list", "-o", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        Golden.Verify("groups-list", result.Stdout);
    }
}
