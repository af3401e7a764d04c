using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

/// <summary><c>sdrs instances</c>: protected instances, ProtectedInstancesClient.</summary>
internal sealed class InstancesCommands : ICommandGroup
{
    private const string Group = "instances";

    private static readonly string[] Columns = ["id", "name", "status", "server_group_id", "priority_station"];

    public IEnumerable<Command> Build(CliContext cli)
    {
        yield return cli.NewCommand(
                Group,
                "Protected instances: create (one or a batch), rename, delete, attach and detach replication pairs, "
                    + "add and remove NICs, resize.",
                "sdrs instances list",
                "protected-instances",
                "instance"
            )
            .With(
                List(cli),
                Shared.ShowCommand(cli, Group, "protected instance", InstanceId(), (c, id, t) =>
                    c.ProtectedInstances.GetAsync(id, t)
                ),
                Create(cli),
                BatchCreate(cli),
                Shared.RenameCommand(cli, Group, "protected instance", InstanceId(), (c, id, name, t) =>
                    c.ProtectedInstances.UpdateAsync(id, new UpdateProtectedInstanceRequest(name), t)
                ),
                Delete(cli),
                BatchDelete(cli),
                Attach(cli),
                Detach(cli),
                Nics(cli),
                Resize(cli)
            );
    }

    private static Argument<string> InstanceId() => Shared.Id("instance-id", "Protected instance ID.");

    private static Option<bool> DeleteTargetServer() =>
        Shared.Flag("--delete-target-server", "Also delete the server at the disaster-recovery site.");

    private static Option<bool> DeleteTargetEip() =>
        Shared.Flag("--delete-target-eip", "Also delete the EIP of the disaster-recovery server.");

    private static Command List(CliContext cli)
    {
        Option<string?> group = Shared.Optional("--group-id", "Only instances of this protection group.");
        Option<string?> status = Shared.Optional("--status", "Only instances in this status (e.g. protected).");
        Option<string?> name = Shared.Optional("--name", "Only instances with this name.");
        Option<int?> limit = Shared.Limit();
        Command command = cli.NewCommand(
                "list",
                "List protected instances.",
                "sdrs instances list --group-id " + Shared.ExampleId,
                "ls"
            )
            .With(group, status, name, limit);
        cli.SetAction(command, async run =>
        {
            var query = new ProtectedInstanceQuery { ServerGroupId = run.Get(group), Name = run.Get(name) };
            if (run.Get(status) is { } value)
            {
                query.Status = value;
            }

            await Shared
                .WriteListAsync(
                    run,
                    run.Client.ProtectedInstances.ListAllAsync(query, run.CancellationToken),
                    limit,
                    Columns
                )
                .ConfigureAwait(false);
        });
        return command;
    }

    private static Command Create(CliContext cli)
    {
        Option<string> group = Shared.Required("--group-id", "Protection group to add the server to.");
        Option<string> server = Shared.Required("--server-id", "Production server (ECS) to protect.");
        Option<string> name = Shared.Required("--name", "Name of the protected instance.");
        Option<string?> description = Shared.Optional("--description", "Description.");
        Option<string?> subnet = Shared.Optional(
            "--subnet-id",
            "Subnet of the disaster-recovery server's primary NIC."
        );
        Option<string?> ip = Shared.Optional("--ip-address", "IP address of that NIC.");
        Option<string?> flavor = Shared.Optional("--flavor", "Flavor of the disaster-recovery server.");
        Option<string[]> tags = Shared.Tags();
        Command command = cli.NewCommand(
                "create",
                "Protect a server: create a protected instance; waits for the job, then shows the instance.",
                "sdrs instances create --group-id "
                    + Shared.ExampleId
                    + " --server-id 4a5c7f3e-1b2d-4e6f-8a9b-"
                    + "5a7e0d000102 --name web-02 --tag env=prod"
            )
            .With(group, server, name, description, subnet, ip, flavor, tags);
        JobOptions job = JobOptions.AddTo(command);
        cli.SetAction(command, run =>
        {
            var request = new CreateProtectedInstanceRequest(run.Get(group)!, run.Get(server)!, run.Get(name)!)
            {
                Description = run.Get(description),
                PrimarySubnetId = run.Get(subnet),
                PrimaryIpAddress = run.Get(ip),
                FlavorRef = run.Get(flavor),
                Tags = Shared.ParseTags(run.Get(tags)),
            };
            return run.Jobs.RunAsync(
                run.Client.ProtectedInstances.StartCreateAsync(request, run.CancellationToken),
                job
            );
        });
        return command;
    }

