using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace SdrsSdk.Cli.Tests.TestSupport;

/// <summary>
/// Golden transcripts (command lines, table, JSON and YAML output, exit codes), read from the source folder:
/// generated IDs (UUIDs and 32-hex job IDs) become <c>&lt;id-N&gt;</c> in order of first appearance, timestamps
/// become <c>&lt;time&gt;</c>, the emulator's port <c>&lt;port&gt;</c>. A missing file is written (and the test
/// fails, so a new golden file is always looked at); set SDRS_UPDATE_GOLDEN=1 to rewrite.
/// </summary>
public static partial class Golden
{
    public static string Normalize(string text)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        text = IdPattern()
            .Replace(text, match =>
            {
                if (!ids.TryGetValue(match.Value, out string? name))
                {
                    name = $"<id-{ids.Count + 1}>";
                    ids[match.Value] = name;
                }

                return name;
            });
        text = PortPattern().Replace(text, "127.0.0.1:<port>");
        return TimePattern().Replace(text, "<time>").ReplaceLineEndings("\n");
    }

    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        string directory = Path.Combine(FindProjectDirectory(callerFile), "Golden");
        string path = Path.Combine(directory, name + ".txt");
        string normalized = Normalize(actual);
        if (!File.Exists(path) || Environment.GetEnvironmentVariable("SDRS_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, normalized);
            if (Environment.GetEnvironmentVariable("SDRS_UPDATE_GOLDEN") != "1")
            {
                throw new Xunit.Sdk.XunitException($"Golden file {path} was missing and has been written; review it.");
            }
        }

        normalized.Should().Be(File.ReadAllText(path).ReplaceLineEndings("\n"), $"the golden file {name}.txt");
    }

    private static string FindProjectDirectory(string callerFile)
    {
        string? directory = Path.GetDirectoryName(callerFile);
        while (directory is not null && !File.Exists(Path.Combine(directory, "SdrsSdk.Cli.Tests.csproj")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("The test project directory was not found.");
    }

    [GeneratedRegex(
        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"127\.0\.0\.1:\d+")]
    private static partial Regex PortPattern();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?")]
    private static partial Regex TimePattern();
}
