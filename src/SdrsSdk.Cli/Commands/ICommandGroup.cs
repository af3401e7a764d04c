using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

/// <summary>One area of <c>sdrs</c>: its top-level command(s) and everything under them. <see cref="SdrsCli.Groups"/>
/// lists the areas; a new one (for example <c>sdrs plan</c>) is one more entry there.</summary>
internal interface ICommandGroup
{
    /// <summary>Builds the top-level commands with their subcommands and actions.</summary>
    IEnumerable<Command> Build(CliContext cli);
}
