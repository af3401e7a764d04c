using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Resources;

/// <summary>
/// What every resource's <c>GetAsync</c> does alike: the service's not-found answers (its own SDRS codes with status
/// 400, and a 404 <c>itemNotFound</c>) become <see cref="SdrsNotFoundException"/>, and a success body without the
/// resource's envelope becomes <see cref="SdrsInvalidResponseException"/>.
/// </summary>
public sealed class ResourceGetTests : IDisposable
{
    private readonly MockSdrs _sdrs = new();

    /// <summary>A resource with a single-item read: its path segment, envelope field, not-found code and
    /// message.</summary>
    private sealed record GetCase(
        string Resource,
        string Collection,
        string Envelope,
        string NotFoundCode,
        string NotFoundMessage,
        Func<SdrsClient, string, Task> Get
    );

    private static readonly GetCase[] Cases =
    [
        new(
            "Drills",
            "disaster-recovery-drills",
            "disaster_recovery_drill",
            "SDRS.1902",
            "DR drill not found",
            (client, id) => client.Drills.GetAsync(id)
        ),
        new(
            "ProtectedInstances",
            "protected-instances",
            "protected_instance",
            "SDRS.1320",
            "Protected instance not found",
            (client, id) => client.ProtectedInstances.GetAsync(id)
        ),
        new("Replications", "replications", "replication", "SDRS.1608", "Replication pair not found", (client, id) =>
            client.Replications.GetAsync(id)
        ),
        new("ServerGroups", "server-groups", "server_group", "SDRS.1013", "Protection group not found", (client, id) =>
            client.ServerGroups.GetAsync(id)
        ),
    ];

    public static TheoryData<string, string> NotFoundCodes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (GetCase get in Cases)
            {
                data.Add(get.Resource, "error");
                data.Add(get.Resource, "badrequest");
            }

            return data;
        }
    }

    public static TheoryData<string> Resources => [.. Cases.Select(get => get.Resource)];

    private static GetCase Case(string resource) => Cases.Single(get => get.Resource == resource);

    [Theory]
    [MemberData(nameof(NotFoundCodes))]
    public async Task GetAsync_SdrsNotFoundCode_ThrowsSdrsNotFoundException(string resource, string wrapper)
    {
        GetCase get = Case(resource);
        string path = MockSdrs.ProjectPath($"{get.Collection}/missing");
        _sdrs
            .Server.Given(Request.Create().WithPath(path).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(400)
                    .WithHeader("Content-Type", "application/json")
                    .WithHeader("X-Request-Id", "req-not-found")
                    .WithBody(
                        $$$"""{"{{{wrapper}}}":{"code":"{{{get.NotFoundCode}}}","message":"{{{get.NotFoundMessage}}}"}}"""
                    )
            );
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => get.Get(client, "missing");

        SdrsNotFoundException exception = (await act.Should().ThrowAsync<SdrsNotFoundException>()).Which;
        exception.Status.Should().Be(400);
        exception.ErrorCode.Should().Be(get.NotFoundCode);
        exception.ErrorMessage.Should().Be(get.NotFoundMessage);
        exception.RequestId.Should().Be("req-not-found");
        exception.Method.Should().Be("GET");
        exception.Path.Should().Be(path);
        exception.IsNotFound.Should().BeTrue();
        exception.ErrorInfo!.IsNotFound.Should().BeTrue();
        exception.ErrorInfo.HandlingMeasure.Should().NotBeNullOrWhiteSpace("the catalog says what to do");
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task GetAsync_ItemNotFound404_ThrowsSdrsNotFoundException(string resource)
    {
        GetCase get = Case(resource);
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"{get.Collection}/gone")).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(404)
                    .WithHeader("Content-Type", "application/json")
                    .WithBody("""{"itemNotFound":{"code":"SDRS.0404","message":"Resource not found"}}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => get.Get(client, "gone");

        SdrsNotFoundException exception = (await act.Should().ThrowAsync<SdrsNotFoundException>()).Which;
        exception.Status.Should().Be(404);
        exception.ErrorCode.Should().Be("SDRS.0404");
        exception.IsNotFound.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task GetAsync_EmptyEnvelope_ThrowsInvalidResponse(string resource)
    {
        GetCase get = Case(resource);
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"{get.Collection}/id-1")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => get.Get(client, "id-1");

        (await act.Should().ThrowAsync<SdrsInvalidResponseException>()).Which.Message.Should().Contain(get.Envelope);
    }

    public void Dispose() => _sdrs.Dispose();
}
