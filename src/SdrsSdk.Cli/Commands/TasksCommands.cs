using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

internal sealed class TasksCommands : ICommandGroup
{
    public IEnumerable<Command> Build(CliContext cli) => [cli.NewCommand("tasks", "TODO", "sdrs tasks")];
}
