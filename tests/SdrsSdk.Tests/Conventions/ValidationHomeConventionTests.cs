using System.Text.RegularExpressions;

namespace SdrsSdk.Tests.Conventions;

/// <summary>
/// One home for argument rules: every <see cref="ArgumentException"/> the SDK raises for a broken rule is built in
/// <c>src/SdrsSdk/Validation</c> (<c>SdrsValidation</c>, <c>SdrsArgument</c>, the per-area rules and the collecting
/// <c>ValidationErrors</c>), so a rule's wording and its parameter name live in one place. Elsewhere code calls a
/// named rule; only the framework's own null guards (<c>ArgumentNullException.ThrowIfNull</c>,
/// <c>ArgumentException.ThrowIfNullOrWhiteSpace</c>) stand outside it.
/// </summary>
public sealed partial class ValidationHomeConventionTests
{
    [Fact]
    public void ArgumentExceptions_AreBuiltOnlyUnderValidation()
    {
        string root = RepositoryFiles.PathOf("src/SdrsSdk");
        List<string> outside = [];
        foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (
                relative.StartsWith("obj/", StringComparison.Ordinal)
                || relative.StartsWith("bin/", StringComparison.Ordinal)
                || relative.StartsWith("Validation/", StringComparison.Ordinal)
            )
            {
                continue;
            }

            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (ArgumentExceptionConstruction().IsMatch(lines[i]))
                {
                    outside.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        outside.Should().BeEmpty("argument rules live under src/SdrsSdk/Validation; call a named rule instead");
    }

    [Theory]
    [InlineData("throw new ArgumentException(\"x\", nameof(y));", true)]
    [InlineData("throw new ArgumentOutOfRangeException(nameof(y), y, \"x\");", true)]
    [InlineData(": throw new ArgumentException(", true)]
    [InlineData("ArgumentNullException.ThrowIfNull(request);", false)]
    [InlineData("/// <exception cref=\"ArgumentException\">A rule is broken.</exception>", false)]
    [InlineData("catch (ArgumentException exception)", false)]
    public void Detector_SeesConstructionsOnly(string line, bool expected) =>
        ArgumentExceptionConstruction().IsMatch(line).Should().Be(expected);

    [GeneratedRegex(@"new\s+Argument(?:OutOfRange)?Exception\s*\(")]
    private static partial Regex ArgumentExceptionConstruction();
}
