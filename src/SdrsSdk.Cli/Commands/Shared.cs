using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

/// <summary>Arguments and options several commands share, made in one place.</summary>
internal static class Shared
{
    /// <summary>A required ID (or other single value) argument.</summary>
    public static Argument<string> Id(string name, string description) => new(name) { Description = description };

    /// <summary>A required option with a value.</summary>
    public static Option<string> Required(string name, string description) =>
        new(name) { Description = description, Required = true };

    /// <summary>An optional option with a value.</summary>
    public static Option<string?> Optional(string name, string description) => new(name) { Description = description };

    /// <summary><c>--limit</c> of the list commands.</summary>
    public static Option<int?> Limit() =>
        new("--limit")
        {
            Description = "Show at most this many items (default: all, page by page).",
            Validators = { result => CheckPositive(result) },
        };

    /// <summary>A command that takes one ID and runs one job on it: <c>sdrs {group} {name} ID</c>.</summary>
    public static Command IdJobCommand(
        CliContext cli,
        string group,
        string name,
        string description,
        Argument<string> id,
        Func<SdrsClient, string, CancellationToken, Task<SdrsJobOperation>> start,
        params string[] aliases
    )
    {
        Command command = cli.NewCommand(
            name,
            description + " Waits for the job unless --no-wait.",
            $"sdrs {group} {name} {ExampleId}",
            aliases
        );
        command.Add(id);
        JobOptions job = JobOptions.AddTo(command);
        cli.SetAction(command, run => run.Jobs.RunAsync(start(run.Client, run.Get(id), run.CancellationToken), job));
        return command;
    }

    /// <summary>A command that shows one resource: <c>sdrs {group} show ID</c>.</summary>
    public static Command ShowCommand<T>(
        CliContext cli,
        string group,
        string what,
        Argument<string> id,
        Func<SdrsClient, string, CancellationToken, Task<T>> get
    )
        where T : class
    {
        Command command = cli.NewCommand("show", $"Show one {what}.", $"sdrs {group} show {ExampleId}", "get");
        command.Add(id);
        cli.SetAction(command, async run =>
            run.Output.WriteObject(await get(run.Client, run.Get(id), run.CancellationToken).ConfigureAwait(false))
        );
        return command;
    }

    /// <summary>A command that renames one resource (<c>sdrs {group} rename ID NEW-NAME</c>); shows the
    /// result.</summary>
    public static Command RenameCommand<T>(
        CliContext cli,
        string group,
        string what,
        Argument<string> id,
        Func<SdrsClient, string, string, CancellationToken, Task<T>> rename
    )
        where T : class
    {
        Argument<string> name = Id("new-name", "The new name.");
        Command command = cli.NewCommand(
            "rename",
            $"Rename a {what}.",
            $"sdrs {group} rename {ExampleId} new-name",
            "update"
        );
        command.Add(id);
        command.Add(name);
        cli.SetAction(command, async run =>
            run.Output.WriteObject(
                await rename(run.Client, run.Get(id), run.Get(name), run.CancellationToken).ConfigureAwait(false)
            )
        );
        return command;
    }

    /// <summary>Adds options (and arguments) to a command.</summary>
    public static Command With(this Command command, params Symbol[] symbols)
    {
        foreach (Symbol symbol in symbols)
        {
            switch (symbol)
            {
                case Option option:
                    command.Add(option);
                    break;
                case Argument argument:
                    command.Add(argument);
                    break;
                default:
                    command.Add((Command)symbol);
                    break;
            }
        }

        return command;
    }

    /// <summary><c>--tag key=value</c>, repeatable, of the commands that create tagged resources.</summary>
    public static Option<string[]> Tags() =>
        new("--tag") { Description = "A tag as key=value (repeat for several).", HelpName = "key=value" };

    /// <summary>Parses <c>key=value</c> (or a bare <c>key</c>) tags; <see langword="null"/> when there are
    /// none.</summary>
    public static List<ResourceTag>? ParseTags(IEnumerable<string>? tags) =>
        tags?.Select(ParseTag).ToList() is { Count: > 0 } list ? list : null;

    /// <summary>Parses one <c>key=value</c> (or bare <c>key</c>) tag.</summary>
    public static ResourceTag ParseTag(string text)
    {
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        string key = equals < 0 ? text : text[..equals];
        if (key.Length == 0)
        {
            throw new CliUsageException($"'{text}' is not a tag: write key=value.");
        }

        return new ResourceTag(key, equals < 0 ? null : text[(equals + 1)..]);
    }

    /// <summary>A flag (boolean option).</summary>
    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    /// <summary>The ID the help examples show.</summary>
    public const string ExampleId = "3f1c7a2e-8b4d-4c6e-9f0a-1b2c3d4e5f60";

    /// <summary>Reads every page of a listing, or the first <c>--limit</c> items, and writes them in the run's
    /// output format.</summary>
    public static async Task WriteListAsync<T>(
        CommandRun run,
        IAsyncEnumerable<T> items,
        Option<int?> limit,
        IReadOnlyList<string> columns
    )
    {
        int? most = run.Get(limit);
        var list = new List<T>();
        await foreach (T item in items.WithCancellation(run.CancellationToken).ConfigureAwait(false))
        {
            if (list.Count == most)
            {
                break;
            }

            list.Add(item);
        }

        run.Output.WriteList(list, columns);
    }

    private static void CheckPositive(System.CommandLine.Parsing.OptionResult result)
    {
        if (result.GetValueOrDefault<int?>() is <= 0)
        {
            result.AddError("--limit must be a positive number.");
        }
    }
}
