using System.Reflection;
using System.Text.RegularExpressions;
using Refit;
using SdrsSdk.Operations.Internal;
using SdrsSdk.Serialization;
using SdrsSdk.Testing.Internal;

namespace SdrsSdk.Tests.Conventions;

/// <summary>
/// The operation table against everything that repeats it: the Refit interfaces, the JSON context, the emulator's
/// routes and the public clients. Each test names the operations or routes that are out of step.
/// </summary>
public sealed partial class OperationTableTests
{
    public static TheoryData<string> OperationIds => [.. SdrsOperations.All.Select(operation => operation.Id)];

    [Fact]
    public void All_HoldsEveryDeclaredOperationOnce()
    {
        List<SdrsOperation> declared =
        [
            .. typeof(SdrsOperations)
                .GetNestedTypes()
                .SelectMany(group => group.GetFields(BindingFlags.Public | BindingFlags.Static))
                .Where(field => field.FieldType == typeof(SdrsOperation))
                .Select(field => (SdrsOperation)field.GetValue(null)!),
        ];

        SdrsOperations
            .All.Should()
            .OnlyHaveUniqueItems()
            .And.BeEquivalentTo(declared, options => options.WithoutStrictOrdering().ComparingByValue<SdrsOperation>());
        SdrsOperations.All.Select(operation => operation.Id).Should().OnlyHaveUniqueItems();
        SdrsOperations
            .All.Select(operation => operation.Label)
            .Should()
            .OnlyHaveUniqueItems("a label names one operation in logs and errors");
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Row_IsConsistent(string id)
    {
        SdrsOperation operation = Row(id);

        operation.Method.Should().BeOneOf("GET", "POST", "PUT", "DELETE");
        operation.Path.Should().StartWith("/");
        operation.Section.Should().MatchRegex(@"^(5\.\d+\.\d+|—)$");
        if (operation.Method == "GET")
        {
            operation.RepeatClass.Should().Be(SdrsRepeatClass.Read, "every GET is a read");
        }

        if (operation.IsAsynchronous)
        {
            operation
                .ResultType.Should()
                .Be<SdrsSdk.Jobs.Internal.JobIdEnvelope>("an asynchronous operation answers with a job ID");
            operation.RepeatClass.Should().NotBe(SdrsRepeatClass.Read);
        }
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Row_BodyAndResultTypes_AreInTheJsonContext(string id)
    {
        SdrsOperation operation = Row(id);

        foreach (Type? type in new[] { operation.BodyType, operation.ResultType })
        {
            if (type is not null)
            {
                SdrsJsonContext
                    .Default.GetTypeInfo(type)
                    .Should()
                    .NotBeNull($"{type.Name} of {id} must be registered with [JsonSerializable] in SdrsJsonContext");
            }
        }
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Row_ClientMethods_ExistOnTheFacade(string id)
    {
        foreach (string clientMethod in Row(id).ClientMethods)
        {
            string[] parts = clientMethod.Split('.');
            PropertyInfo? client = typeof(SdrsClient).GetProperty(parts[0]);
            client.Should().NotBeNull($"SdrsClient.{parts[0]} is named by {id}");
            client!
                .PropertyType.GetMethods()
                .Should()
                .Contain(method => method.Name == parts[1], $"{clientMethod} is named by {id}");
        }
    }

    [Fact]
    public void RefitRoutes_EachMatchesATableRowWithTheSameTypes()
    {
        List<string> problems = [];
        foreach (RefitRoute route in RefitRoutes())
        {
            List<SdrsOperation> rows =
            [
                .. SdrsOperations.All.Where(operation =>
                    operation.Method == route.Method && Shape(operation.Path) == Shape(route.Path)
                ),
            ];
            if (rows.Count == 0)
            {
                problems.Add($"{route.Name}: {route.Method} {route.Path} has no row in SdrsOperations");
            }
            else if (!rows.Any(row => row.BodyType == route.BodyType && row.ResultType == route.ResultType))
            {
                problems.Add(
                    $"{route.Name}: body {route.BodyType?.Name ?? "none"}, result "
                        + $"{route.ResultType?.Name ?? "none"} match no row of "
                        + $"{string.Join(", ", rows.Select(row => row.Id))}"
                );
            }
        }

        problems.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Row_HasARefitMethod(string id)
    {
        SdrsOperation operation = Row(id);

        RefitRoutes()
            .Should()
            .Contain(
                route =>
                    route.Method == operation.Method
                    && Shape(route.Path) == Shape(operation.Path)
                    && route.BodyType == operation.BodyType
                    && route.ResultType == operation.ResultType,
                $"{id} ({operation.Label}) needs a method in an internal Refit interface"
            );
    }

    [Fact]
    public void EmulatorRoutes_AreExactlyTheTableRoutes()
    {
        HashSet<string> table =
        [
            .. SdrsOperations.All.Select(operation => operation.Method + " " + Shape(operation.Path)),
        ];
        HashSet<string> emulator = [.. Router.Routes.Select(route => route.Method + " " + Shape("/" + route.Pattern))];

        table
            .Except(emulator)
            .Should()
            .BeEmpty("every operation needs a route in the emulator (SdrsSdk.Testing/Internal/Router.cs)");
        emulator.Except(table).Should().BeEmpty("every emulator route must serve an operation of the table");
    }

    /// <summary>A path with every <c>{capture}</c> reduced to <c>{}</c>: Refit, the reference and the emulator name
    /// them differently.</summary>
    internal static string Shape(string path) => Capture().Replace(path, "{}");

    internal static IReadOnlyList<RefitRoute> RefitRoutes() =>
        [
            .. typeof(SdrsClient)
                .Assembly.GetTypes()
                .Where(type => type.IsInterface && !type.IsPublic)
                .SelectMany(type => type.GetMethods().Select(method => (type, method)))
                .SelectMany(pair =>
                    pair.method.GetCustomAttributes<HttpMethodAttribute>()
                        .Select(attribute => new RefitRoute(
                            $"{pair.type.Name}.{pair.method.Name}",
                            attribute.Method.Method,
                            FromRoot(attribute.Path),
                            pair.method.GetParameters()
                                .FirstOrDefault(parameter => parameter.GetCustomAttribute<BodyAttribute>() is not null)
                                ?.ParameterType,
                            pair.method.ReturnType.IsGenericType
                                ? pair.method.ReturnType.GetGenericArguments()[0]
                                : null
                        ))
                ),
        ];

    private static string FromRoot(string refitPath) =>
        refitPath.StartsWith("../../", StringComparison.Ordinal)
            ? "/" + refitPath["../../".Length..]
            : "/v1/{project_id}/" + refitPath;

    private static SdrsOperation Row(string id) => SdrsOperations.All.Single(operation => operation.Id == id);

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Capture();

    internal sealed record RefitRoute(string Name, string Method, string Path, Type? BodyType, Type? ResultType);
}
