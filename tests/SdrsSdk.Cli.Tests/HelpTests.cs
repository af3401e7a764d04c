using System.Collections;
using System.CommandLine;
using SdrsSdk.Cli.Tests.TestSupport;

namespace SdrsSdk.Cli.Tests;

/// <summary>Every command documents itself: a description, an example, and help that runs without a client.</summary>
public sealed class HelpTests
{
    private static readonly CliContext Context = new(TextWriter.Null, TextWriter.Null, new Hashtable(), new CliHost());
    private static readonly RootCommand Root = SdrsCli.BuildRoot(Context);

    public static TheoryData<string> CommandPaths()
    {
        var data = new TheoryData<string>();
        foreach (string path in Walk(Root, ""))
        {
            data.Add(path);
        }

        return data;
    }

    [Fact]
    public void EveryCommand_HasADescriptionAndAnExample()
    {
        var missing = new List<string>();
        foreach ((Command command, string path) in Commands(Root, "sdrs"))
        {
            if (string.IsNullOrWhiteSpace(command.Description) || !Context.Examples.ContainsKey(command))
            {
                missing.Add(path);
            }
            else
            {
                Context.Examples[command].Should().StartWith("sdrs", path);
            }
        }

        missing.Should().BeEmpty();
        Commands(Root, "sdrs").Should().HaveCountGreaterThan(50);
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public async Task Help_ShowsTheExample(string path)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        string[] args = [.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"];

        int code = await SdrsCli.InvokeAsync(args, stdout, stderr, new Hashtable());

        code.Should().Be(0, stderr.ToString());
        stdout.ToString().Should().Contain("Usage:").And.Contain("Example:\n  sdrs");
        OutputRules.Check(new CliResult(code, stdout.ToString(), stderr.ToString()), []);
    }

    [Fact]
    public async Task RootHelp_ListsEveryExitCode()
    {
        using var stdout = new StringWriter();

        int code = await SdrsCli.InvokeAsync(["--help"], stdout, TextWriter.Null, new Hashtable());

        code.Should().Be(0);
        foreach ((int value, string meaning) in ExitCodes.All)
        {
            stdout.ToString().Should().Contain($"{value, 3}  {meaning}");
        }
    }

    [Fact]
    public void ReferenceWords_AreAliases()
    {
        Command groups = Root.Subcommands.Single(command => command.Name == "groups");
        groups.Aliases.Should().Contain(["server-groups", "protection-groups"]);
        Root.Subcommands.Single(command => command.Name == "instances").Aliases.Should().Contain("protected-instances");
        Root.Subcommands.Single(command => command.Name == "pairs").Aliases.Should().Contain("replication-pairs");
    }

    private static IEnumerable<string> Walk(Command command, string prefix)
    {
        yield return prefix.Trim();
        foreach (Command child in command.Subcommands)
        {
            foreach (string path in Walk(child, $"{prefix} {child.Name}"))
            {
                yield return path;
            }
        }
    }

    private static List<(Command Command, string Path)> Commands(Command command, string path)
    {
        var list = new List<(Command, string)> { (command, path) };
        foreach (Command child in command.Subcommands)
        {
            list.AddRange(Commands(child, $"{path} {child.Name}"));
        }

        return list;
    }
}
