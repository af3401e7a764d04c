using SdrsSdk.Cli.Hosting;
using SdrsSdk.Cli.Tests.TestSupport;

namespace SdrsSdk.Cli.Tests;

/// <summary>Waiting shows progress on standard error: plain lines when redirected, a live display on a
/// terminal.</summary>
public sealed class ProgressTests : CliTestBase
{
    [Fact]
    public async Task Redirected_PrintsOnePlainLinePerChange_OnStderr()
    {
        CliResult result = await RunAsync("groups", "disable", GroupId, "-o", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        string[] lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().NotBeEmpty().And.OnlyContain(line => line.StartsWith("stopProtectionGroupNoCG "));
        lines[^1].Should().Contain(": SUCCESS after");
        lines
            .Select(line => line.Substring(0, line.IndexOf(" after", StringComparison.Ordinal)))
            .Should()
            .OnlyHaveUniqueItems("a line is printed only when the status or the sub-jobs change");
        OutputRules.Check(result, Secrets);
    }

    [Fact]
    public async Task Terminal_ShowsLiveProgress_AndTheFinalStatus()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        int code = await SdrsCli.InvokeAsync(
            ["groups", "disable", GroupId],
            stdout,
            stderr,
            new System.Collections.Hashtable(),
            new CliHost
            {
                Client = Client,
                Polling = DemoWorld.FastPolling(),
                Interactive = true,
            }
        );

        code.Should().Be(0, stderr.ToString());
        stderr.ToString().Should().Contain("SUCCESS after");
        stdout.ToString().Should().Contain("stopProtectionGroupNoCG");
    }
}
