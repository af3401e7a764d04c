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

    /// <summary>Codes the emulator names but no raw request can provoke as an error envelope, each with why.</summary>
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
        // Defaults of SdrsEmulator.FailNextJob (Statuses.FailureCode): they appear in a failed job's error_code, never
        // in an error envelope; FailNextJob's own tests (JobProgressionTests, WorkflowTests) cover them.
        ["SDRS.0405"] = "FailNextJob default for job types without a catalog code",
        ["SDRS.1014"] = "FailNextJob default: create protection group",
        ["SDRS.1016"] = "FailNextJob default: delete protection group",
        ["SDRS.1028"] = "FailNextJob default: stop protection",
        ["SDRS.1312"] = "FailNextJob default: add NIC",
        ["SDRS.1313"] = "FailNextJob default: delete NIC",
        ["SDRS.1329"] = "FailNextJob default: resize protected instance",
        ["SDRS.1350"] = "FailNextJob default: create protected instance",
        ["SDRS.1351"] = "FailNextJob default: delete protected instance",
        ["SDRS.1607"] = "FailNextJob default: delete replication pair",
        ["SDRS.1609"] = "FailNextJob default: create replication pair",
        ["SDRS.1820"] = "FailNextJob default: expand replication pair",
        ["SDRS.1821"] = "FailNextJob default: attach replication pair",
        ["SDRS.1822"] = "FailNextJob default: detach replication pair",
        ["SDRS.1922"] = "FailNextJob default: create DR drill",
        ["SDRS.1923"] = "FailNextJob default: delete DR drill",

        // Formats.IPv4 names the code, but no handler calls it yet (issue 15's IPv4 checks wire it in); remove this
        // line with the conformance test that provokes it.
        ["SDRS.0219"] = "Formats.IPv4 not yet called by a handler",
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
