using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

/// <summary><c>sdrs groups</c>: protection groups (the API's server groups), ServerGroupsClient.</summary>
internal sealed class GroupsCommands : ICommandGroup
{
    private const string Group = "groups";

    private static readonly string[] Columns =
    [
        "id",
        "name",
        "status",
        "protected_status",
        "replication_status",
        "priority_station",
        "protected_instance_num",
    ];

    public IEnumerable<Command> Build(CliContext cli)
    {
        yield return cli.NewCommand(
                Group,
                "Protection groups: list, create, rename, delete, start and stop protection, fail over.",
                "sdrs groups list",
                "server-groups",
                "protection-groups"
            )
            .With(
                List(cli),
                Shared.ShowCommand(cli, Group, "protection group", GroupId(), (c, id, t) =>
                    c.ServerGroups.GetAsync(id, t)
                ),
                Create(cli),
                Shared.RenameCommand(cli, Group, "protection group", GroupId(), (c, id, name, t) =>
                    c.ServerGroups.UpdateAsync(id, name, t)
                ),
                Job(
                    cli,
                    "delete",
                    "Delete a protection group (it must hold no protected instances).",
                    "rm",
                    (c, id, t) => c.ServerGroups.StartDeleteAsync(id, t)
                ),
                Job(cli, "enable", "Start protection (replication) of a group.", "start-protection", (c, id, t) =>
                    c.ServerGroups.StartProtectionAsync(id, t)
                ),
                Job(cli, "disable", "Stop protection of a group.", "stop-protection", (c, id, t) =>
                    c.ServerGroups.StartStopProtectionAsync(id, t)
                ),
                Job(
                    cli,
                    "failover",
                    "Fail a group over to the disaster-recovery site (unplanned; production may be down).",
                    "failover-protection-group",
                    (c, id, t) => c.ServerGroups.StartFailoverAsync(id, t)
                ),
                PlannedFailover(cli)
            );
    }

    private static Argument<string> GroupId() => Shared.Id("group-id", "Protection group ID.");

    private static Command List(CliContext cli)
    {
        Option<string?> status = Shared.Optional("--status", "Only groups in this status (e.g. protected).");
        Option<string?> name = Shared.Optional("--name", "Only groups with this name.");
        Option<int?> limit = Shared.Limit();
        Command command = cli.NewCommand("list", "List protection groups.", "sdrs groups list --status protected", "ls")
            .With(status, name, limit);
        cli.SetAction(command, async run =>
        {
            var query = new ServerGroupQuery { Name = run.Get(name) };
            if (run.Get(status) is { } value)
            {
                query.Status = value;
            }

            await Shared
                .WriteListAsync(run, run.Client.ServerGroups.ListAllAsync(query, run.CancellationToken), limit, Columns)
                .ConfigureAwait(false);
        });
        return command;
    }

    private static Command Create(CliContext cli)
    {
        Option<string> name = Shared.Required("--name", "Name of the group.");
        Option<string> domain = Shared.Required("--domain-id", "Active-active domain ID (see 'sdrs domains').");
        Option<string> sourceZone = Shared.Required("--source-az", "Production availability zone.");
        Option<string> targetZone = Shared.Required("--target-az", "Disaster-recovery availability zone.");
        Option<string> vpc = Shared.Required("--vpc-id", "VPC of the production site.");
        Option<string?> description = Shared.Optional("--description", "Description of the group.");
        Option<string?> drType = Shared.Optional("--dr-type", "Deployment model (migration).");
        Command command = cli.NewCommand(
                "create",
                "Create a protection group; waits for the job, then shows the group.",
                "sdrs groups create --name web --domain-id fb4bb8e3-a574-4437-a156-78c916aeea4d "
                    + "--source-az cn-north-1a --target-az cn-north-1b --vpc-id 0c1e8f40-3f5a-4c0e-9d1a-5a7e0d000001"
            )
            .With(name, domain, sourceZone, targetZone, vpc, description, drType);
        JobOptions job = JobOptions.AddTo(command);
        cli.SetAction(command, run =>
        {
            var request = new CreateServerGroupRequest(
                run.Get(name)!,
                run.Get(sourceZone)!,
                run.Get(targetZone)!,
                run.Get(domain)!,
                run.Get(vpc)!
            )
            {
                Description = run.Get(description),
                DrType = run.Get(drType) is { } type ? SdrsSdk.DrType.FromString(type) : (DrType?)null,
            };
            return run.Jobs.RunAsync(run.Client.ServerGroups.StartCreateAsync(request, run.CancellationToken), job);
        });
        return command;
    }

    private static Command PlannedFailover(CliContext cli)
    {
        Argument<string> id = GroupId();
        Option<string> station = Shared.Required(
            "--priority-station",
            "Site to run on after the switchover: source or target."
        );
        station.AcceptOnlyFromAmong("source", "target");
        Command command = cli.NewCommand(
                "planned-failover",
                "Switch a group over to the other site in a planned way (both sites up). Waits unless --no-wait.",
                "sdrs groups planned-failover " + Shared.ExampleId + " --priority-station target",
                "switchover"
            )
            .With(id, station);
        JobOptions job = JobOptions.AddTo(command);
        cli.SetAction(command, run =>
            run.Jobs.RunAsync(
                run.Client.ServerGroups.StartPlannedFailoverAsync(
                    run.Get(id),
                    PriorityStation.FromString(run.Get(station)!),
                    run.CancellationToken
                ),
                job
            )
        );
        return command;
    }

    private static Command Job(
        CliContext cli,
        string name,
        string description,
        string alias,
        Func<SdrsClient, string, CancellationToken, Task<SdrsJobOperation>> start
    ) => Shared.IdJobCommand(cli, Group, name, description, GroupId(), start, alias);
}
