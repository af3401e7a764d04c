using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

/// <summary><c>sdrs drills</c>: disaster-recovery drills, DrillsClient.</summary>
internal sealed class DrillsCommands : ICommandGroup
{
    private const string Group = "drills";

    private static readonly string[] Columns = ["id", "name", "status", "server_group_id", "drill_vpc_id"];

    public IEnumerable<Command> Build(CliContext cli)
    {
        yield return cli.NewCommand(
                Group,
                "Disaster-recovery drills: start one in a drill VPC, list, rename, delete.",
                "sdrs drills list",
                "disaster-recovery-drills",
                "drill"
            )
            .With(
                List(cli),
                Shared.ShowCommand(cli, Group, "DR drill", DrillId(), (c, id, t) => c.Drills.GetAsync(id, t)),
                Create(cli),
                Shared.RenameCommand(cli, Group, "DR drill", DrillId(), (c, id, name, t) =>
                    c.Drills.UpdateAsync(id, new UpdateDisasterRecoveryDrillRequest(name), t)
                ),
                Shared.IdJobCommand(
                    cli,
                    Group,
                    "delete",
                    "Delete a DR drill (and its drill servers).",
                    DrillId(),
                    (c, id, t) => c.Drills.StartDeleteAsync(id, t),
                    "rm"
                )
            );
    }

    private static Argument<string> DrillId() => Shared.Id("drill-id", "DR drill ID.");

    private static Command List(CliContext cli)
    {
        Option<string?> group = Shared.Optional("--group-id", "Only drills of this protection group.");
        Option<string?> status = Shared.Optional("--status", "Only drills in this status (e.g. available).");
        Option<string?> name = Shared.Optional("--name", "Only drills with this name.");
        Option<string?> vpc = Shared.Optional("--drill-vpc-id", "Only drills in this drill VPC.");
        Option<int?> limit = Shared.Limit();
        Command command = cli.NewCommand(
                "list",
                "List DR drills.",
                "sdrs drills list --group-id " + Shared.ExampleId,
                "ls"
            )
            .With(group, status, name, vpc, limit);
        cli.SetAction(command, async run =>
        {
            var query = new DisasterRecoveryDrillQuery
            {
                ServerGroupId = run.Get(group),
                Name = run.Get(name),
                DrillVpcId = run.Get(vpc),
            };
            if (run.Get(status) is { } value)
            {
                query.Status = value;
            }

            await Shared
                .WriteListAsync(run, run.Client.Drills.ListAllAsync(query, run.CancellationToken), limit, Columns)
                .ConfigureAwait(false);
        });
        return command;
    }

    private static Command Create(CliContext cli)
    {
        Option<string> group = Shared.Required("--group-id", "Protection group to drill.");
        Option<string> name = Shared.Required("--name", "Name of the drill.");
        Option<string?> vpc = Shared.Optional("--drill-vpc-id", "VPC the drill servers start in (an isolated one).");
        Command command = cli.NewCommand(
                "create",
                "Start a DR drill: drill servers from the replicas; waits for the job, then shows the drill.",
                "sdrs drills create --group-id " + Shared.ExampleId + " --name drill-2026-12"
            )
            .With(group, name, vpc);
        JobOptions job = JobOptions.AddTo(command);
        cli.SetAction(command, run =>
            run.Jobs.RunAsync(
                run.Client.Drills.StartCreateAsync(
                    new CreateDisasterRecoveryDrillRequest(run.Get(group)!, run.Get(name)!)
                    {
                        DrillVpcId = run.Get(vpc),
                    },
                    run.CancellationToken
                ),
                job
            )
        );
        return command;
    }
}
