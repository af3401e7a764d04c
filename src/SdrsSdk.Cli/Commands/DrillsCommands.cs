using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

internal sealed class DrillsCommands : ICommandGroup
{
    public IEnumerable<Command> Build(CliContext cli) => [cli.NewCommand("drills", "TODO", "sdrs drills")];
}
