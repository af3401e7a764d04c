using System.Text.RegularExpressions;
using SdrsSdk.Tests.Conventions;

namespace SdrsSdk.Tests.Emulator.Conformance;

/// <summary>
/// Every error code the emulator's sources name (a <c>"SDRS.xxxx"</c> or <c>"APIGW.xxxx"</c> literal in
/// src/SdrsSdk.Testing) appears in a conformance test of this folder, unless it is listed below with the reason: a new
/// code without a raw-HTTP conformance test fails here.
/// </summary>
public sealed partial class ConformanceCoverageTests
{
    private const string Folder = "tests/SdrsSdk.Tests/Emulator/Conformance";
    private const string OwnFile = "ConformanceCoverageTests.cs";

    /// <summary>Codes the emulator names that no conformance test provokes, each with why.</summary>
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
        // Defaults of SdrsEmulator.FailNextJob (Statuses.DefaultErrorCode) appear in a failed job's error_code;
        // JobFailureConformanceTests provokes each, except this one.
        ["SDRS.0405"] = "FailNextJob default for a job type no operation starts: no request can reach it",
    };

    [Fact]
    public void EveryCodeOfTheEmulator_HasAConformanceTest()
    {
        HashSet<string> covered = CodesIn(Folder, except: OwnFile);

        List<string> missing =
        [
            .. CodesIn("src/SdrsSdk.Testing")
                .Where(code => !covered.Contains(code) && !Excluded.ContainsKey(code))
                .Order(StringComparer.Ordinal),
        ];

        missing.Should().BeEmpty("each code the emulator can answer needs a raw-HTTP test in Emulator/Conformance");
    }

    [Fact]
    public void TheExclusions_AreCodesOfTheEmulatorWithoutATest()
    {
        HashSet<string> named = CodesIn("src/SdrsSdk.Testing");
        HashSet<string> covered = CodesIn(Folder, except: OwnFile);

        Excluded
            .Keys.Should()
            .OnlyContain(code => named.Contains(code), "an exclusion the sources no longer name goes");
        Excluded.Keys.Should().NotContain(covered, "a code with a conformance test is no longer excluded");
    }

    [Fact]
    public void TheCaseTable_ProvokesOnlyCodesOfTheEmulator()
    {
        HashSet<string> named = CodesIn("src/SdrsSdk.Testing");

        ErrorCodeConformanceTests
            .CoveredCodes.Should()
            .OnlyContain(code => named.Contains(code), "a case provokes a code the emulator names");
    }

    private static HashSet<string> CodesIn(string folder, string? except = null)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (
            string file in Directory.EnumerateFiles(RepositoryFiles.PathOf(folder), "*.cs", SearchOption.AllDirectories)
        )
        {
            string relative = Path.GetRelativePath(RepositoryFiles.Root, file).Replace('\\', '/');
            if (
                relative.Contains("/bin/", StringComparison.Ordinal)
                || relative.Contains("/obj/", StringComparison.Ordinal)
                || Path.GetFileName(file) == except
            )
            {
                continue;
            }

            foreach (Match match in CodeLiteral().Matches(File.ReadAllText(file)))
            {
                codes.Add(match.Groups[1].Value);
            }
        }

        return codes;
    }

    [GeneratedRegex("\"((?:SDRS|APIGW)\\.[0-9]{4})\"")]
    private static partial Regex CodeLiteral();
}
