using SdrsSdk.Cli.Hosting;
using SdrsSdk.Cli.Tests.TestSupport;

namespace SdrsSdk.Cli.Tests.Commands;

public sealed class PairsAndDrillsCommandsTests : CliTestBase
{
    [Fact]
    public async Task EveryPairsCommand_TableAndJson_MatchGolden()
    {
        Transcript t = NewTranscript();
        await t.RunAsync("pairs", "list");
        await t.RunAsync("replication-pairs", "list", "--instance-id", InstanceId, "-o", "json");
        await t.RunAsync("pairs", "show", PairId);
        await t.RunAsync("pairs", "show", PairId, "-o", "json");
        string data = await t.RunForFieldAsync(
            "id",
            "pairs",
            "create",
            "--group-id",
            GroupId,
            "--volume-id",
            DemoWorld.VolumeIds[1],
            "--name",
            "web-01-data"
        );
        string logs = (
            await t.RunAsync(
                "pairs",
                "create",
                "--group-id",
                GroupId,
                "--volume-id",
                DemoWorld.VolumeIds[2],
                "--name",
                "web-01-logs",
                "--query",
                "id"
            )
        ).Stdout;
        logs.Should().Contain("id");
        await t.RunAsync("pairs", "rename", data, "web-01-db");
        await t.RunAsync("pairs", "rename", data, "web-01-data", "-o", "json");
        await t.RunAsync("pairs", "attach", data, "--instance-id", InstanceId, "--device", "/dev/vdb");
        await t.RunAsync("pairs", "detach", data, "--instance-id", InstanceId, "-o", "json");
        await t.RunAsync("pairs", "attach", data, "--instance-id", InstanceId, "--device", "/dev/vdb", "-o", "json");
        await t.RunAsync("pairs", "detach", data, "--instance-id", InstanceId);
        await t.RunAsync("pairs", "expand", data, "--size", "80");
        await t.RunAsync("pairs", "expand", data, "--size", "120", "-o", "json");
        await t.RunAsync("pairs", "delete", data, "--delete-target-volume", "-o", "json");
        string other = await t.RunForFieldAsync(
            "id",
            "pairs",
            "create",
            "--group-id",
            GroupId,
            "--volume-id",
            DemoWorld.VolumeIds[3],
            "--name",
            "tmp"
        );
        await t.RunAsync("pairs", "delete", other);

        Golden.Verify("pairs", t.Text);
    }

    [Fact]
    public async Task EveryDrillsCommand_TableAndJson_MatchGolden()
    {
        Transcript t = NewTranscript();
        string drill = await t.RunForFieldAsync(
            "id",
            "drills",
            "create",
            "--group-id",
            GroupId,
            "--name",
            "drill-1",
            "--drill-vpc-id",
            DemoWorld.DrillVpcId
        );
        await t.RunAsync("drills", "create", "--group-id", GroupId, "--name", "drill-2");
        await t.RunAsync("drills", "list");
        await t.RunAsync("disaster-recovery-drills", "list", "--name", "drill-1", "-o", "json");
        await t.RunAsync("drills", "show", drill);
        await t.RunAsync("drills", "show", drill, "-o", "json");
        await t.RunAsync("drills", "rename", drill, "drill-one");
        await t.RunAsync("drills", "rename", drill, "drill-1", "-o", "json");
        await t.RunAsync("drills", "delete", drill, "-o", "json");
        string second = await t.RunForFieldAsync("id", "drills", "create", "--group-id", GroupId, "--name", "drill-3");
        await t.RunAsync("drills", "delete", second);

        Golden.Verify("drills", t.Text);
    }
}
