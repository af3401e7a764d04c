using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Hostile;

/// <summary>
/// A hostile or broken server cannot stall a wait or steer a request: Retry-After bombs on job polls and on ordinary
/// calls end within the configured bounds (asserted on the waits the SDK asked the fake clock for), and spoofed job
/// IDs never reach a request path and fail typed.
/// </summary>
public sealed class JobPollingHostileTests : IDisposable
{
    private const string JobId = "0000000062db92d70162db9d200f000a";
    private const string FarFutureDate = "Fri, 31 Dec 9999 23:59:59 GMT";
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(90);
    private static readonly string JobPath = MockSdrs.ProjectPath($"jobs/{JobId}");

    private readonly MockSdrs _sdrs = new();
    private readonly SteppingTimeProvider _time = new();

    public static TheoryData<string> Bombs() =>
        new()
        {
            "31536000", // a year, in seconds
            "2147483647", // int.MaxValue seconds
            FarFutureDate, // a date eight thousand years away
        };

    public static TheoryData<string> Garbage() =>
        new() { "-1", "-31536000", "garbage", "99999999999999999999", "1e12", "Fri, 31 Dec 99999 23:59:59 GMT" };

    public static TheoryData<string> SpoofedIds() =>
        new() { "..", "../x", "%2e%2e", "a/../../b", "job id", new string('f', 10_000) };

    // ---------------------------------------------------------------- Retry-After on job polls

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task WaitAsync_429WithHugeRetryAfter_WaitsAtMostTheCapThenPollsAgain(string retryAfter)
    {
        StubJobSequence(Throttled(retryAfter), Ok(Job("SUCCESS")));
        using SdrsClient client = CreateClient();
        DateTimeOffset start = _time.GetUtcNow();

        SdrsJob job = await _time.DriveAsync(client.Jobs.WaitAsync(JobId, Polling()));

        job.Status.Should().Be(JobStatus.Success);
        _sdrs.Requests().Should().HaveCount(2);
        _time
            .Waits.Should()
            .Equal(
                [TimeSpan.FromSeconds(1), Cap],
                "the first poll after 1 s, then the requested wait cut to MaxRetryAfter"
            );
        (_time.GetUtcNow() - start).Should().Be(TimeSpan.FromSeconds(1) + Cap);
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task WaitAsync_429WithInvalidRetryAfter_FollowsTheSchedule(string retryAfter)
    {
        StubJobSequence(Throttled(retryAfter), Ok(Job("SUCCESS")));
        using SdrsClient client = CreateClient();

        SdrsJob job = await _time.DriveAsync(client.Jobs.WaitAsync(JobId, Polling()));

        job.Status.Should().Be(JobStatus.Success);
        _time
            .Waits.Should()
            .Equal(
                [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)],
                "an invalid Retry-After is ignored: the schedule's own interval"
            );
    }

    [Fact]
    public async Task WaitAsync_503WithHugeRetryAfter_AlsoCapped()
    {
        StubJobSequence(
            Response
                .Create()
                .WithStatusCode(503)
                .WithHeader("Retry-After", "31536000")
                .WithBody("""{"error":{"code":"SDRS.0400","message":"busy"}}"""),
            Ok(Job("SUCCESS"))
        );
        using SdrsClient client = CreateClient();

        await _time.DriveAsync(client.Jobs.WaitAsync(JobId, Polling()));

        _time.Waits.Should().Equal([TimeSpan.FromSeconds(1), Cap]);
    }

    [Fact]
    public async Task WaitAsync_EndlessRetryAfterBombs_EndWithinFailuresTimesTheCap()
    {
        _sdrs.Server.Given(JobRequest()).RespondWith(Throttled("31536000"));
        using SdrsClient client = CreateClient();
        DateTimeOffset start = _time.GetUtcNow();
        JobPollingOptions polling = Polling();
        polling.MaxConsecutiveTransientFailures = 3;

        Func<Task> act = () => _time.DriveAsync(client.Jobs.WaitAsync(JobId, polling), limit: TimeSpan.FromHours(1));

        SdrsThrottledException throttled = (await act.Should().ThrowAsync<SdrsThrottledException>()).Which;
        throttled.RetryAfter.Should().Be(TimeSpan.FromDays(365), "the exception reports what the server asked for");
        _sdrs.Requests().Should().HaveCount(4);
        _time.Waits.Should().OnlyContain(wait => wait <= Cap);
        (_time.GetUtcNow() - start).Should().Be(TimeSpan.FromSeconds(1) + (3 * Cap));
    }

