using System.Text.RegularExpressions;

namespace SdrsSdk.Tests.Conventions;

/// <summary>
/// Lines are at most 120 characters, as <c>.editorconfig</c> (<c>max_line_length</c>) and the formatter's
/// <c>.csharpierrc.yaml</c> (<c>printWidth</c>) both say. The formatter wraps code; comments and string literals are
/// wrapped by hand, and this test catches what it cannot. The one exception is the inside of a raw string literal
/// (<c>"""</c>) in the test projects: that is wire JSON copied from the reference or a capture, kept byte for byte.
/// </summary>
public sealed partial class LineLengthConventionTests
{
    private const int MaxLineLength = 120;

    [Fact]
    public void EditorConfigAndFormatter_AgreeOnTheLimit()
    {
        string editorConfig = File.ReadAllText(RepositoryFiles.PathOf(".editorconfig"));
        string formatter = File.ReadAllText(RepositoryFiles.PathOf(".csharpierrc.yaml"));

        MaxLineLengthSetting().Match(editorConfig).Groups["value"].Value.Should().Be("120");
        PrintWidthSetting().Match(formatter).Groups["value"].Value.Should().Be("120");
    }

    [Fact]
    public void SourceLines_AreAtMost120Characters()
    {
        List<string> tooLong = [];
        foreach (string folder in new[] { "src", "tests", "samples" })
        {
            foreach (string file in SourceFiles(RepositoryFiles.PathOf(folder)))
            {
                bool testData = folder == "tests";
                tooLong.AddRange(
                    LongLines(File.ReadAllLines(file), testData)
                        .Select(line => $"{Path.GetRelativePath(RepositoryFiles.Root, file)}:{line}")
                );
            }
        }

        tooLong.Should().BeEmpty("lines are at most {0} characters (.editorconfig max_line_length)", MaxLineLength);
    }

    [Fact]
    public void LongLines_ExemptOnlyTheInsideOfRawStringLiteralsInTests()
    {
        string longText = new('x', 130);
        string[] lines =
        [
            "var a = 1;",
            "var json = \"\"\"",
            longText,
            "    \"\"\";",
            "// " + longText,
            "var single = \"\"\"" + longText + "\"\"\";",
        ];

        LongLines(lines, testData: true).Should().Equal(5);
        LongLines(lines, testData: false).Should().Equal(3, 5, 6);
    }

    private static IEnumerable<int> LongLines(IReadOnlyList<string> lines, bool testData)
    {
        bool insideRaw = false;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            int quotes = RawQuote().Count(line);
            bool exempt = testData && (insideRaw || quotes >= 2);
            if (line.Length > MaxLineLength && !exempt)
            {
                yield return i + 1;
            }

            if (quotes % 2 == 1)
            {
                insideRaw = !insideRaw;
            }
        }
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory
            .EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(file =>
            {
                string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                return !relative.Contains("/obj/", StringComparison.Ordinal)
                    && !relative.Contains("/bin/", StringComparison.Ordinal);
            });

    [GeneratedRegex("\"\"\"")]
    private static partial Regex RawQuote();

    [GeneratedRegex(@"^max_line_length\s*=\s*(?<value>\d+)", RegexOptions.Multiline)]
    private static partial Regex MaxLineLengthSetting();

    [GeneratedRegex(@"^printWidth:\s*(?<value>\d+)", RegexOptions.Multiline)]
    private static partial Regex PrintWidthSetting();
}
