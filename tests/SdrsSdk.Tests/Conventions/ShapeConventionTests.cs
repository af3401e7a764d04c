using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace SdrsSdk.Tests.Conventions;

/// <summary>Conventions of the public surface and of the source tree (CONVENTIONS.md), checked rather than
/// reviewed.</summary>
public sealed partial class ShapeConventionTests
{
    private static readonly Assembly Sdk = typeof(SdrsClient).Assembly;

    public static TheoryData<string> PageTypes =>
        [
            .. Sdk.GetExportedTypes()
                .Where(type => type.Name.EndsWith("Page", StringComparison.Ordinal) && type != typeof(SdrsPage))
                .Select(type => type.Name),
        ];

    /// <summary>
    /// One suffix per kind of internal wire type: a request body is <c>*Body</c>, a part nested in one is
    /// <c>*Arguments</c>, and what wraps a response (one resource, a list, a count, a job ID) is <c>*Envelope</c>.
    /// </summary>
    [Fact]
    public void InternalWireTypes_CarryTheSuffixOfTheirKind()
    {
        Type[] wire =
        [
            .. Sdk.GetTypes()
                .Where(type =>
                    !type.IsPublic
                    && !type.IsNested
                    && type.IsClass
                    && type.Namespace is { } ns
                    && (ns.StartsWith("SdrsSdk.Resources.", StringComparison.Ordinal) || ns == "SdrsSdk.Jobs.Internal")
                    && type.GetProperties().Any(property => property.IsDefined(typeof(JsonPropertyNameAttribute)))
                ),
        ];

        wire.Should().NotBeEmpty();
        wire.Select(type => type.Name)
            .Should()
            .OnlyContain(
                name =>
                    name.EndsWith("Body", StringComparison.Ordinal)
                    || name.EndsWith("Arguments", StringComparison.Ordinal)
                    || name.EndsWith("Envelope", StringComparison.Ordinal),
                "request bodies end in Body, their parts in Arguments, response wrappers in Envelope"
            );
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public void Page_HasTheOnePageShape(string name)
    {
        Type page = Sdk.GetExportedTypes().Single(type => type.Name == name);
        PropertyInfo[] properties = page.GetProperties(BindingFlags.Public | BindingFlags.Instance);

        page.IsSealed.Should().BeTrue();
        page.GetConstructor(Type.EmptyTypes).Should().NotBeNull("a page is created with an object initializer");
        page.BaseType.Should().Be<SdrsPage>("every page carries its response the same way");
        properties
            .Should()
            .HaveCount(3, "a page holds its items, the count and (from SdrsPage) the response it came in");
        properties
            .Should()
            .ContainSingle(
                property =>
                    property.PropertyType.IsGenericType
                    && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
                    && property.SetMethod != null
                    && property.SetMethod.IsPublic
                    && !IsInitOnly(property),
                "the items are an IReadOnlyList<T> with a public setter"
            );
        PropertyInfo? count = page.GetProperty("Count");
        count.Should().NotBeNull();
        count!.PropertyType.Should().Be<int?>("a service may leave the count out");
        (count.SetMethod is { IsPublic: true } && !IsInitOnly(count))
            .Should()
            .BeTrue("Count has a public setter like the items");
        page.GetMethod(nameof(ToString), Type.EmptyTypes)!.DeclaringType.Should().Be(page, "a page says what it holds");
    }

    [Fact]
    public void ClientAsyncMethods_TakeACancellationTokenLast()
    {
        List<string> missing = [];
        foreach (
            Type type in Sdk.GetExportedTypes()
                .Where(type =>
                    type.Name.EndsWith("Client", StringComparison.Ordinal)
                    || type.Name.StartsWith("SdrsJobOperation", StringComparison.Ordinal)
                )
        )
        {
            foreach (
                MethodInfo method in type.GetMethods(
                    BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly
                )
            )
            {
                if (
                    IsAsync(method.ReturnType)
                    && method.Name != "DisposeAsync"
                    && method.GetParameters().LastOrDefault()?.ParameterType != typeof(CancellationToken)
                )
                {
                    missing.Add($"{type.Name}.{method.Name}");
                }
            }
        }

        missing.Should().BeEmpty("every public I/O method takes 'CancellationToken cancellationToken = default' last");
    }

    [Fact]
    public void SourceFiles_AreNamedAfterTheirFirstType()
    {
        List<string> mismatches = [];
        foreach (string project in new[] { "src" })
        {
            foreach (
                string file in Directory.EnumerateFiles(
                    RepositoryFiles.PathOf(project),
                    "*.cs",
                    SearchOption.AllDirectories
                )
            )
            {
                string relative = Path.GetRelativePath(RepositoryFiles.Root, file).Replace('\\', '/');
                if (
                    relative.Contains("/obj/", StringComparison.Ordinal)
                    || relative.Contains("/bin/", StringComparison.Ordinal)
                )
                {
                    continue;
                }

                Match first = TypeDeclaration().Match(File.ReadAllText(file));
                string fileName = Path.GetFileNameWithoutExtension(file);
                if (
                    first.Success
                    && fileName != first.Groups["name"].Value
                    && fileName != first.Groups["name"].Value + "OfT"
                )
                {
                    mismatches.Add($"{relative} declares {first.Groups["name"].Value} first");
                }
            }
        }

        mismatches.Should().BeEmpty("a source file is named after the (first) type it declares");
    }

    private static bool IsAsync(Type type) =>
        type == typeof(Task)
        || type == typeof(ValueTask)
        || (
            type.IsGenericType
            && type.GetGenericTypeDefinition() is var definition
            && (
                definition == typeof(Task<>)
                || definition == typeof(ValueTask<>)
                || definition == typeof(IAsyncEnumerable<>)
            )
        );

    private static bool IsInitOnly(PropertyInfo property) =>
        property
            .SetMethod!.ReturnParameter.GetRequiredCustomModifiers()
            .Any(modifier => modifier.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    [GeneratedRegex(
        @"^(?:\[[^\n]*\]\s*)*"
            + @"(?:(?:public|internal|private|protected|static|sealed|abstract|partial|readonly|file|ref)\s+)*"
            + @"(?:class|struct|interface|enum|record(?:\s+struct|\s+class)?|delegate\s+[\w<>\[\],.?]+)\s+(?<name>\w+)",
        RegexOptions.Multiline
    )]
    private static partial Regex TypeDeclaration();
}
