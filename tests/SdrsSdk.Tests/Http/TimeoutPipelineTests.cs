using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Simmy;
using Polly.Simmy.Outcomes;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Http;

/// <summary>
/// The timeouts through the whole pipeline: the attempt timeout (a write is not sent again, a read is retried), the
/// overall timeout across retries and their waits, a fresh deadline per call, the caller's own cancellation, and the
/// strategies a caller adds. Waits run on a fake clock.
/// </summary>
public sealed class TimeoutPipelineTests : PipelineTestsBase
{
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
    public async Task GetAsync_UnsetAttemptTimeoutUnderAShortOverallTimeout_LetsTheAttemptRunToTheOverallTimeout()
    {
        // Timeout 20 s and no attempt timeout set: a hung attempt is not cut at the default 30 s attempt timeout (it
        // could not be: the overall timeout ends first), and the call reports the overall timeout it ran into.
        using var server = new DroppingServer(hold: true);
        var time = new FakeTimeProvider(_time.GetUtcNow());
        using SdrsClient client = CreateClient(configure: options =>
        {
            options.Endpoint = server.Endpoint;
            options.TimeProvider = time;
            options.Timeout = TimeSpan.FromSeconds(20);
        });

        var call = client.Quotas.GetAsync();
        await UntilAsync(() => server.RequestLines.Count == 1);
        time.Advance(TimeSpan.FromSeconds(19));
        await Task.Delay(100);
        call.IsCompleted.Should().BeFalse("an attempt may use the whole overall timeout");
        time.Advance(TimeSpan.FromSeconds(1));
        Func<Task> act = () => call;

        SdrsTimeoutException timeout = (await act.Should().ThrowAsync<SdrsTimeoutException>()).Which;
        timeout.IsOverallTimeout.Should().BeTrue();
        timeout.Timeout.Should().Be(TimeSpan.FromSeconds(20));
        server.RequestLines.Should().ContainSingle();
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
}
