using SdrsSdk.Testing;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Http;

/// <summary>
/// The request ID, status and headers of successful calls, without logging: a page's <see cref="SdrsPage.Response"/>,
/// a job handle's <see cref="SdrsJobOperation.StartResponse"/>, any call inside an <see cref="SdrsResponseCapture"/>,
/// and the poll that saw a job fail on <see cref="SdrsJobFailedException"/>.
/// </summary>
public sealed class ResponseMetadataTests : IDisposable
{
    private const string VpcId = "046852ef-c49d-409b-8389-546aaaa5701f";
    private readonly SdrsEmulator _emulator = SdrsEmulator.Start();

    private static CreateServerGroupRequest NewGroup(string name = "orders") =>
        new(name, "cn-north-1a", "cn-north-1b", "fb4bb8e3-a574-4437-a156-78c916aeea4d", VpcId);

    [Fact]
    public async Task Read_InsideACapture_HasTheRequestIdTheServiceSent()
    {
        using SdrsClient client = _emulator.CreateClient();
        ServerGroup created = await (await client.ServerGroups.StartCreateAsync(NewGroup())).WaitForResourceAsync();

        using SdrsResponseCapture capture = SdrsResponseCapture.Start();
        ServerGroup read = await client.ServerGroups.GetAsync(created.Id);

        SdrsJournalEntry sent = _emulator.Journal[^1];
        capture.Responses.Should().ContainSingle();
        SdrsResponse response = capture.Last!;
        response.RequestId.Should().NotBeNullOrEmpty().And.Be(sent.RequestId);
        response.Status.Should().Be(200);
        response.IsSuccess.Should().BeTrue();
        response.Method.Should().Be("GET");
        response.Path.Should().Be($"/v1/{_emulator.ProjectId}/server-groups/{read.Id}");
        response.Attempts.Should().Be(1);
        response.Headers["x-request-id"].Should().Be(sent.RequestId, "header names are case-insensitive");
        response.Headers.Should().ContainKey("Content-Type");
        response.ToString().Should().Contain("200 GET").And.Contain(sent.RequestId);
    }

    [Fact]
    public async Task Page_CarriesItsResponse_WithoutACapture()
    {
        using SdrsClient client = _emulator.CreateClient();
        await (await client.ServerGroups.StartCreateAsync(NewGroup())).WaitForCompletionAsync();

        ServerGroupPage groups = await client.ServerGroups.ListAsync();
        DisasterRecoveryDrillPage drills = await client.Drills.ListAsync();
        FailureJobPage failures = await client.TaskCenter.ListFailedJobsAsync();

        groups.Response!.RequestId.Should().Be(RequestIdOf("GET", "/server-groups"));
        groups.Response.Path.Should().EndWith("/server-groups");
        drills.Response!.RequestId.Should().Be(RequestIdOf("GET", "/disaster-recovery-drills"));
        failures.Response!.RequestId.Should().Be(RequestIdOf("GET", "/task-center/failure-jobs"));
        new[] { groups.Response, drills.Response, failures.Response }
            .Select(response => response.RequestId)
            .Should()
            .OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task JobHandle_CarriesTheResponseOfTheCallThatStartedIt()
    {
        using SdrsClient client = _emulator.CreateClient();

        SdrsJobOperation<ServerGroup> started = await client.ServerGroups.StartCreateAsync(NewGroup());
        ServerGroup group = await started.WaitForResourceAsync();
        SdrsJobOperation deleting = await client.ServerGroups.StartDeleteAsync(group.Id);

        started.StartResponse!.RequestId.Should().Be(RequestIdOf("POST", "/server-groups"));
        started.StartResponse.Method.Should().Be("POST");
        deleting.StartResponse!.RequestId.Should().Be(RequestIdOf("DELETE", "/server-groups/" + group.Id));
        client.ServerGroups.ResumeCreate(started.Id!).StartResponse.Should().BeNull("a resumed handle sent nothing");
    }

    [Fact]
    public async Task FailedJob_TheExceptionCarriesThePollThatSawTheFailure()
    {
        using SdrsClient client = _emulator.CreateClient();
        _emulator.FailNextJob(JobType.CreateProtectionGroup, "SDRS.1013");
        SdrsJobOperation started = await client.ServerGroups.StartCreateAsync(NewGroup());

        Func<Task> wait = () => started.WaitForCompletionAsync();

        SdrsJobFailedException failed = (await wait.Should().ThrowAsync<SdrsJobFailedException>()).Which;
        SdrsJournalEntry poll = _emulator.Journal.Last(entry =>
            entry.Path.EndsWith("/jobs/" + started.Id, StringComparison.Ordinal)
        );
        failed.Status.Should().Be(200);
        failed.Method.Should().Be("GET");
        failed.Path.Should().Be($"/v1/{_emulator.ProjectId}/jobs/{started.Id}");
        failed.RequestId.Should().Be(poll.RequestId);
        failed.PollResponse!.RequestId.Should().Be(poll.RequestId);
        failed.ErrorCode.Should().Be("SDRS.1013");
        failed
            .Message.Should()
            .Contain(
                $"Seen by GET /v1/{_emulator.ProjectId}/jobs/{started.Id} (HTTP 200, request ID {poll.RequestId})."
            );
        failed.MayHaveBeenApplied.Should().BeFalse("the poll was a read");
    }

    [Fact]
    public async Task Capture_CollectsEveryCallOfItsFlow_AndNestedScopesReachTheOuterOne()
    {
        using SdrsClient client = _emulator.CreateClient();

        using SdrsResponseCapture outer = SdrsResponseCapture.Start();
        await client.Quotas.GetAsync();
        using (SdrsResponseCapture inner = SdrsResponseCapture.Start())
        {
            await client.Versions.ListAsync();
            inner.Responses.Should().ContainSingle().Which.Path.Should().Be("/");
        }

        await client.ActiveDomains.ListAsync();

        outer
            .Responses.Select(response => response.RequestId)
            .Should()
            .Equal(_emulator.Journal.Select(e => e.RequestId));
        outer.Responses.Should().HaveCount(3);
    }

    [Fact]
    public async Task Capture_ConcurrentFlows_SeeOnlyTheirOwnCalls()
    {
        using SdrsClient client = _emulator.CreateClient();

        async Task<(SdrsResponse? Response, int Count)> ReadAsync(Func<Task> call)
        {
            using SdrsResponseCapture capture = SdrsResponseCapture.Start();
            await call();
            return (capture.Last, capture.Responses.Count);
        }

        (SdrsResponse? Response, int Count)[] results = await Task.WhenAll(
            ReadAsync(() => client.Quotas.GetAsync()),
            ReadAsync(() => client.ActiveDomains.ListAsync()),
            ReadAsync(() => client.Versions.ListAsync())
        );

        results.Should().AllSatisfy(result => result.Count.Should().Be(1));
        results.Select(result => result.Response!.RequestId).Should().OnlyHaveUniqueItems();
        results
            .Select(result => result.Response!.RequestId)
            .Should()
            .BeEquivalentTo(_emulator.Journal.Select(entry => entry.RequestId));
    }

    [Fact]
    public async Task Capture_AfterDispose_CollectsNothingMore()
    {
        using SdrsClient client = _emulator.CreateClient();
        SdrsResponseCapture capture = SdrsResponseCapture.Start();
        await client.Quotas.GetAsync();
        capture.Dispose();

        await client.Quotas.GetAsync();

        capture.Responses.Should().ContainSingle();
    }

    [Fact]
    public async Task Headers_CredentialHeadersRedacted_EchoedSecretsScrubbed()
    {
        using var mock = new MockSdrs();
        mock.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("sdrs/quotas")).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithHeader("Content-Type", "application/json")
                    .WithHeader("X-Request-Id", "req-1")
                    .WithHeader("X-Auth-Token", TestCredentials.Token)
                    .WithHeader("X-Echo", "token was " + TestCredentials.Token)
                    .WithBody(Examples.Read("quotas/get.response.json"))
            );
        using SdrsClient client = mock.CreateClient();

