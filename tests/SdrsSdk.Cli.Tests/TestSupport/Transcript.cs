using System.Text;
using System.Text.Json.Nodes;

namespace SdrsSdk.Cli.Tests.TestSupport;

/// <summary>
/// Runs a sequence of commands against one emulator and records each command line, its standard output and its exit
/// code, for one golden file per scenario. Every run is also checked for what must hold for all output: no control
/// characters (output is redirected), and none of the emulator's secrets.
/// </summary>
public sealed class Transcript(Func<string[], Task<CliResult>> run, IEnumerable<string> secrets)
{
    private readonly StringBuilder _text = new();
    private readonly string[] _secrets = secrets.ToArray();

    public string Text => _text.ToString();

    /// <summary>Runs a command that must succeed; returns its result.</summary>
    public Task<CliResult> RunAsync(params string[] args) => RunExpectingAsync(0, args);

    /// <summary>Runs a command and asserts its exit code.</summary>
    public async Task<CliResult> RunExpectingAsync(int exitCode, params string[] args)
    {
        CliResult result = await run(args);
        _text.Append("$ sdrs ").AppendJoin(' ', args).Append('\n');
        _text.Append(result.Stdout.ReplaceLineEndings("\n"));
        _text.Append("[exit ").Append(result.ExitCode).Append("]\n\n");
        result.ExitCode.Should().Be(exitCode, $"sdrs {string.Join(' ', args)} wrote: {result.Stderr}");
        OutputRules.Check(result, _secrets);
        return result;
    }

    /// <summary>Runs a JSON command and returns a field of its result.</summary>
    public Task<string> RunForFieldAsync(string field, params string[] args) => RunForFieldAsync(field, args, false);

    /// <summary>Runs a JSON command and returns a field of its result (of its first item, for a list).</summary>
    public async Task<string> RunForFieldAsync(string field, string[] args, bool first)
    {
        CliResult result = await RunAsync([.. args, "-o", "json"]);
        JsonNode node = JsonNode.Parse(result.Stdout)!;
        return (first ? node[0]! : node)[field]!.GetValue<string>();
    }
}
