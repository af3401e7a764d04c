using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

/// <summary><c>sdrs groups</c>: protection groups (the API's server groups), ServerGroupsClient.</summary>
internal sealed class GroupsCommands : ICommandGroup
{
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
        Command groups = cli.NewCommand(
            "groups",
            "Protection groups: list, create, rename, delete, start and stop protection, fail over.",
            "sdrs groups list",
            "server-groups",
            "protection-groups"
        );
        groups.Add(List(cli));
        groups.Add(Show(cli));
        groups.Add(Create(cli));
        groups.Add(Rename(cli));
        groups.Add(Delete(cli));
        groups.Add(
            Job(cli, "enable", "Start protection (replication) of a group.", "start-protection", (client, id, token) =>
                client.ServerGroups.StartProtectionAsync(id, token)
            )
        );
        groups.Add(
            Job(cli, "disable", "Stop protection of a group.", "stop-protection", (client, id, token) =>
                client.ServerGroups.StartStopProtectionAsync(id, token)
            )
        );
        groups.Add(
            Job(
                cli,
                "failover",
                "Fail a group over to the other site (unplanned; production may be down).",
                "failover-protection-group",
                (client, id, token) => client.ServerGroups.StartFailoverAsync(id, token)
            )
        );
        groups.Add(PlannedFailover(cli));
        yield return groups;
    }

    private static Argument<string> GroupId() => Shared.Id("group-id", "Protection group ID.");

    private static Command List(CliContext cli)
    {
        Option<string?> status = Shared.Optional("--status", "Only groups in this status (e.g. protected).");
        Option<string?> name = Shared.Optional("--name", "Only groups whose name contains this text.");
        Option<int?> limit = Shared.Limit();
        Command command = cli.NewCommand(
            "list",
            "List protection groups.",
            "sdrs groups list --status protected",
            "ls"
        );
        command.Add(status);
        command.Add(name);
        command.Add(limit);
        cli.SetAction(command, async run =>
        {
            var query = new ServerGroupQuery { Name = run.Get(name) };
            if (run.Get(status) is { } value)
            {
                query.Status = ServerGroupStatus.FromString(value);
            }

            IReadOnlyList<ServerGroup> items = await Shared
                .CollectAsync(
                    run.Client.ServerGroups.ListAllAsync(query, run.CancellationToken),
                    run.Get(limit),
                    run.CancellationToken
                )
                .ConfigureAwait(false);
            run.Output.WriteList(items, Columns);
        });
        return command;
    }

    private static Command Show(CliContext cli)
    {
        Argument<string> id = GroupId();
        Command command = cli.NewCommand(
            "show",
            "Show one protection group.",
            "sdrs groups show " + Shared.ExampleId,
            "get"
        );
        command.Add(id);
        cli.SetAction(command, async run =>
            run.Output.WriteObject(
                await run.Client.ServerGroups.GetAsync(run.Get(id), run.CancellationToken).ConfigureAwait(false)
            )
        );
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
            "Create a protection group (waits for the job, then shows the group).",
            "sdrs groups create --name web --domain-id fb4b... --source-az cn-north-1a --target-az cn-north-1b "
                + "--vpc-id 0c1e..."
        );
        foreach (Option option in new Option[] { name, domain, sourceZone, targetZone, vpc, description, drType })
        {
            command.Add(option);
        }

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

    private static Command Rename(CliContext cli)
    {
        Argument<string> id = GroupId();
        Argument<string> name = Shared.Id("new-name", "The new name.");
        Command command = cli.NewCommand(
            "rename",
            "Rename a protection group.",
            "sdrs groups rename " + Shared.ExampleId + " web-prod",
            "update"
        );
        command.Add(id);
        command.Add(name);
        cli.SetAction(command, async run =>
            run.Output.WriteObject(
                await run
                    .Client.ServerGroups.UpdateAsync(run.Get(id), run.Get(name), run.CancellationToken)
                    .ConfigureAwait(false)
            )
        );
        return command;
    }

    private static Command Delete(CliContext cli) =>
        Job(
            cli,
            "delete",
            "Delete a protection group (it must hold no protected instances).",
            "rm",
            (client, id, token) => client.ServerGroups.StartDeleteAsync(id, token)
        );

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
            "Switch a group over to the other site in a planned way (both sites up).",
            "sdrs groups planned-failover " + Shared.ExampleId + " --priority-station target",
            "switchover"
        );
        command.Add(id);
        command.Add(station);
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

    /// <summary>A command that takes a group ID and runs one job on it.</summary>
    private static Command Job(
        CliContext cli,
        string name,
        string description,
        string alias,
        Func<SdrsClient, string, CancellationToken, Task<SdrsJobOperation>> start
    ) => Shared.IdJobCommand(cli, "groups", name, description, GroupId(), start, alias);
}
