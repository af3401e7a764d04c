using System.Collections;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using SdrsSdk.Cli.Commands;

namespace SdrsSdk.Cli;

/// <summary>
/// The <c>sdrs</c> tool as a function of its arguments, writers and environment, so tests run it in-process
/// against an emulator they own. <c>Program.cs</c> calls it with the real console.
/// </summary>
internal static class SdrsCli
{
    /// <summary>
    /// The top-level command groups, in the order help lists them. Extension point: the recovery-plan commands
    /// (<c>sdrs plan check|run|resume|report</c>) are one more <see cref="ICommandGroup"/> here.
    /// </summary>
    public static IReadOnlyList<ICommandGroup> Groups { get; } =
    [
        new GroupsCommands(),
        new InstancesCommands(),
        new PairsCommands(),
        new DrillsCommands(),
        new TagsCommands(),
        new TasksCommands(),
        new JobsCommands(),
        new InfoCommands(),
        new EmulatorCommands(),
        new CompletionCommands(),
        new PlanCommands(),
    ];

    /// <summary>Runs the tool with the given client (or one built from flags and environment).</summary>
    public static Task<int> InvokeAsync(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        IDictionary environment,
        SdrsClient? client = null
    ) => InvokeAsync(args, stdout, stderr, environment, new CliHost { Client = client });

    /// <summary>Runs the tool.</summary>
    public static async Task<int> InvokeAsync(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        IDictionary environment,
        CliHost host
    )
    {
        var cli = new CliContext(stdout, stderr, environment, host);
        RootCommand root = BuildRoot(cli);
        ParseResult parse = root.Parse(args);
        var invocation = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
            // Only the real process handles Ctrl+C/SIGTERM (cancelling the action); in-process callers do not.
            ProcessTerminationTimeout = host.HandlesSignals ? TimeSpan.FromSeconds(5) : null,
        };
        int code = await parse.InvokeAsync(invocation).ConfigureAwait(false);
        return parse.Action is ParseErrorAction ? ExitCodes.UsageError : code;
    }

    /// <summary>Builds the root command with every group, the global options and help with examples.</summary>
    public static RootCommand BuildRoot(CliContext cli)
    {
        var root = new RootCommand(
            "sdrs: protection groups, protected instances, replication pairs, DR drills, failover and jobs of "
                + "Huawei Cloud SDRS (Storage Disaster Recovery Service), from a terminal or a script."
        );
        cli.SetExample(root, "sdrs --emulator groups list");
        cli.Globals.AddTo(root);
        foreach (ICommandGroup group in Groups)
        {
            foreach (Command command in group.Build(cli))
            {
                root.Add(command);
            }
        }

        foreach (HelpOption help in root.Options.OfType<HelpOption>())
        {
            help.Action = new ExamplesHelpAction((HelpAction)help.Action!, cli, root);
        }

        return root;
    }

    /// <summary>The default help, followed by the command's example; the root's help also lists the exit codes
    /// and how to enable shell completion.</summary>
    private sealed class ExamplesHelpAction(HelpAction inner, CliContext cli, RootCommand root)
        : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            int code = inner.Invoke(parseResult);
            TextWriter output = parseResult.InvocationConfiguration.Output;
            Command command = parseResult.CommandResult.Command;
            if (cli.Examples.TryGetValue(command, out string? example))
            {
                output.WriteLine("Example:");
                output.WriteLine($"  {example}");
                output.WriteLine();
            }

            if (command == root)
            {
                output.WriteLine("Exit codes:");
                foreach ((int value, string meaning) in ExitCodes.All)
                {
                    output.WriteLine($"  {value, 3}  {meaning}");
                }

                output.WriteLine();
                output.WriteLine("Shell completion: sdrs completion bash|zsh|pwsh (prints the script to source).");
                output.WriteLine(
                    "Settings and credentials: HUAWEICLOUD_SDK_* variables, SDRS_ENDPOINT, --config; "
                        + "secrets never on the command line."
                );
            }

            return code;
        }
    }
}