        using SdrsResponseCapture capture = SdrsResponseCapture.Start();
        await client.Quotas.GetAsync();

        SdrsResponse response = capture.Last!;
        response.RequestId.Should().Be("req-1");
        response.Headers["X-Auth-Token"].Should().Be(SdrsLoggingOptions.Redacted);
        response.Headers["X-Echo"].Should().StartWith("token was ").And.NotContain(TestCredentials.Token);
        string.Join("\n", response.Headers.Select(header => header.Key + ": " + header.Value))
            .Should()
            .NotContainAny(TestCredentials.Secrets);
    }

    [Fact]
    public async Task ErrorResponse_IsCollectedToo_AndMatchesTheException()
    {
        using SdrsClient client = _emulator.CreateClient();
        using SdrsResponseCapture capture = SdrsResponseCapture.Start();

        Func<Task> read = () => client.ServerGroups.GetAsync(TestIds.Of("missing-group"));

        SdrsException failure = (await read.Should().ThrowAsync<SdrsException>()).Which;
        capture.Last!.Status.Should().Be(failure.Status);
        capture.Last.RequestId.Should().Be(failure.RequestId);
        capture.Last.IsSuccess.Should().BeFalse();
    }

    [Fact]
    public async Task ModelFactory_HandleWithAStartResponse_ForUsersTests()
    {
        var start = new SdrsResponse
        {
            Status = 200,
            RequestId = "req-7",
            Method = "POST",
            Path = "/v1/p/server-groups",
        };

        SdrsJobOperation handle = SdrsModelFactory.JobOperation(
            new SdrsJob
            {
                JobId = "j-1",
                JobType = JobType.CreateProtectionGroup,
                Status = JobStatus.Fail,
            },
            start
        );

        handle.StartResponse.Should().BeSameAs(start);
        (await handle.Invoking(h => h.WaitForCompletionAsync()).Should().ThrowAsync<SdrsJobFailedException>())
            .Which.PollResponse.Should()
            .BeNull();
    }

    private string RequestIdOf(string method, string pathEnd) =>
        _emulator
            .Journal.Single(entry => entry.Method == method && entry.Path.EndsWith(pathEnd, StringComparison.Ordinal))
            .RequestId;

    public void Dispose() => _emulator.Dispose();
}
