using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

/// <summary><c>sdrs pairs</c>: replication pairs (disk pairs), ReplicationsClient, plus attach and detach from the
/// pair's side (ProtectedInstancesClient).</summary>
internal sealed class PairsCommands : ICommandGroup
{
    private const string Group = "pairs";

    private static readonly string[] Columns =
    [
        "id",
        "name",
        "status",
        "replication_status",
        "server_group_id",
        "volume_ids",
        "priority_station",
    ];

    public IEnumerable<Command> Build(CliContext cli)
    {
        yield return cli.NewCommand(
                Group,
                "Replication pairs: create, rename, delete, attach to and detach from instances, expand.",
                "sdrs pairs list",
                "replication-pairs",
                "replications"
            )
            .With(
                List(cli),
                Shared.ShowCommand(cli, Group, "replication pair", PairId(), (c, id, t) =>
                    c.Replications.GetAsync(id, t)
                ),
                Create(cli),
                Shared.RenameCommand(cli, Group, "replication pair", PairId(), (c, id, name, t) =>
                    c.Replications.UpdateAsync(id, new UpdateReplicationPairRequest(name), t)
                ),
                Delete(cli),
                Attach(cli),
                Detach(cli),
                Expand(cli)
            );
    }

    private static Argument<string> PairId() => Shared.Id("pair-id", "Replication pair ID.");

    private static Command List(CliContext cli)
    {
        Option<string?> group = Shared.Optional("--group-id", "Only pairs of this protection group.");
        Option<string?> instance = Shared.Optional("--instance-id", "Only pairs attached to this protected instance.");
        Option<string?> status = Shared.Optional("--status", "Only pairs in this status (e.g. protected).");
        Option<string?> name = Shared.Optional("--name", "Only pairs with this name.");
        Option<int?> limit = Shared.Limit();
        Command command = cli.NewCommand(
                "list",
                "List replication pairs.",
                "sdrs pairs list --group-id " + Shared.ExampleId,
                "ls"
            )
            .With(group, instance, status, name, limit);
        cli.SetAction(command, async run =>
        {
            var query = new ReplicationPairQuery
            {
                ServerGroupId = run.Get(group),
                ProtectedInstanceId = run.Get(instance),
                Name = run.Get(name),
            };
            if (run.Get(status) is { } value)
            {
                query.Status = value;
            }

            await Shared
                .WriteListAsync(run, run.Client.Replications.ListAllAsync(query, run.CancellationToken), limit, Columns)
                .ConfigureAwait(false);
        });
        return command;
    }

    private static Command Create(CliContext cli)
    {
        Option<string> group = Shared.Required("--group-id", "Protection group of the pair.");
        Option<string> volume = Shared.Required("--volume-id", "Production disk (EVS) to replicate.");
        Option<string> name = Shared.Required("--name", "Name of the pair.");
        Option<string?> description = Shared.Optional("--description", "Description.");
        Command command = cli.NewCommand(
                "create",
                "Create a replication pair for a disk; waits for the job, then shows the pair.",
                "sdrs pairs create --group-id "
                    + Shared.ExampleId
                    + " --volume-id 7d2e9b1c-3a4f-4b5e-9c6d-"
                    + "5a7e0d000202 --name web-01-data"
            )
            .With(group, volume, name, description);
        JobOptions job = JobOptions.AddTo(command);
        cli.SetAction(command, run =>
            run.Jobs.RunAsync(
                run.Client.Replications.StartCreateAsync(
                    new CreateReplicationPairRequest(run.Get(group)!, run.Get(volume)!, run.Get(name)!)
                    {
                        Description = run.Get(description),
                    },
                    run.CancellationToken
                ),
                job
            )
        );
        return command;
    }

    private static Command Delete(CliContext cli)
    {
        Argument<string> id = PairId();
        Option<string?> group = Shared.Optional("--group-id", "Protection group of the pair.");
        Option<bool> volume = Shared.Flag("--delete-target-volume", "Also delete the disaster-recovery disk.");
        Command command = cli.NewCommand(
                "delete",
                "Delete a replication pair. Waits unless --no-wait.",
                "sdrs pairs delete " + Shared.ExampleId + " --delete-target-volume",
                "rm"
            )
            .With(id, group, volume);
        JobOptions job = JobOptions.AddTo(command);
        cli.SetAction(command, run =>
            run.Jobs.RunAsync(
                run.Client.Replications.StartDeleteAsync(
                    run.Get(id),
                    new DeleteReplicationPairRequest
                    {
                        ServerGroupId = run.Get(group),
                        DeleteTargetVolume = run.Get(volume) ? true : null,
                    },
                    run.CancellationToken
                ),
                job
            )
        );
        return command;
    }

    private static Command Attach(CliContext cli)
    {
        Argument<string> id = PairId();
        Option<string> instance = Shared.Required("--instance-id", "Protected instance to attach the pair to.");
        Option<string> device = Shared.Required("--device", "Device name on the server, e.g. /dev/vdb.");
        Command command = cli.NewCommand(
                "attach",
                "Attach the pair to a protected instance. Waits unless --no-wait.",
                "sdrs pairs attach " + Shared.ExampleId + " --instance-id ID --device /dev/vdb"
            )
            .With(id, instance, device);
        JobOptions job = JobOptions.AddTo(command);
        cli.SetAction(command, run =>
            run.Jobs.RunAsync(
                run.Client.ProtectedInstances.StartAttachReplicationAsync(
                    run.Get(instance)!,
                    new AttachReplicationPairRequest(run.Get(id), run.Get(device)!),
                    run.CancellationToken
                ),
                job
            )
        );
        return command;
    }

    private static Command Detach(CliContext cli)
    {
        Argument<string> id = PairId();
        Option<string> instance = Shared.Required("--instance-id", "Protected instance to detach the pair from.");
        Command command = cli.NewCommand(
                "detach",
                "Detach the pair from its protected instance. Waits unless " + "--no-wait.",
                "sdrs pairs detach " + Shared.ExampleId + " --instance-id ID"
            )
            .With(id, instance);
        JobOptions job = JobOptions.AddTo(command);
        cli.SetAction(command, run =>
            run.Jobs.RunAsync(
                run.Client.ProtectedInstances.StartDetachReplicationAsync(
                    run.Get(instance)!,
                    run.Get(id),
                    run.CancellationToken
                ),
                job
            )
        );
        return command;
    }

    private static Command Expand(CliContext cli)
    {
        Argument<string> id = PairId();
        Option<int> size = new("--size") { Description = "New size of both disks, in GB.", Required = true };
        Command command = cli.NewCommand(
                "expand",
                "Grow both disks of a pair. Waits unless --no-wait.",
                "sdrs pairs expand " + Shared.ExampleId + " --size 100"
            )
            .With(id, size);
        JobOptions job = JobOptions.AddTo(command);
        cli.SetAction(command, run =>
            run.Jobs.RunAsync(
                run.Client.Replications.StartExpandAsync(run.Get(id), run.Get(size), run.CancellationToken),
                job
            )
        );
        return command;
    }
}
