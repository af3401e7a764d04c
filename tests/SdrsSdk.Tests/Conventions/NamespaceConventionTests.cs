using System.Text.RegularExpressions;
using SdrsSdk.Testing;

namespace SdrsSdk.Tests.Conventions;

/// <summary>
/// The one namespace convention (CONVENTIONS.md, "Folders organise; namespaces don't follow them" for the public
/// surface): public types live in the project's namespace (<c>SdrsSdk</c>, <c>SdrsSdk.Testing</c>; DI extensions in
/// <c>Microsoft.Extensions.DependencyInjection</c>) so users need one <c>using</c>; every non-public type lives in the
/// namespace its folder spells, so <c>Http/Internal</c> holds <c>SdrsSdk.Http.Internal</c>,
/// <c>Resources/Tags/Internal</c> holds <c>SdrsSdk.Resources.Tags.Internal</c> and
/// <c>SdrsSdk.Testing/Internal/State</c> holds <c>SdrsSdk.Testing.Internal.State</c>.
/// </summary>
public sealed partial class NamespaceConventionTests
{
    private const string DependencyInjectionNamespace = "Microsoft.Extensions.DependencyInjection";

    public static TheoryData<string> Projects => ["SdrsSdk", "SdrsSdk.Testing", "SdrsSdk.RecoveryPlans"];

    [Fact]
    public void PublicTypes_LiveInTheProjectNamespace()
    {
        var wrong = typeof(SdrsClient)
            .Assembly.GetExportedTypes()
            .Where(type => type.Namespace is not ("SdrsSdk" or DependencyInjectionNamespace))
            .Concat(typeof(SdrsEmulator).Assembly.GetExportedTypes().Where(type => type.Namespace != "SdrsSdk.Testing"))
            .Select(type => type.FullName)
            .ToList();

        wrong.Should().BeEmpty("users reach every public type with one using directive");
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void SourceFiles_DeclareTheNamespaceOfTheirKind(string project)
    {
        string projectRoot = RepositoryFiles.PathOf("src/" + project);
        List<string> mismatches = [];
        foreach (string file in Directory.EnumerateFiles(projectRoot, "*.cs", SearchOption.AllDirectories))
        {
            string folder = Path.GetRelativePath(projectRoot, Path.GetDirectoryName(file)!).Replace('\\', '/');
            if (
                folder.StartsWith("obj", StringComparison.Ordinal) || folder.StartsWith("bin", StringComparison.Ordinal)
            )
            {
                continue;
            }

            string text = File.ReadAllText(file);
            Match declared = NamespaceDeclaration().Match(text);
            if (!declared.Success)
            {
                continue;
            }

            string expected = ExpectedNamespace(project, folder, PublicTypeDeclaration().IsMatch(text));
            if (declared.Groups["name"].Value != expected)
            {
                mismatches.Add(
                    $"{project}/{folder}/{Path.GetFileName(file)}: {declared.Groups["name"].Value}, expected {expected}"
                );
            }
        }

        mismatches
            .Should()
            .BeEmpty(
                "public types live in the project namespace and every non-public type in the namespace of its folder"
            );
    }

    [Theory]
    [InlineData("SdrsSdk", "Http/Internal", false, "SdrsSdk.Http.Internal")]
    [InlineData("SdrsSdk", "Resources/Tags/Internal", false, "SdrsSdk.Resources.Tags.Internal")]
    [InlineData("SdrsSdk", "Serialization", false, "SdrsSdk.Serialization")]
    [InlineData("SdrsSdk", "Resources/Tags", true, "SdrsSdk")]
    [InlineData("SdrsSdk", "DependencyInjection", true, DependencyInjectionNamespace)]
    [InlineData("SdrsSdk.Testing", "Internal/State", false, "SdrsSdk.Testing.Internal.State")]
    [InlineData("SdrsSdk.Testing", ".", true, "SdrsSdk.Testing")]
    public void ExpectedNamespace_FollowsTheRule(string project, string folder, bool isPublic, string expected) =>
        ExpectedNamespace(project, folder, isPublic).Should().Be(expected);

    private static string ExpectedNamespace(string project, string folder, bool isPublic)
    {
        if (isPublic)
        {
            return folder == "DependencyInjection" ? DependencyInjectionNamespace : project;
        }

        return folder == "." ? project : project + "." + folder.Replace('/', '.');
    }

    [GeneratedRegex(@"^namespace\s+(?<name>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(
        @"^(?:\[[^\n]*\]\s*)*public\s+(?:(?:static|sealed|abstract|partial|readonly|ref)\s+)*"
            + @"(?:class|struct|interface|enum|record|delegate)\b",
        RegexOptions.Multiline
    )]
    private static partial Regex PublicTypeDeclaration();
}
