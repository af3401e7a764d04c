using System.Reflection;

namespace SdrsSdk.Tests.Conventions;

/// <summary>
/// Users' unit tests can stand in for the SDK (Azure SDK's mocking rules): every client has a protected parameterless
/// constructor and only virtual public members; every model a client returns, and every model inside it, can be
/// built by a test (a public constructor and settable properties); the job handles through
/// <see cref="SdrsModelFactory"/>.
/// </summary>
public sealed class MockableConventionTests
{
    private static readonly Assembly Sdk = typeof(SdrsClient).Assembly;

    private static IEnumerable<Type> Clients() =>
        Sdk.GetExportedTypes().Where(type => type.IsClass && type.Name.EndsWith("Client", StringComparison.Ordinal));

    [Fact]
    public void Clients_AreMockable()
    {
        Clients().Should().HaveCountGreaterThanOrEqualTo(12);
        foreach (Type client in Clients())
        {
            client.IsSealed.Should().BeFalse($"{client.Name} is mocked by subclassing");
            client
                .GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes)
                .Should()
                .NotBeNull($"{client.Name} needs a protected parameterless constructor")
                .And.Match<ConstructorInfo>(ctor => ctor.IsFamily);
            MethodInfo[] members = client
                .GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
                .Where(method => method.Name is not ("ToString" or "Dispose"))
                .ToArray();
            members.Should().NotBeEmpty();
            members
                .Where(method => !method.IsVirtual || method.IsFinal)
                .Select(method => $"{client.Name}.{method.Name}")
                .Should()
                .BeEmpty("every public member of a client is virtual, so a mock can stand in for it");
        }
    }

    [Fact]
    public void ModelsTheClientsReturn_CanBeBuiltByATest()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(
            Clients()
                .SelectMany(client => client.GetMethods(BindingFlags.Instance | BindingFlags.Public))
                .Select(method => method.ReturnType)
        );
        var problems = new List<string>();
        while (queue.Count > 0)
        {
            foreach (Type type in Unwrap(queue.Dequeue()).Where(type => type.Assembly == Sdk && seen.Add(type)))
            {
                if (!type.IsClass || type.IsAbstract || type.Name.EndsWith("Client", StringComparison.Ordinal))
                {
                    continue;
                }

                if (type == typeof(SdrsJobOperation) || type.IsGenericType)
                {
                    // The job handles: SdrsModelFactory.JobOperation.
                    continue;
                }

                if (type.GetConstructors().Length == 0)
                {
                    problems.Add($"{type.Name} has no public constructor");
                }

                foreach (PropertyInfo property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
                {
                    if (property.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is not null)
                    {
                        // Derived from the wire fields (SdrsJob.SubJobs from its entities): set those instead.
                        continue;
                    }

                    if (property.SetMethod is not { IsPublic: true })
                    {
                        problems.Add($"{type.Name}.{property.Name} cannot be set");
                    }

                    queue.Enqueue(property.PropertyType);
                }
            }
        }

        seen.Should().Contain([typeof(ServerGroup), typeof(ServerGroupPage), typeof(SdrsJob), typeof(SdrsJobEntities)]);
        problems.Should().BeEmpty();
    }

    /// <summary>The SDK types a return or property type carries: itself, or the arguments of a generic type
    /// (<c>Task&lt;T&gt;</c>, <c>IAsyncEnumerable&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>, …).</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        Type bare = Nullable.GetUnderlyingType(type) ?? type;
        if (!bare.IsGenericType)
        {
            return [bare];
        }

        return bare.Assembly == Sdk
            ? bare.GetGenericArguments().SelectMany(Unwrap).Append(bare)
            : bare.GetGenericArguments().SelectMany(Unwrap);
    }
}
