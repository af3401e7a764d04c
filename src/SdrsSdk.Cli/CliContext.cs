using System.Collections;
using System.CommandLine;
using SdrsSdk.Cli.Hosting;
using SdrsSdk.Cli.Output;
using Spectre.Console;

namespace SdrsSdk.Cli;

/// <summary>
/// One invocation of the tool: its writers, environment and host, the shared options, and the helpers commands are
/// built with (<see cref="NewCommand"/>, <see cref="SetAction"/>). Every action runs through <see cref="RunAsync"/>,
/// the one place that builds the client, catches failures and turns them into messages and exit codes.
/// </summary>
internal sealed class CliContext
{
    private readonly Dictionary<Command, string> _examples = [];

    public CliContext(TextWriter stdout, TextWriter stderr, IDictionary environment, CliHost host)
    {
        Stdout = stdout;
        Stderr = stderr;
        Environment = environment;
        Host = host;
        StdoutConsole = CreateConsole(stdout, host.Interactive, environment);
        StderrConsole = CreateConsole(stderr, host.Interactive, environment);
    }

    public TextWriter Stdout { get; }

    public TextWriter Stderr { get; }

    public IDictionary Environment { get; }

    public CliHost Host { get; }

    public GlobalOptions Globals { get; } = new();

    public IAnsiConsole StdoutConsole { get; }

    public IAnsiConsole StderrConsole { get; }

    /// <summary>Gets the example of every command, for help and for the test that each command has one.</summary>
    public IReadOnlyDictionary<Command, string> Examples => _examples;

    /// <summary>Creates a command with its description, help example and aliases (the reference's words).</summary>
    public Command NewCommand(string name, string description, string example, params string[] aliases)
    {
        var command = new Command(name, description);
        foreach (string alias in aliases)
        {
            command.Aliases.Add(alias);
        }

        _examples[command] = example;
        return command;
    }

    /// <summary>Records the example of a command not made by <see cref="NewCommand"/> (the root).</summary>
    public void SetExample(Command command, string example) => _examples[command] = example;

    /// <summary>Makes <paramref name="body"/> the command's action, run by <see cref="RunAsync"/>.</summary>
    public void SetAction(Command command, Func<CommandRun, Task> body) =>
        command.SetAction((parse, cancellationToken) => RunAsync(parse, body, cancellationToken));

    /// <summary>Builds the client, runs the command, and maps a failure to its message on standard error and its
    /// exit code (<see cref="ExitCodes.For"/>).</summary>
    public async Task<int> RunAsync(ParseResult parse, Func<CommandRun, Task> body, CancellationToken cancellationToken)
    {
        try
        {
            ClientLease lease = await ClientFactory
                .CreateAsync(parse, Globals, Environment, Host, cancellationToken)
                .ConfigureAwait(false);
            await using (lease.ConfigureAwait(false))
            {
                var output = new OutputWriter(Stdout, StdoutConsole, parse.GetValue(Globals.Output), Query(parse));
                await body(new CommandRun(this, parse, lease, output, cancellationToken)).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            int code = ExitCodes.For(e);
            await Stderr
                .WriteLineAsync(code == ExitCodes.Cancelled ? "Cancelled." : $"Error: {e.Message}")
                .ConfigureAwait(false);
            return code;
        }
    }

    private string[]? Query(ParseResult parse) =>
        parse.GetValue(Globals.Query) is { } text
            ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : null;

    private static IAnsiConsole CreateConsole(TextWriter writer, bool interactive, IDictionary environment)
    {
        bool color = interactive && environment["NO_COLOR"] is null;
        IAnsiConsole console = AnsiConsole.Create(
            new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer),
                Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            }
        );
        if (!interactive)
        {
            // Redirected output has no width: keep rows on one line for grep and awk.
            console.Profile.Width = 4096;
        }

        return console;
    }
}
