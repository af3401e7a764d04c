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

    /// <summary>The ID the help examples show.</summary>
    public const string ExampleId = "3f1c7a2e-8b4d-4c6e-9f0a-1b2c3d4e5f60";

    /// <summary>Reads every page of a listing, or the first <paramref name="limit"/> items.</summary>
    public static async Task<IReadOnlyList<T>> CollectAsync<T>(
        IAsyncEnumerable<T> items,
        int? limit,
        CancellationToken cancellationToken
    )
    {
        var list = new List<T>();
        await foreach (T item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (list.Count == limit)
            {
                break;
            }

            list.Add(item);
        }

        return list;
    }

    private static void CheckPositive(System.CommandLine.Parsing.OptionResult result)
    {
        if (result.GetValueOrDefault<int?>() is <= 0)
        {
            result.AddError("--limit must be a positive number.");
        }
    }
}
