using System.Collections;

namespace SdrsSdk.Cli.Tests;

public sealed class CompletionTests
{
    [Theory]
    [InlineData("bash")]
    [InlineData("zsh")]
    [InlineData("pwsh")]
    public async Task Completion_PrintsAScriptCallingTheSuggestDirective(string shell)
    {
        using var stdout = new StringWriter();

        int code = await SdrsCli.InvokeAsync(["completion", shell], stdout, TextWriter.Null, new Hashtable());

        code.Should().Be(0);
        stdout.ToString().Should().Contain("[suggest:");
    }

    [Fact]
    public async Task SuggestDirective_CompletesSubcommands()
    {
        using var stdout = new StringWriter();

        int code = await SdrsCli.InvokeAsync(
            ["[suggest:14]", "sdrs groups pl"],
            stdout,
            TextWriter.Null,
            new Hashtable()
        );

        code.Should().Be(0);
        stdout.ToString().Split('\n', StringSplitOptions.TrimEntries).Should().Contain("planned-failover");
    }
}
