using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

internal sealed class InstancesCommands : ICommandGroup
{
    public IEnumerable<Command> Build(CliContext cli) => [cli.NewCommand("instances", "TODO", "sdrs instances")];
}
