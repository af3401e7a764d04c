using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

/// <summary><c>sdrs tasks</c>: failed tasks of the task center, TaskCenterClient.</summary>
internal sealed class TasksCommands : ICommandGroup
{
    private static readonly string[] Columns =
    [
        "job_id",
        "job_type",
        "resource_name",
        "resource_type",
        "failure_status",
        "error_code",
        "begin_time",
    ];

    public IEnumerable<Command> Build(CliContext cli)
    {
        yield return cli.NewCommand(
                "tasks",
                "Failed tasks of the task center: list, delete one, clear.",
                "sdrs tasks list",
                "failed-tasks",
                "task-center"
            )
            .With(List(cli), Delete(cli), Clear(cli));
    }

    private static Command List(CliContext cli)
    {
        Option<string?> group = Shared.Optional("--group-id", "Only tasks of this protection group.");
        Option<string?> resource = Shared.Optional("--resource-name", "Only tasks on resources with this name.");
        Option<string?> status = Shared.Optional("--failure-status", "Only this kind of failure (e.g. failoverFail).");
        Option<string?> type = Shared.Optional("--resource-type", "Only this resource type (e.g. server_groups).");
        Option<int?> limit = Shared.Limit();
        Command command = cli.NewCommand(
                "list",
                "List failed tasks.",
                "sdrs tasks list --failure-status failoverFail",
                "ls"
            )
            .With(group, resource, status, type, limit);
        cli.SetAction(command, async run =>
        {
            var query = new FailureJobQuery { ServerGroupId = run.Get(group), ResourceName = run.Get(resource) };
            if (run.Get(status) is { } failure)
            {
                query.FailureStatus = failure;
            }

            if (run.Get(type) is { } resourceType)
            {
                query.ResourceType = resourceType;
            }

            await Shared
                .WriteListAsync(
                    run,
                    run.Client.TaskCenter.ListAllFailedJobsAsync(query, run.CancellationToken),
                    limit,
                    Columns
                )
                .ConfigureAwait(false);
        });
        return command;
    }

    private static Command Delete(CliContext cli)
    {
        Argument<string> id = Shared.Id("task-id", "Failed task ID (the job_id column of 'sdrs tasks list').");
        Command command = cli.NewCommand(
                "delete",
                "Delete one failed task.",
                "sdrs tasks delete " + Shared.ExampleId,
                "rm"
            )
            .With(id);
        cli.SetAction(command, async run =>
        {
            await run.Client.TaskCenter.DeleteFailedJobAsync(run.Get(id), run.CancellationToken).ConfigureAwait(false);
            run.Output.WriteConfirmation($"Deleted failed task {run.Get(id)}.");
        });
        return command;
    }

    private static Command Clear(CliContext cli)
    {
        Option<string?> group = Shared.Optional("--group-id", "Only the failed tasks of this protection group.");
        Command command = cli.NewCommand(
                "clear",
                "Delete all failed tasks (or those of one protection group).",
                "sdrs tasks clear --group-id " + Shared.ExampleId
            )
            .With(group);
        cli.SetAction(command, async run =>
        {
            if (run.Get(group) is { } groupId)
            {
                await run
                    .Client.TaskCenter.DeleteFailedJobsOfServerGroupAsync(groupId, run.CancellationToken)
                    .ConfigureAwait(false);
                run.Output.WriteConfirmation($"Deleted the failed tasks of protection group {groupId}.");
                return;
            }

            await run.Client.TaskCenter.DeleteAllFailedJobsAsync(run.CancellationToken).ConfigureAwait(false);
            run.Output.WriteConfirmation("Deleted all failed tasks.");
        });
        return command;
    }
}
