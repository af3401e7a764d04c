using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

/// <summary><c>sdrs tags</c>: tags of protected instances, TagsClient.</summary>
internal sealed class TagsCommands : ICommandGroup
{
    private const string Example = "sdrs tags add " + Shared.ExampleId + " env=prod tier=web";

    public IEnumerable<Command> Build(CliContext cli)
    {
        yield return cli.NewCommand(
                "tags",
                "Tags of protected instances: list, add, remove, search, count.",
                "sdrs tags search --tag env=prod",
                "tag",
                "resource-tags"
            )
            .With(List(cli), Add(cli), Remove(cli), Project(cli), Search(cli), Count(cli));
    }

    private static Argument<string> InstanceId() => Shared.Id("instance-id", "Protected instance ID.");

    private static Argument<string[]> TagArguments(string description) =>
        new("tags") { Description = description, Arity = ArgumentArity.OneOrMore };

    private static Command List(CliContext cli)
    {
        Argument<string> id = InstanceId();
        Command command = cli.NewCommand(
                "list",
                "List the tags of one protected instance.",
                "sdrs tags list " + Shared.ExampleId,
                "ls"
            )
            .With(id);
        cli.SetAction(command, async run =>
            run.Output.WriteList(
                await run.Client.Tags.ListAsync(run.Get(id), run.CancellationToken).ConfigureAwait(false),
                ["key", "value"]
            )
        );
        return command;
    }

    private static Command Add(CliContext cli)
    {
        Argument<string> id = InstanceId();
        Argument<string[]> tags = TagArguments("Tags as key=value.");
        Command command = cli.NewCommand("add", "Add (or overwrite) tags of a protected instance.", Example, "set")
            .With(id, tags);
        cli.SetAction(command, async run =>
        {
            List<ResourceTag> parsed = Shared.ParseTags(run.Get(tags))!;
            if (parsed.Count == 1)
            {
                await run
                    .Client.Tags.AddTagAsync(run.Get(id), parsed[0].Key, parsed[0].Value ?? "", run.CancellationToken)
                    .ConfigureAwait(false);
            }
            else
            {
                await run.Client.Tags.AddTagsAsync(run.Get(id), parsed, run.CancellationToken).ConfigureAwait(false);
            }

            run.Output.WriteConfirmation($"Tagged {run.Get(id)}: {string.Join(", ", run.Get(tags))}.");
        });
        return command;
    }

    private static Command Remove(CliContext cli)
    {
        Argument<string> id = InstanceId();
        Argument<string[]> tags = TagArguments("Tag keys (or key=value: only when the value matches).");
        Command command = cli.NewCommand(
                "remove",
                "Remove tags from a protected instance.",
                "sdrs tags remove " + Shared.ExampleId + " env",
                "delete",
                "rm"
            )
            .With(id, tags);
        cli.SetAction(command, async run =>
        {
            List<ResourceTag> parsed = Shared.ParseTags(run.Get(tags))!;
            if (parsed is [{ Value: null } single])
            {
                await run
                    .Client.Tags.DeleteTagAsync(run.Get(id), single.Key, run.CancellationToken)
                    .ConfigureAwait(false);
            }
            else
            {
                await run.Client.Tags.DeleteTagsAsync(run.Get(id), parsed, run.CancellationToken).ConfigureAwait(false);
            }

            run.Output.WriteConfirmation($"Removed from {run.Get(id)}: {string.Join(", ", run.Get(tags))}.");
        });
        return command;
    }

    private static Command Project(CliContext cli)
    {
        Command command = cli.NewCommand(
            "project",
            "List every tag key in the project with its values.",
            "sdrs tags project",
            "all"
        );
        cli.SetAction(command, async run =>
            run.Output.WriteList(
                await run.Client.Tags.ListProjectTagsAsync(run.CancellationToken).ConfigureAwait(false),
                ["key", "values"]
            )
        );
        return command;
    }

    private static Command Search(CliContext cli)
    {
        var filters = new TagFilterOptions();
        Option<int?> limit = Shared.Limit();
        Command command = filters
            .AddTo(
                cli.NewCommand(
                    "search",
                    "Find protected instances by tags.",
                    "sdrs tags search --tag env=prod --not-tag tier=db",
                    "filter"
                )
            )
            .With(limit);
        cli.SetAction(command, async run =>
            await Shared
                .WriteListAsync(
                    run,
                    run.Client.Tags.FilterAllAsync(filters.Query(run), run.CancellationToken),
                    limit,
                    ["resource_id", "resource_name", "tags"]
                )
                .ConfigureAwait(false)
        );
        return command;
    }

    private static Command Count(CliContext cli)
    {
        var filters = new TagFilterOptions();
        Command command = filters.AddTo(
            cli.NewCommand("count", "Count protected instances by tags.", "sdrs tags count --tag env=prod")
        );
        cli.SetAction(command, async run =>
        {
            int count = await run
                .Client.Tags.CountAsync(filters.Query(run), run.CancellationToken)
                .ConfigureAwait(false);
            run.Output.WriteObject(new Dictionary<string, int> { ["total_count"] = count });
        });
        return command;
    }
}
