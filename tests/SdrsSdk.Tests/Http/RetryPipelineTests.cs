using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Simmy;
using Polly.Simmy.Outcomes;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Http;

/// <summary>
/// Fault injection through the whole pipeline: reads are retried on transient faults, writes only when the service
/// provably did not process them, every attempt is signed afresh, and the timeouts hold. Retry waits run on a fake
/// clock that jumps to the end of each wait.
/// </summary>
public sealed class RetryPipelineTests : IDisposable
{
    private const string RequestId = "7f3c2b1a90e84d6c8b5a4f3e2d1c0b9a";
    private static readonly string QuotasPath = MockSdrs.ProjectPath("sdrs/quotas");
    private static readonly string ServerGroupsPath = MockSdrs.ProjectPath("server-groups");

    private readonly MockSdrs _sdrs = new();
    private readonly SteppingTimeProvider _time = new() { StepsThroughRescheduledTimers = true };
    private readonly CapturingLoggerProvider _logs = new();

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
    public async Task StartCreateAsync_AttemptTimeout_IsNotSentAgain()
    {
        // The server takes the request and never answers; once it has the request, the clock passes the attempt
        // timeout.
        using var server = new DroppingServer(hold: true);
        var time = new FakeTimeProvider(_time.GetUtcNow());
        using SdrsClient client = CreateClient(configure: options =>
        {
            options.Endpoint = server.Endpoint;
            options.TimeProvider = time;
            options.Retry.AttemptTimeout = TimeSpan.FromSeconds(20);
        });

        var call = client.ServerGroups.StartCreateAsync(NewGroup());
        await UntilAsync(() => server.RequestLines.Count == 1);
        time.Advance(TimeSpan.FromSeconds(20));
        Func<Task> act = () => call;

        SdrsTimeoutException timeout = (await act.Should().ThrowAsync<SdrsTimeoutException>()).Which;
        timeout.IsOverallTimeout.Should().BeFalse();
        timeout.Timeout.Should().Be(TimeSpan.FromSeconds(20));
        timeout.Attempts.Should().Be(1);
        timeout.Method.Should().Be("POST");
        timeout.Message.Should().Contain("may have processed the request");
        await Task.Delay(200);
        server
            .RequestLines.Should()
            .ContainSingle("a write that timed out may have been processed; it is never sent again")
            .Which.Should()
            .StartWith("POST ");
    }

    [Fact]
    public async Task GetAsync_AttemptTimeout_IsRetriedUntilTheLimit()
    {
        using var server = new DroppingServer(hold: true);
        var time = new FakeTimeProvider(_time.GetUtcNow());
        using SdrsClient client = CreateClient(configure: options =>
        {
            options.Endpoint = server.Endpoint;
            options.TimeProvider = time;
            options.Retry.MaxRetries = 1;
            options.Retry.BaseDelay = TimeSpan.Zero;
            options.Retry.AttemptTimeout = TimeSpan.FromSeconds(20);
        });

        Task<TenantQuota> call = client.Quotas.GetAsync();
        await UntilAsync(() => server.RequestLines.Count == 1);
        time.Advance(TimeSpan.FromSeconds(20));
        await UntilAsync(() => server.RequestLines.Count == 2);
        time.Advance(TimeSpan.FromSeconds(20));
        Func<Task> act = () => call;

        SdrsTimeoutException timeout = (await act.Should().ThrowAsync<SdrsTimeoutException>()).Which;
        timeout.IsOverallTimeout.Should().BeFalse();
        timeout.Attempts.Should().Be(2);
        timeout.Message.Should().Contain("attempt 2 took longer than the attempt timeout");
        server.RequestLines.Should().HaveCount(2);
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
    public async Task GetAsync_AttemptTimeout_IsRetriedAndSucceeds()
    {
        // The first attempt hangs until the attempt timeout; the second is answered at once.
        var transport = new ScriptedTransport(
            async (request, cancellationToken) =>
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                throw new InvalidOperationException("unreachable");
            },
            (request, cancellationToken) => Task.FromResult(Json(Examples.Read("quotas/get.response.json")))
        );
        var time = new FakeTimeProvider(_time.GetUtcNow());
        using SdrsClient client = CreateClient(configure: options =>
        {
            options.Transport = transport;
            options.TimeProvider = time;
            options.Retry.BaseDelay = TimeSpan.Zero;
            options.Retry.AttemptTimeout = TimeSpan.FromSeconds(20);
        });

        Task<TenantQuota> call = client.Quotas.GetAsync();
        await UntilAsync(() => transport.Attempts == 1);
        time.Advance(TimeSpan.FromSeconds(20));
        TenantQuota quota = await call;

        quota.Resources.Should().HaveCount(2);
        transport.Attempts.Should().Be(2);
        transport.Dispose();
    }