    [Fact]
    public async Task WaitAsync_RetryAfterBombsBeyondTheTimeout_EndAtTheTimeout()
    {
        _sdrs.Server.Given(JobRequest()).RespondWith(Throttled(FarFutureDate));
        using SdrsClient client = CreateClient();
        DateTimeOffset start = _time.GetUtcNow();
        JobPollingOptions polling = Polling();
        polling.MaxRetryAfter = TimeSpan.FromDays(1);
        polling.MaxConsecutiveTransientFailures = 100;
        polling.Timeout = TimeSpan.FromMinutes(10);

        Func<Task> act = () => _time.DriveAsync(client.Jobs.WaitAsync(JobId, polling), limit: TimeSpan.FromHours(1));

        SdrsJobTimeoutException timeout = (await act.Should().ThrowAsync<SdrsJobTimeoutException>()).Which;
        timeout.JobId.Should().Be(JobId);
        (_time.GetUtcNow() - start).Should().Be(TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task WaitAsync_ZeroCap_IgnoresRetryAfter()
    {
        StubJobSequence(Throttled("31536000"), Ok(Job("SUCCESS")));
        using SdrsClient client = CreateClient();
        JobPollingOptions polling = Polling();
        polling.MaxRetryAfter = TimeSpan.Zero;

        await _time.DriveAsync(client.Jobs.WaitAsync(JobId, polling));

        _time.Waits.Should().Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)]);
    }

    // ---------------------------------------------------------------- Retry-After on ordinary calls

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task GetAsync_429WithHugeRetryAfter_FailsAtOnceWithoutWaiting(string retryAfter)
    {
        _sdrs.Server.Given(Request.Create().UsingGet()).RespondWith(Throttled(retryAfter));
        using SdrsClient client = CreateRetryingClient();

        Func<Task> act = () => _time.DriveAsync(client.ServerGroups.GetAsync("sg-1"));

        SdrsThrottledException throttled = (await act.Should().ThrowAsync<SdrsThrottledException>()).Which;
        throttled.RetryAfter.Should().BeGreaterThan(TimeSpan.FromDays(300));
        _sdrs.Requests().Should().HaveCount(1);
        _time.Waits.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task GetAsync_429WithInvalidRetryAfter_RetriesOnTheBackoffWithinMaxDelay(string retryAfter)
    {
        _sdrs.Server.Given(Request.Create().UsingGet()).RespondWith(Throttled(retryAfter));
        using SdrsClient client = CreateRetryingClient();

        Func<Task> act = () => _time.DriveAsync(client.ServerGroups.GetAsync("sg-1"));

        SdrsThrottledException throttled = (await act.Should().ThrowAsync<SdrsThrottledException>()).Which;
        throttled.RetryAfter.Should().BeNull("an invalid Retry-After is no request to wait");
        _sdrs.Requests().Should().HaveCount(4);
        _time.Waits.Should().Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)]);
    }

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task StartFailoverAsync_429WithHugeRetryAfter_FailsAtOnceWithoutWaiting(string retryAfter)
    {
        _sdrs.Server.Given(Request.Create().UsingPost()).RespondWith(Throttled(retryAfter));
        using SdrsClient client = CreateRetryingClient();

        Func<Task> act = () => _time.DriveAsync(client.ServerGroups.StartFailoverAsync("sg-1"));

        await act.Should().ThrowAsync<SdrsThrottledException>();
        _sdrs.Requests().Should().HaveCount(1);
        _time.Waits.Should().BeEmpty();
    }

    // ---------------------------------------------------------------- spoofed job IDs

    [Theory]
    [MemberData(nameof(SpoofedIds))]
    public async Task StartFailoverAsync_SpoofedJobId_FailsTypedAndNeverRequestsIt(string spoofed)
    {
        _sdrs
            .Server.Given(Request.Create().UsingPost())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(202)
                    .WithHeader("X-Request-Id", "rid-spoof")
                    .WithBody(
                        System.Text.Json.JsonSerializer.Serialize(
                            new Dictionary<string, string> { ["job_id"] = spoofed }
                        )
                    )
            );
        _sdrs.Server.Given(Request.Create().UsingGet()).RespondWith(Ok(Job("SUCCESS")));
        using SdrsClient client = CreateClient();

        Func<Task> act = async () =>
        {
            SdrsJobOperation operation = await client.ServerGroups.StartFailoverAsync("sg-1");
            await _time.DriveAsync(operation.WaitForCompletionAsync(Polling()));
        };

        SdrsInvalidResponseException error = (
            await act.Should().ThrowExactlyAsync<SdrsInvalidResponseException>()
        ).Which;
        error.Status.Should().Be(202);
        error.RequestId.Should().Be("rid-spoof");
        error.ErrorMessage.Should().Contain("job_id");
        error.Message.Length.Should().BeLessThan(2_000, "a 10,000-character ID is not echoed whole");
        _sdrs.Requests().Should().ContainSingle().Which.Method.Should().Be("POST");
    }

    [Theory]
    [MemberData(nameof(SpoofedIds))]
    public async Task WaitAsync_SpoofedSavedId_ThrowsArgumentBeforeSending(string spoofed)
    {
        using SdrsClient client = CreateClient();

        Func<Task> act = () => client.Jobs.WaitAsync(spoofed, Polling());

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("jobId");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(SpoofedIds))]
    public async Task WaitAsync_PollAnswerNamesASpoofedJob_FailsTypedAfterOneRead(string spoofed)
    {
        _sdrs.Server.Given(JobRequest()).RespondWith(Ok(Job("SUCCESS", spoofed)));
        using SdrsClient client = CreateClient();

        Func<Task> act = () => _time.DriveAsync(client.Jobs.WaitAsync(JobId, Polling()));

        SdrsInvalidResponseException error = (
            await act.Should().ThrowExactlyAsync<SdrsInvalidResponseException>()
        ).Which;
        error.Status.Should().Be(200);
        error.RequestId.Should().Be("rid-job");
        error.Message.Length.Should().BeLessThan(2_000);
        _sdrs.Requests().Should().ContainSingle().Which.Path.Should().Be(JobPath);
    }

    [Fact]
    public async Task WaitAsync_PollAnswerNamesAnotherValidJob_FailsTypedAndIsNotRetried()
    {
        const string Other = "ff8080826b45d4a5016b5036242c0025";
        _sdrs.Server.Given(JobRequest()).RespondWith(Ok(Job("SUCCESS", Other)));
        using SdrsClient client = CreateClient();
        var operation = new SdrsJobOperation(client.Jobs, JobId, JobType.FailoverProtectionGroup);

        Func<Task> act = () => _time.DriveAsync(operation.WaitForCompletionAsync(Polling()));

        SdrsInvalidResponseException error = (
            await act.Should().ThrowExactlyAsync<SdrsInvalidResponseException>()
        ).Which;
        error.ErrorMessage.Should().Contain(JobId).And.Contain(Other);
        operation.Job.Should().BeNull("the other job's answer is not recorded as this job's");
        _sdrs.Requests().Should().ContainSingle().Which.Path.Should().Be(JobPath);
    }

    public void Dispose() => _sdrs.Dispose();

    /// <summary>A fixed 5-second schedule without jitter, capped at 90 s of Retry-After.</summary>
    private static JobPollingOptions Polling() =>
        new()
        {
            InitialDelay = TimeSpan.FromSeconds(1),
            MinInterval = TimeSpan.FromSeconds(5),
            MaxInterval = TimeSpan.FromSeconds(5),
            IntervalRatio = 0,
            JitterRatio = 0,
            MaxRetryAfter = Cap,
            Timeout = TimeSpan.FromHours(2),
        };

    private SdrsClient CreateClient() => _sdrs.CreateClient(configure: options => options.TimeProvider = _time);

    /// <summary>The request retry on, its clock stepped, no timeouts (so every recorded wait is a retry's).</summary>
    private SdrsClient CreateRetryingClient() =>
        _sdrs.CreateClient(configure: options =>
        {
            options.TimeProvider = _time;
            options.Timeout = Timeout.InfiniteTimeSpan;
            options.Retry = TestRetry.Predictable();
        });

    private static IRequestBuilder JobRequest() => Request.Create().WithPath(JobPath).UsingGet();

    private void StubJobSequence(params IResponseBuilder[] responses) =>
        _sdrs.Server.RespondInTurn(JobRequest(), "hostile-job", responses);

    private static IResponseBuilder Throttled(string retryAfter) =>
        Response
            .Create()
            .WithStatusCode(429)
            .WithHeader("Retry-After", retryAfter)
            .WithBody("""{"error_code":"APIGW.0308","error_msg":"slow down"}""");

    private static IResponseBuilder Ok(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("X-Request-Id", "rid-job").WithBody(body);

    private static string Job(string status, string jobId = JobId) =>
        System.Text.Json.JsonSerializer.Serialize(
            new Dictionary<string, object>
            {
                ["job_id"] = jobId,
                ["job_type"] = "failoverProtectionGroupNoCG",
                ["status"] = status,
                ["entities"] = new Dictionary<string, string>(),
            }
        );
}
