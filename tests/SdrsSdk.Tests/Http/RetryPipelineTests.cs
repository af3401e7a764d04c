using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Http;

/// <summary>
/// Fault injection through the whole pipeline: reads are retried on transient faults, writes only when the service
/// provably did not process them, every attempt is signed afresh, and a transport failure is typed. Retry waits run on
/// a fake clock that jumps to the end of each wait.
/// </summary>
public sealed class RetryPipelineTests : PipelineTestsBase
{
    [Fact]
    public async Task GetAsync_TransientFaultsThenSuccess_SucceedsOnTheFourthAttempt()
    {
        // WireMock's faults answer 200 with an empty body, then with a body cut in half and garbled.
        StubSequence(
            QuotasPath,
            "GET",
            Response.Create().WithStatusCode(503).WithBody("""{"error":{"code":"SDRS.0400","message":"busy"}}"""),
            Response.Create().WithFault(FaultType.EMPTY_RESPONSE),
            Response.Create().WithFault(FaultType.MALFORMED_RESPONSE_CHUNK),
            Response.Create().WithStatusCode(200).WithBody(Examples.Read("quotas/get.response.json"))
        );
        using SdrsClient client = CreateClient();

        TenantQuota quota = await _time.DriveAsync(client.Quotas.GetAsync());

        quota.Resources.Should().HaveCount(2);
        _sdrs.Requests().Should().HaveCount(4, "three transient faults, each retried once");
        _time
            .Waits.Should()
            .Equal(
                [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)],
                "exponential backoff from the base delay"
            );
        _logs
            .Messages.Count(message => message.Contains("Retrying SDRS request GET", StringComparison.Ordinal))
            .Should()
            .Be(3);
    }

    [Fact]
    public async Task GetAsync_GarbledBodiesOnceTheResultTypeIsKnown_AreStillRetried()
    {
        // After a first read, the check of a success body is the parse itself (SdrsResultTypes): a body that does
        // not parse is still checked as JSON, and an empty or garbled one is still retried.
        StubSequence(
            QuotasPath,
            "GET",
            Response.Create().WithStatusCode(200).WithBody(Examples.Read("quotas/get.response.json")),
            Response.Create().WithFault(FaultType.EMPTY_RESPONSE),
            Response.Create().WithFault(FaultType.MALFORMED_RESPONSE_CHUNK),
            Response.Create().WithStatusCode(200).WithBody(Examples.Read("quotas/get.response.json"))
        );
        using SdrsClient client = CreateClient();

        TenantQuota quota = await _time.DriveAsync(ReadTwiceAsync(client));

        quota.Resources.Should().HaveCount(2);
        _sdrs.Requests().Should().HaveCount(4, "one read, then two garbled bodies, each retried once");
        _logs
            .Messages.Count(message => message.Contains("Retrying SDRS request GET", StringComparison.Ordinal))
            .Should()
            .Be(2);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task GetAsync_TransientStatus_IsRetriedOnce(int status)
    {
        StubSequence(
            QuotasPath,
            "GET",
            Response
                .Create()
                .WithStatusCode(status)
                .WithBody("""{"error":{"code":"SDRS.0400","message":"transient"}}"""),
            Response.Create().WithStatusCode(200).WithBody(Examples.Read("quotas/get.response.json"))
        );
        using SdrsClient client = CreateClient();

        await _time.DriveAsync(client.Quotas.GetAsync());

        _sdrs.Requests().Should().HaveCount(2);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(501)]
    public async Task GetAsync_NonTransientStatus_IsNotRetried(int status)
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(QuotasPath).UsingGet())
            .RespondWith(
                Response.Create().WithStatusCode(status).WithBody("""{"error":{"code":"SDRS.0201","message":"no"}}""")
            );
        using SdrsClient client = CreateClient();

        Func<Task> act = () => _time.DriveAsync(client.Quotas.GetAsync());

        (await act.Should().ThrowAsync<SdrsException>()).Which.Status.Should().Be(status);
        _sdrs.Requests().Should().ContainSingle();
        _time.Waits.Should().BeEmpty();
    }

    [Fact]
    public async Task GetAsync_RetriesExhausted_ThrowsTheTypedExceptionOfTheLastResponse()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(QuotasPath).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(503)
                    .WithHeader("X-Request-Id", RequestId)
                    .WithBody("""{"error":{"code":"SDRS.0400","message":"Service unavailable"}}""")
            );
        using SdrsClient client = CreateClient();

        Func<Task> act = () => _time.DriveAsync(client.Quotas.GetAsync());

        SdrsServerException failure = (await act.Should().ThrowAsync<SdrsServerException>()).Which;
        failure.Status.Should().Be(503);
        failure.ErrorCode.Should().Be("SDRS.0400");
        failure.RequestId.Should().Be(RequestId);
        failure.Method.Should().Be("GET");
        _sdrs.Requests().Should().HaveCount(4, "the first attempt and three retries");
    }

    [Fact]
    public async Task GetAsync_EveryAttempt_CarriesAFreshDateAndAValidSignature()
    {
        StubSequence(
            QuotasPath,
            "GET",
            Response.Create().WithStatusCode(503),
            Response.Create().WithStatusCode(502),
            Response.Create().WithStatusCode(200).WithBody(Examples.Read("quotas/get.response.json"))
        );
        using SdrsClient client = CreateClient(TestCredentials.AkSk(withSecurityToken: true));

        await _time.DriveAsync(client.Quotas.GetAsync());

        var requests = _sdrs.Requests();
        requests
            .Select(request => request.Header("X-Sdk-Date"))
            .Should()
            .Equal("20240315T083000Z", "20240315T083001Z", "20240315T083003Z");
        requests.Select(request => request.Header("Authorization")).Should().OnlyHaveUniqueItems();
        requests
            .Should()
            .AllSatisfy(request =>
            {
                request.ShouldHaveValidSignature();
                request
                    .Headers!["Authorization"]
                    .Should()
                    .ContainSingle("a retry replaces the signature, it does not add one");
            });
    }

    [Fact]
    public async Task StartCreateAsync_503_IsNotSentAgain()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(ServerGroupsPath).UsingPost())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(503)
                    .WithHeader("X-Request-Id", RequestId)
                    .WithBody("""{"error":{"code":"SDRS.0400","message":"Service unavailable"}}""")
            );
        using SdrsClient client = CreateClient(TestCredentials.AkSk());

        Func<Task> act = () => _time.DriveAsync(client.ServerGroups.StartCreateAsync(NewGroup()));

        SdrsServerException failure = (await act.Should().ThrowAsync<SdrsServerException>()).Which;
        failure.Status.Should().Be(503);
        failure.RequestId.Should().Be(RequestId);
        _sdrs
            .Requests()
            .Should()
            .ContainSingle("a create that got a 5xx may have started a job; sending it again could start a second");
        _time.Waits.Should().BeEmpty();
        _logs
            .Messages.Should()
            .Contain(message => message.Contains("Not retrying SDRS request POST", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(FaultType.EMPTY_RESPONSE)]
    [InlineData(FaultType.MALFORMED_RESPONSE_CHUNK)]
    public async Task StartCreateAsync_GarbledSuccessBody_IsNotSentAgain(FaultType fault)
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(ServerGroupsPath).UsingPost())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithHeader("X-Request-Id", RequestId)
                    .WithBody("""{"job_id":"0000000062db92d70162db9d200f000a"}""")
                    .WithFault(fault)
            );
        using SdrsClient client = CreateClient();

        Func<Task> act = () => _time.DriveAsync(client.ServerGroups.StartCreateAsync(NewGroup()));

        SdrsInvalidResponseException failure = (await act.Should().ThrowAsync<SdrsInvalidResponseException>()).Which;
        failure.Status.Should().Be(200);
        failure.RequestId.Should().Be(RequestId);
        _sdrs
            .Requests()
            .Should()
            .ContainSingle("the service answered 200: the create was processed, whatever happened to the body");
    }

    [Fact]
    public async Task StartCreateAsync_ConnectionResetMidRequest_IsNotSentAgain()
    {
        using var server = new DroppingServer();
        using SdrsClient client = CreateClient(configure: options => options.Endpoint = server.Endpoint);

        Func<Task> act = () => _time.DriveAsync(client.ServerGroups.StartCreateAsync(NewGroup()));

        SdrsConnectionException failure = (await act.Should().ThrowAsync<SdrsConnectionException>()).Which;
        failure.MayHaveBeenApplied.Should().BeTrue("the POST reached the server before the connection died");
        failure.NeverSent.Should().BeFalse();
        failure.Method.Should().Be("POST");
        failure.Host.Should().Be("127.0.0.1");
        failure.Attempts.Should().Be(1);
        failure.Message.Should().Contain("may have processed the request").And.Contain("Check its effect");
        failure.InnerException.Should().BeOfType<HttpRequestException>();
        server
            .RequestLines.Should()
            .ContainSingle("the request reached the server before the connection died")
            .Which.Should()
            .StartWith("POST ");
        _time.Waits.Should().BeEmpty();
    }

    [Fact]
    public async Task StartDeleteAsync_ConnectionResetMidRequest_IsNotSentAgainEvenByTheTransport()
    {
        using var server = new DroppingServer();
        using SdrsClient client = CreateClient(configure: options => options.Endpoint = server.Endpoint);

        Func<Task> act = () => _time.DriveAsync(client.ServerGroups.StartDeleteAsync("g-1"));

        (await act.Should().ThrowAsync<SdrsConnectionException>()).Which.MayHaveBeenApplied.Should().BeTrue();
        server
            .RequestLines.Should()
            .ContainSingle("a DELETE without a body would otherwise be re-sent by SocketsHttpHandler itself")
            .Which.Should()
            .StartWith("DELETE ");
    }

    [Fact]
    public async Task GetAsync_ConnectionResetMidRequest_IsRetriedUntilTheLimit()
    {
        using var server = new DroppingServer();
        var transport = new CountingHandler(new SocketsHttpHandler());
        using SdrsClient client = CreateClient(configure: options =>
        {
            options.Endpoint = server.Endpoint;
            options.Transport = transport;
        });

        Func<Task> act = () => _time.DriveAsync(client.Quotas.GetAsync());

        SdrsConnectionException failure = (await act.Should().ThrowAsync<SdrsConnectionException>()).Which;
        failure.MayHaveBeenApplied.Should().BeFalse("a read changes nothing");
        failure.Attempts.Should().Be(4);
        transport.Methods.Should().Equal(["GET", "GET", "GET", "GET"], "the first attempt and three retries");
        server
            .RequestLines.Should()
            .HaveCountGreaterThanOrEqualTo(4)
            .And.OnlyContain(line => line.StartsWith("GET ", StringComparison.Ordinal));
        transport.Dispose();
    }

    [Fact]
    public async Task StartCreateAsync_429WithRetryAfterSeconds_IsSentAgainAfterTheWait()
    {
        StubSequence(
            ServerGroupsPath,
            "POST",
            Response
                .Create()
                .WithStatusCode(429)
                .WithHeader("Retry-After", "7")
                .WithBody("""{"error_code":"APIGW.0308","error_msg":"Too many requests"}"""),
            Response.Create().WithStatusCode(200).WithBody(Examples.Read("server-groups/create.response.json"))
        );
        using SdrsClient client = CreateClient(TestCredentials.AkSk());

        var operation = await _time.DriveAsync(client.ServerGroups.StartCreateAsync(NewGroup()));

        operation.Id.Should().Be("0000000062db92d70162db9d200f000a");
        _time.Waits.Should().Equal([TimeSpan.FromSeconds(7)], "Retry-After replaces the computed backoff");
        var requests = _sdrs.Requests();
        requests.Should().HaveCount(2, "a 429 was refused without processing, so sending it again is safe");
        requests.Select(request => request.Header("X-Sdk-Date")).Should().Equal("20240315T083000Z", "20240315T083007Z");
        requests.Should().AllSatisfy(request => request.ShouldHaveValidSignature());
        requests[0].Body.Should().Be(requests[1].Body, "the retry sends the same body");
    }

    [Fact]
    public async Task StartCreateAsync_429WithRetryAfterDate_WaitsUntilThatDate()
    {
        StubSequence(
            ServerGroupsPath,
            "POST",
            Response.Create().WithStatusCode(429).WithHeader("Retry-After", "Fri, 15 Mar 2024 08:30:05 GMT"),
            Response.Create().WithStatusCode(200).WithBody("""{"job_id":"job-2"}""")
        );
        using SdrsClient client = CreateClient();

        var operation = await _time.DriveAsync(client.ServerGroups.StartCreateAsync(NewGroup()));

        operation.Id.Should().Be("job-2");
        _time.Waits.Should().Equal([TimeSpan.FromSeconds(5)]);
        _sdrs.Requests().Should().HaveCount(2);
    }

    [Fact]
    public async Task GetAsync_RetryAfterLongerThanMaxDelay_IsNotRetriedAndExposesTheWait()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(QuotasPath).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(429)
                    .WithHeader("Retry-After", "120")
                    .WithBody("""{"error_code":"APIGW.0308","error_msg":"Too many requests"}""")
            );
        using SdrsClient client = CreateClient();

        Func<Task> act = () => _time.DriveAsync(client.Quotas.GetAsync());

        (await act.Should().ThrowAsync<SdrsThrottledException>())
            .Which.RetryAfter.Should()
            .Be(TimeSpan.FromSeconds(120));
        _sdrs.Requests().Should().ContainSingle();
        _logs
            .Messages.Should()
            .Contain(message =>
                message.Contains("Retry-After", StringComparison.Ordinal)
                && message.Contains("Not retrying", StringComparison.Ordinal)
            );
    }

    [Fact]
    public async Task StartCreateAsync_ConnectionRefused_IsSentAgain()
    {
        var transport = new CountingHandler(new SocketsHttpHandler());
        using SdrsClient client = CreateClient(configure: options =>
        {
            options.Endpoint = new Uri($"http://127.0.0.1:{ClosedPort()}");
            options.Transport = transport;
            options.Retry.MaxRetries = 2;
        });

        Func<Task> act = () => _time.DriveAsync(client.ServerGroups.StartCreateAsync(NewGroup()));

        SdrsConnectionException failure = (await act.Should().ThrowAsync<SdrsConnectionException>()).Which;
        failure
            .InnerException.Should()
            .BeOfType<HttpRequestException>()
            .Which.HttpRequestError.Should()
            .Be(HttpRequestError.ConnectionError);
        failure.NeverSent.Should().BeTrue();
        failure.MayHaveBeenApplied.Should().BeFalse("no connection was made");
        failure.Attempts.Should().Be(3);
        failure.Message.Should().Contain("no connection could be made").And.Contain("never sent");
        transport
            .Methods.Should()
            .Equal(["POST", "POST", "POST"], "a refused connection proves the request never reached the service");
        _time.Waits.Should().Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)]);
        transport.Dispose();
    }

    [Fact]
    public async Task JobsGetAsync_Transient503_IsRetriedByThePipeline()
    {
        const string JobId = "0000000062db92d70162db9d200f000a";
        StubSequence(
            MockSdrs.ProjectPath($"jobs/{JobId}"),
            "GET",
            Response.Create().WithStatusCode(503),
            Response.Create().WithStatusCode(200).WithBody(Examples.Read("jobs/get.response.json"))
        );
        using SdrsClient client = CreateClient();

        SdrsJob job = await _time.DriveAsync(client.Jobs.GetAsync(JobId));

        job.Status.Should().Be(JobStatus.Success);
        _sdrs.Requests().Should().HaveCount(2);
    }

    [Fact]
    public async Task JobsWaitAsync_TransientFailures_AreRiddenOutByThePollerNotRetriedTwice()
    {
        const string JobId = "0000000062db92d70162db9d200f000a";
        StubSequence(
            MockSdrs.ProjectPath($"jobs/{JobId}"),
            "GET",
            Response.Create().WithStatusCode(503),
            Response.Create().WithStatusCode(503),
            Response.Create().WithStatusCode(200).WithBody(Examples.Read("jobs/get.response.json"))
        );
        using SdrsClient client = CreateClient(configure: options =>
            options.Retry.BaseDelay = TimeSpan.FromSeconds(17)
        );
        var polling = new JobPollingOptions
        {
            InitialDelay = TimeSpan.FromSeconds(1),
            MinInterval = TimeSpan.FromSeconds(1),
            MaxInterval = TimeSpan.FromSeconds(1),
            IntervalRatio = 0,
            JitterRatio = 0,
        };

        SdrsJob job = await _time.DriveAsync(client.Jobs.WaitAsync(JobId, polling));

        job.Status.Should().Be(JobStatus.Success);
        _sdrs.Requests().Should().HaveCount(3);
        _time.Waits.Should().NotContain(TimeSpan.FromSeconds(17), "the pipeline does not retry the poller's reads");
        _logs
            .Messages.Count(message => message.Contains("failed transiently", StringComparison.Ordinal))
            .Should()
            .Be(2, "the poller saw and rode out both failures");
    }
}
