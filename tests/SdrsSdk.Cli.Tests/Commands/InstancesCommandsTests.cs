using System.Text.Json.Nodes;
using SdrsSdk.Cli.Hosting;
using SdrsSdk.Cli.Tests.TestSupport;

namespace SdrsSdk.Cli.Tests.Commands;

public sealed class InstancesCommandsTests : CliTestBase
{
    private const string SubnetId = "9b8a7c6d-5e4f-4a3b-8c2d-1e0f00000301";

    [Fact]
    public async Task EveryInstancesCommand_TableAndJson_MatchGolden()
    {
        Transcript t = NewTranscript();
        await t.RunAsync("instances", "list");
        await t.RunAsync("instances", "list", "--group-id", GroupId, "-o", "json");
        await t.RunAsync("protected-instances", "show", InstanceId);
        await t.RunAsync("instances", "show", InstanceId, "-o", "json");
        string second = await t.RunForFieldAsync(
            "id",
            "instances",
            "create",
            "--group-id",
            GroupId,
            "--server-id",
            DemoWorld.ServerIds[1],
            "--name",
            "web-02",
            "--tag",
            "env=test"
        );
        await t.RunAsync(
            "instances",
            "create",
            "--group-id",
            GroupId,
            "--server-id",
            DemoWorld.ServerIds[2],
            "--name",
            "web-03"
        );
        await t.RunAsync(
            "instances",
            "batch-create",
            "--group-id",
            GroupId,
            "--name-prefix",
            "batch",
            "--server-id",
            DemoWorld.ServerIds[3],
            "-o",
            "json"
        );
        await t.RunAsync(
            "instances",
            "batch-create",
            "--group-id",
            GroupId,
            "--name-prefix",
            "more",
            "--server-id",
            DemoWorld.ServerIds[4]
        );
        await t.RunAsync("instances", "rename", second, "web-02a");
        await t.RunAsync("instances", "rename", second, "web-02b", "-o", "json");

        string pair = await t.RunForFieldAsync(
            "id",
            "pairs",
            "create",
            "--group-id",
            GroupId,
            "--volume-id",
            DemoWorld.VolumeIds[1],
            "--name",
            "web-02-data"
        );
        await t.RunAsync("instances", "attach", second, "--pair-id", pair, "--device", "/dev/vdb", "-o", "json");
        await t.RunAsync("instances", "detach", second, "--pair-id", pair);
        await t.RunAsync("instances", "attach", second, "--pair-id", pair, "--device", "/dev/vdb");
        await t.RunAsync("instances", "detach", second, "--pair-id", pair, "-o", "json");

        CliResult added = await t.RunAsync("instances", "nics", "add", second, "--subnet-id", SubnetId, "-o", "json");
        string nic = JsonNode.Parse(added.Stdout)!["entities"]!["nic_id"]!.GetValue<string>();
        await t.RunAsync("instances", "nics", "remove", second, "--nic-id", nic);
        CliResult again = await t.RunAsync("instances", "nics", "add", second, "--subnet-id", SubnetId);
        again.Stdout.Should().Contain("entities.nic_id");

        await t.RunAsync("instances", "resize", second, "--flavor", "s6.large.2");
        await t.RunAsync("instances", "resize", second, "--dr-flavor", "s6.xlarge.2", "-o", "json");
        await t.RunAsync("instances", "delete", second, "-o", "json");
        CliResult listed = await t.RunAsync("instances", "list", "--name", "web-03", "-o", "json");
        string third = JsonNode.Parse(listed.Stdout)![0]!["id"]!.GetValue<string>();
        await t.RunAsync("instances", "delete", third, "--delete-target-server");
        CliResult batch = await t.RunAsync("instances", "list", "--query", "id,name", "-o", "json");
        string[] batchIds = JsonNode
            .Parse(batch.Stdout)!
            .AsArray()
            .Where(item =>
                item!["name"]!.GetValue<string>().StartsWith("batch")
                || item!["name"]!.GetValue<string>().StartsWith("more")
            )
            .Select(item => item!["id"]!.GetValue<string>())
            .ToArray();
        await t.RunAsync(["instances", "batch-delete", batchIds[0], "-o", "json"]);
        await t.RunAsync(["instances", "batch-delete", .. batchIds[1..]]);

        Golden.Verify("instances", t.Text);
    }
}
