using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

internal sealed class TagsCommands : ICommandGroup
{
    public IEnumerable<Command> Build(CliContext cli) => [cli.NewCommand("tags", "TODO", "sdrs tags")];
}