    private static Command BatchCreate(CliContext cli)
    {
        Option<string> group = Shared.Required("--group-id", "Protection group to add the servers to.");
        Option<string> prefix = Shared.Required("--name-prefix", "Prefix of the instances' names.");
        Option<string[]> servers = new("--server-id")
        {
            Description = "A production server to protect (repeat for each).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        Option<string?> description = Shared.Optional("--description", "Description.");
        Option<string?> subnet = Shared.Optional("--subnet-id", "Subnet of the disaster-recovery servers' NICs.");
        Option<string[]> tags = Shared.Tags();
        Command command = cli.NewCommand(
                "batch-create",
                "Protect several servers in one job; waits for it, then shows the job.",
                "sdrs instances batch-create --group-id "
                    + Shared.ExampleId
                    + " --name-prefix web --server-id "
                    + "4a5c7f3e-1b2d-4e6f-8a9b-5a7e0d000102 --server-id 4a5c7f3e-1b2d-4e6f-8a9b-5a7e0d000103"
            )
            .With(group, prefix, servers, description, subnet, tags);
        JobOptions job = JobOptions.AddTo(command);
        cli.SetAction(command, run =>
        {
            var request = new BatchCreateProtectedInstancesRequest(
                run.Get(prefix)!,
                run.Get(group)!,
                run.Get(servers)!.Select(id => new ProtectedInstanceServerInfo(id))
            )
            {
                Description = run.Get(description),
                PrimarySubnetId = run.Get(subnet),
                Tags = Shared.ParseTags(run.Get(tags)),
            };
            return run.Jobs.RunAsync(
                run.Client.ProtectedInstances.StartBatchCreateAsync(request, run.CancellationToken),
                job
            );
        });
        return command;
    }

    private static Command Delete(CliContext cli)
    {
        Argument<string> id = InstanceId();
        Option<bool> server = DeleteTargetServer();
        Option<bool> eip = DeleteTargetEip();
        Command command = cli.NewCommand(
                "delete",
                "Stop protecting a server: delete the protected instance. Waits " + "unless --no-wait.",
                "sdrs instances delete " + Shared.ExampleId + " --delete-target-server",
                "rm"
            )
            .With(id, server, eip);
        JobOptions job = JobOptions.AddTo(command);
        cli.SetAction(command, run =>
            run.Jobs.RunAsync(
                run.Client.ProtectedInstances.StartDeleteAsync(
                    run.Get(id),
                    new DeleteProtectedInstanceRequest
                    {
                        DeleteTargetServer = run.Get(server),
                        DeleteTargetEip = run.Get(eip),
                    },
                    run.CancellationToken
                ),
                job
            )
        );
        return command;
    }

    private static Command BatchDelete(CliContext cli)
    {
        Argument<string[]> ids = new("instance-ids")
        {
            Description = "Protected instance IDs.",
            Arity = ArgumentArity.OneOrMore,
        };
        Option<bool> server = DeleteTargetServer();
        Option<bool> eip = DeleteTargetEip();
        Command command = cli.NewCommand(
                "batch-delete",
                "Delete several protected instances in one job. Waits " + "unless --no-wait.",
                "sdrs instances batch-delete ID1 ID2"
            )
            .With(ids, server, eip);
        JobOptions job = JobOptions.AddTo(command);
        cli.SetAction(command, run =>
            run.Jobs.RunAsync(
                run.Client.ProtectedInstances.StartBatchDeleteAsync(
                    new BatchDeleteProtectedInstancesRequest(run.Get(ids))
                    {
                        DeleteTargetServer = run.Get(server),
                        DeleteTargetEip = run.Get(eip),
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
        Argument<string> id = InstanceId();
        Option<string> pair = Shared.Required("--pair-id", "Replication pair to attach.");
        Option<string> device = Shared.Required("--device", "Device name on the server, e.g. /dev/vdb.");
        Command command = cli.NewCommand(
                "attach",
                "Attach a replication pair to a protected instance. Waits unless " + "--no-wait.",
                "sdrs instances attach " + Shared.ExampleId + " --pair-id ID --device /dev/vdb",
                "attach-replication"
            )
            .With(id, pair, device);
        JobOptions job = JobOptions.AddTo(command);
        cli.SetAction(command, run =>
            run.Jobs.RunAsync(
                run.Client.ProtectedInstances.StartAttachReplicationAsync(
                    run.Get(id),
                    new AttachReplicationPairRequest(run.Get(pair)!, run.Get(device)!),
                    run.CancellationToken
                ),
                job
            )
        );
        return command;
    }

    private static Command Detach(CliContext cli)
    {
        Argument<string> id = InstanceId();
        Option<string> pair = Shared.Required("--pair-id", "Replication pair to detach.");
        Command command = cli.NewCommand(
                "detach",
                "Detach a replication pair from a protected instance. Waits " + "unless --no-wait.",
                "sdrs instances detach " + Shared.ExampleId + " --pair-id ID",
                "detach-replication"
            )
            .With(id, pair);
        JobOptions job = JobOptions.AddTo(command);
        cli.SetAction(command, run =>
            run.Jobs.RunAsync(
                run.Client.ProtectedInstances.StartDetachReplicationAsync(
                    run.Get(id),
                    run.Get(pair)!,
                    run.CancellationToken
                ),
                job
            )
        );
        return command;
    }

    private static Command Nics(CliContext cli)
    {
        Argument<string> addId = InstanceId();
        Option<string> subnet = Shared.Required("--subnet-id", "Subnet of the new NIC.");
        Option<string[]> groups = new("--security-group-id")
        {
            Description = "Security group of the NIC (repeat for several).",
        };
        Option<string?> ip = Shared.Optional("--ip-address", "IP address of the NIC.");
        Command add = cli.NewCommand(
                "add",
                "Add a NIC to a protected instance. Waits unless --no-wait.",
                "sdrs instances nics add " + Shared.ExampleId + " --subnet-id ID"
            )
            .With(addId, subnet, groups, ip);
        JobOptions addJob = JobOptions.AddTo(add);
        cli.SetAction(add, run =>
        {
            var request = new AddNicRequest(run.Get(subnet)!) { IpAddress = run.Get(ip) };
            if (run.Get(groups) is { Length: > 0 } ids)
            {
                request.SecurityGroupIds = ids;
            }

            return run.Jobs.RunAsync(
                run.Client.ProtectedInstances.StartAddNicAsync(run.Get(addId), request, run.CancellationToken),
                addJob
            );
        });

        Argument<string> removeId = InstanceId();
        Option<string> nic = Shared.Required("--nic-id", "The NIC to remove.");
        Command remove = cli.NewCommand(
                "remove",
                "Remove a NIC from a protected instance. Waits unless --no-wait.",
                "sdrs instances nics remove " + Shared.ExampleId + " --nic-id ID",
                "delete",
                "rm"
            )
            .With(removeId, nic);
        JobOptions removeJob = JobOptions.AddTo(remove);
        cli.SetAction(remove, run =>
            run.Jobs.RunAsync(
                run.Client.ProtectedInstances.StartDeleteNicAsync(
                    run.Get(removeId),
                    run.Get(nic)!,
                    run.CancellationToken
                ),
                removeJob
            )
        );

        return cli.NewCommand(
                "nics",
                "NICs of a protected instance: add, remove.",
                "sdrs instances nics add " + Shared.ExampleId + " --subnet-id ID",
                "nic"
            )
            .With(add, remove);
    }

    private static Command Resize(CliContext cli)
    {
        Argument<string> id = InstanceId();
        Option<string?> flavor = Shared.Optional("--flavor", "New flavor of both servers.");
        Option<string?> production = Shared.Optional("--production-flavor", "New flavor of the production server.");
        Option<string?> dr = Shared.Optional("--dr-flavor", "New flavor of the disaster-recovery server.");
        Option<string?> productionHost = Shared.Optional(
            "--production-dedicated-host-id",
            "Dedicated host of the production server."
        );
        Option<string?> drHost = Shared.Optional(
            "--dr-dedicated-host-id",
            "Dedicated host of the disaster-recovery server."
        );
        Command command = cli.NewCommand(
                "resize",
                "Change the flavor of a protected instance's servers. Waits " + "unless --no-wait.",
                "sdrs instances resize " + Shared.ExampleId + " --flavor s6.large.2"
            )
            .With(id, flavor, production, dr, productionHost, drHost);
        JobOptions job = JobOptions.AddTo(command);
        cli.SetAction(command, run => run.Jobs.RunAsync(
                run.Client.ProtectedInstances.StartResizeAsync(
                    run.Get(id),
                    new ResizeProtectedInstanceRequest
                    {
                        FlavorRef = run.Get(flavor),
                        ProductionFlavorRef = run.Get(production),
                        DrFlavorRef = run.Get(dr),
                        ProductionDedicatedHostId = run.Get(productionHost),
                        DrDedicatedHostId = run.Get(drHost),
                    },
                    run.CancellationToken
                ),
                job
            ));
        return command;
    }
}