    [Fact]
    public async Task GetAsync_CallsAfterASuccessATimeoutAndACancellation_EachGetAFreshDeadline()
    {
        // One cancellation source serves a call's timeouts and is kept for the next call when it did not fire: an
        // old deadline must never cancel a later call, and a fired or cancelled source must not be reused.
        using var caller = new CancellationTokenSource();
        var transport = new ScriptedTransport(
            (request, cancellationToken) => Task.FromResult(Json(Examples.Read("quotas/get.response.json"))),
            (request, cancellationToken) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Task.FromResult(Json(Examples.Read("quotas/get.response.json")));
            },
            HangAsync,
            (request, cancellationToken) => Task.FromResult(Json(Examples.Read("quotas/get.response.json"))),
            HangAsync,
            (request, cancellationToken) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Task.FromResult(Json(Examples.Read("quotas/get.response.json")));
            }
        );
        var time = new FakeTimeProvider(_time.GetUtcNow());
        using SdrsClient client = CreateClient(configure: options =>
        {
            options.Transport = transport;
            options.TimeProvider = time;
            options.Timeout = TimeSpan.FromSeconds(60);
            options.Retry.MaxRetries = 0;
            options.Retry.AttemptTimeout = TimeSpan.FromSeconds(20);
        });

        await client.Quotas.GetAsync();
        time.Advance(TimeSpan.FromSeconds(90));
        (await client.Quotas.GetAsync()).Resources.Should().HaveCount(2, "the first call's deadlines were reset");

        Task<TenantQuota> timedOut = client.Quotas.GetAsync();
        await UntilAsync(() => transport.Attempts == 3);
        time.Advance(TimeSpan.FromSeconds(20));
        Func<Task> timeout = () => timedOut;
        (await timeout.Should().ThrowAsync<SdrsTimeoutException>()).Which.IsOverallTimeout.Should().BeFalse();
        (await client.Quotas.GetAsync()).Resources.Should().HaveCount(2, "the fired source was not reused");

        Task<TenantQuota> cancelled = client.Quotas.GetAsync(caller.Token);
        await UntilAsync(() => transport.Attempts == 5);
        await caller.CancelAsync();
        Func<Task> cancel = () => cancelled;
        await cancel.Should().ThrowAsync<OperationCanceledException>();
        (await client.Quotas.GetAsync()).Resources.Should().HaveCount(2, "the cancelled source was not reused");
        transport.Attempts.Should().Be(6);
        transport.Dispose();

        static async Task<HttpResponseMessage> HangAsync(HttpRequestMessage request, CancellationToken token)
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        }
    }

    [Fact]
    public async Task GetAsync_ConfigurePipeline_StrategiesFindTheRequestInTheContext()
    {
        // The key Microsoft.Extensions.Http.Resilience's GetRequestMessage() reads, so its helpers keep working.
        var key = new ResiliencePropertyKey<HttpRequestMessage>("Resilience.Http.RequestMessage");
        var seen = new List<string?>();
        var transport = new ScriptedTransport(
            (request, cancellationToken) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)),
            (request, cancellationToken) => Task.FromResult(Json(Examples.Read("quotas/get.response.json")))
        );
        using SdrsClient client = CreateClient(configure: options =>
        {
            options.Transport = transport;
            options.Retry.BaseDelay = TimeSpan.Zero;
            options.Retry.ConfigurePipeline = pipeline =>
                pipeline.AddChaosOutcome(
                    new ChaosOutcomeStrategyOptions<HttpResponseMessage>
                    {
                        EnabledGenerator = args =>
                        {
                            lock (seen)
                            {
                                seen.Add(
                                    args.Context.Properties.TryGetValue(key, out HttpRequestMessage? request)
                                        ? request.RequestUri?.AbsolutePath
                                        : null
                                );
                            }

                            return ValueTask.FromResult(false);
                        },
                        OutcomeGenerator = _ => ValueTask.FromResult<Outcome<HttpResponseMessage>?>(null),
                    }
                );
        });

        await _time.DriveAsync(client.Quotas.GetAsync());

        seen.Should()
            .Equal([QuotasPath, QuotasPath], "the strategy ran once per attempt and saw the request each time");
        transport.Dispose();
    }

    [Fact]
    public async Task GetAsync_OverallTimeout_HoldsAgainstASlowServer()
    {
        using var server = new DroppingServer(hold: true);
        using SdrsClient client = CreateClient(configure: options =>
        {
            options.Endpoint = server.Endpoint;
            options.Timeout = TimeSpan.FromSeconds(5);
        });
        var clock = Stopwatch.StartNew();

        Func<Task> act = () => _time.DriveAsync(client.Quotas.GetAsync());

        SdrsTimeoutException timeout = (await act.Should().ThrowAsync<SdrsTimeoutException>()).Which;
        clock
            .Elapsed.Should()
            .BeLessThan(
                TimeSpan.FromSeconds(1.5),
                "the client gave up on its own clock, without waiting for the server"
            );
        timeout.Should().BeAssignableTo<SdrsException>().And.NotBeAssignableTo<OperationCanceledException>();
        timeout.IsOverallTimeout.Should().BeTrue();
        timeout.Timeout.Should().Be(TimeSpan.FromSeconds(5));
        timeout.Path.Should().Be(QuotasPath);
    }

    [Fact]
    public async Task GetAsync_OverallTimeout_EndsTheRetriesAndTheirWaits()
    {
        // Attempts at 0 s and 4 s; the wait after the second would end at 12 s, past the 10 s overall timeout.
        _sdrs
            .Server.Given(Request.Create().WithPath(QuotasPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503));
        var time = new SteppingTimeProvider();
        using SdrsClient client = CreateClient(configure: options =>
        {
            options.TimeProvider = time;
            options.Timeout = TimeSpan.FromSeconds(10);
            options.Retry.MaxRetries = 10;
            options.Retry.BaseDelay = TimeSpan.FromSeconds(4);
        });

        Func<Task> act = () => time.DriveAsync(client.Quotas.GetAsync());

        SdrsTimeoutException timeout = (await act.Should().ThrowAsync<SdrsTimeoutException>()).Which;
        timeout.IsOverallTimeout.Should().BeTrue();
        timeout.Timeout.Should().Be(TimeSpan.FromSeconds(10));
        timeout.Attempts.Should().Be(2, "the overall timeout ended the retries long before MaxRetries");
        time.Waits.Should().Equal([TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)]);
        _sdrs.Requests().Should().HaveCount(2);
    }

    [Fact]
    public async Task GetAsync_CallerCancels_ThrowsOperationCanceledNotTimeout()
    {
        using var server = new DroppingServer(hold: true);
        using SdrsClient client = CreateClient(configure: options => options.Endpoint = server.Endpoint);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));

        Func<Task> act = () => client.Quotas.GetAsync(cancellation.Token);

        (await act.Should().ThrowAsync<OperationCanceledException>())
            .Which.Should()
            .NotBeAssignableTo<TimeoutException>();
        cancellation.IsCancellationRequested.Should().BeTrue();
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

    private SdrsClient CreateClient(SdrsCredential? credential = null, Action<SdrsClientOptions>? configure = null) =>
        _sdrs.CreateClient(credential, options =>
        {
            options.TimeProvider = _time;
            options.Timeout = Timeout.InfiniteTimeSpan;
            options.Retry = TestRetry.Predictable();
            options.LoggerFactory = LoggerFactory.Create(builder =>
                builder.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace)
            );
            configure?.Invoke(options);
        });

    private static async Task<TenantQuota> ReadTwiceAsync(SdrsClient client)
    {
        await client.Quotas.GetAsync();
        return await client.Quotas.GetAsync();
    }

    /// <summary>Answers the requests to one path, in order, one response each (the last one from then on).</summary>
    private void StubSequence(string path, string method, params IResponseBuilder[] responses) =>
        _sdrs.Server.RespondInTurn(Request.Create().WithPath(path).UsingMethod(method), $"{method} {path}", responses);

    /// <summary>Waits (bounded, real time) until a condition holds.</summary>
    private static async Task UntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "the condition should hold soon");
            await Task.Delay(10);
        }
    }

    private static HttpResponseMessage Json(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };

    private static CreateServerGroupRequest NewGroup() =>
        new("pg-retry", "az-a", "az-b", "fb4bb8e3-a574-4437-a156-78c916aeea4d", "046852ef-c49d-409b-8389-546aaaa5701f");

    /// <summary>A loopback port nothing listens on: connecting to it is refused.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        _sdrs.Dispose();
        _logs.Dispose();
    }

    /// <summary>An in-memory transport that answers attempt n with the n-th script (the last one from then
    /// on).</summary>
    private sealed class ScriptedTransport(
        params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] scripts
    ) : HttpMessageHandler
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        )
        {
            int attempt = Interlocked.Increment(ref _attempts);
            return scripts[Math.Min(attempt, scripts.Length) - 1](request, cancellationToken);
        }
    }

    /// <summary>The transport: records every attempt that reached it.</summary>
    private sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly List<string> _methods = [];

        public IReadOnlyList<string> Methods
        {
            get
            {
                lock (_methods)
                {
                    return _methods.ToList();
                }
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        )
        {
            lock (_methods)
            {
                _methods.Add(request.Method.Method);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
