using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

internal sealed class PairsCommands : ICommandGroup
{
    public IEnumerable<Command> Build(CliContext cli) => [cli.NewCommand("pairs", "TODO", "sdrs pairs")];
}
