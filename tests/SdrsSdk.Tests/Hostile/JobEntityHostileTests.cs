using System.Text.Json;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Hostile;

/// <summary>
/// What a finished job says is the server's choice too: a created resource's ID from the job's entities is checked
/// before it goes into a path, and a fail reason that echoes a secret is scrubbed before it reaches the caller.
/// </summary>
public sealed class JobEntityHostileTests : IDisposable
{
    private const string JobId = "0000000062db92d70162db9d200f000a";
    private static readonly string JobPath = MockSdrs.ProjectPath($"jobs/{JobId}");
    private static readonly string GroupsPath = MockSdrs.ProjectPath("server-groups");

    private readonly MockSdrs _sdrs = new();

    public static TheoryData<string> SpoofedResourceIds() =>
        new() { "..", ".", "a/b", "../../server-groups", "x?limit=1", "id#fragment", " padded ", "" };

    [Theory]
    [MemberData(nameof(SpoofedResourceIds))]
    public async Task WaitForResourceAsync_EntityIdNotOnePathSegment_ThrowsInvalidResponseAndNeverUsesIt(string spoofed)
    {
        StubStart();
        StubJob(Job("SUCCESS", new Dictionary<string, string> { ["server_group_id"] = spoofed }));
        using SdrsClient client = CreateClient();
        SdrsJobOperation<ServerGroup> operation = await client.ServerGroups.StartCreateAsync(NewGroup());

        Func<Task> wait = () => operation.WaitForResourceAsync(FastPolling());

        SdrsInvalidResponseException error = (await wait.Should().ThrowAsync<SdrsInvalidResponseException>()).Which;
        error.Message.Should().Contain("server_group_id").And.Contain(JobId);
        error.Method.Should().Be("GET");
        _sdrs
            .Requests()
            .Select(request => request.Path)
            .Should()
            .Equal([GroupsPath, JobPath], "the spoofed ID is never requested");
    }

    [Fact]
    public async Task WaitForResourceAsync_ValidEntityId_ReadsTheResource()
    {
        const string GroupId = "3a1b7e9c-0c3d-4d5e-8f9a-0b1c2d3e4f5a";
        StubStart();
        StubJob(Job("SUCCESS", new Dictionary<string, string> { ["server_group_id"] = GroupId }));
        _sdrs
            .Server.Given(Request.Create().WithPath($"{GroupsPath}/{GroupId}").UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody(
                        "{\"server_group\":{\"id\":\"" + GroupId + "\",\"name\":\"sg\",\"status\":\"available\"}}"
                    )
            );
        using SdrsClient client = CreateClient();
        SdrsJobOperation<ServerGroup> operation = await client.ServerGroups.StartCreateAsync(NewGroup());

        ServerGroup group = await operation.WaitForResourceAsync(FastPolling());

        group.Id.Should().Be(GroupId);
    }

    [Fact]
    public async Task WaitAsync_FailReasonEchoesSecrets_ExceptionAndJobAreScrubbed()
    {
        string echo =
            $"gateway saw x-security-token:{TestCredentials.SecurityToken} and key {TestCredentials.SecretKey}";
        StubJob(
            Job(
                "FAIL",
                new Dictionary<string, string>(),
                failReason: echo,
                errorCode: $"SDRS.1234 {TestCredentials.SecretKey}"
            )
        );
        using SdrsClient client = CreateClient(TestCredentials.AkSk(withSecurityToken: true));

        Func<Task> wait = () => client.Jobs.WaitAsync(JobId, FastPolling());

        SdrsJobFailedException error = (await wait.Should().ThrowAsync<SdrsJobFailedException>()).Which;
        string[] surfaced =
        [
            error.Message,
            error.ToString(),
            error.FailReason ?? string.Empty,
            error.Job.ErrorCode ?? string.Empty,
        ];
        foreach (string text in surfaced)
        {
            text.Should().NotContain(TestCredentials.SecretKey).And.NotContain(TestCredentials.SecurityToken);
        }

        error.FailReason.Should().Contain("gateway saw", "the rest of the reason is kept");
    }

    public void Dispose() => _sdrs.Dispose();

    /// <summary>A client on the real clock: the waits here are a millisecond each.</summary>
    private SdrsClient CreateClient(SdrsCredential? credential = null) =>
        _sdrs.CreateClient(credential, options => options.TimeProvider = TimeProvider.System);

    private static CreateServerGroupRequest NewGroup() => new("sg", "az1", "az2", "dom", "vpc");

    private static JobPollingOptions FastPolling() =>
        new()
        {
            InitialDelay = TimeSpan.FromMilliseconds(1),
            MinInterval = TimeSpan.FromMilliseconds(1),
            MaxInterval = TimeSpan.FromMilliseconds(1),
            JitterRatio = 0,
            Timeout = TimeSpan.FromSeconds(30),
        };

    private void StubStart() =>
        _sdrs
            .Server.Given(Request.Create().WithPath(GroupsPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody($$"""{"job_id":"{{JobId}}"}"""));

    private void StubJob(string body) =>
        _sdrs
            .Server.Given(Request.Create().WithPath(JobPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(body));

    private static string Job(
        string status,
        Dictionary<string, string> entities,
        string? failReason = null,
        string? errorCode = null
    ) =>
        JsonSerializer.Serialize(
            new Dictionary<string, object?>
            {
                ["job_id"] = JobId,
                ["job_type"] = "createProtectionGroupNoCG",
                ["status"] = status,
                ["entities"] = entities,
                ["fail_reason"] = failReason,
                ["error_code"] = errorCode,
            }
        );
}
