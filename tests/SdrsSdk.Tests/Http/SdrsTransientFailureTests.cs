using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using SdrsSdk.Http.Internal;

namespace SdrsSdk.Tests.Http;

/// <summary>The one transient-failure classifier: statuses, exceptions, Retry-After parsing and its cap.</summary>
public sealed class SdrsTransientFailureTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 15, 8, 30, 0, TimeSpan.Zero);

    public static TheoryData<int> AllStatuses()
    {
        var data = new TheoryData<int>();
        foreach (
            int status in new[]
            {
                200,
                201,
                202,
                204,
                301,
                400,
                401,
                403,
                404,
                405,
                408,
                409,
                413,
                422,
                429,
                500,
                501,
                502,
                503,
                504,
                505,
                507,
                511,
                599,
            }
        )
        {
            data.Add(status);
        }

        return data;
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(501, false)]
    [InlineData(505, false)]
    [InlineData(400, false)]
    [InlineData(404, false)]
    [InlineData(200, false)]
    public void IsTransientStatus_FollowsTheRule(int status, bool transient) =>
        SdrsTransientFailure.IsTransientStatus(status).Should().Be(transient);

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public async Task IsTransient_ErrorForStatus_AgreesWithTheRetryOfAGet(int status)
    {
        // The job poller sees the exception an HTTP status became; the request retry sees the status itself.
        // One classifier: both must reach the same verdict for a read.
        using var response = new HttpResponseMessage((HttpStatusCode)status);
        bool retried = SdrsRetryRule.ShouldRetry(
            new HttpRequestMessage(HttpMethod.Get, "https://sdrs.example.com/"),
            response,
            null
        );
        if (status is >= 200 and < 300)
        {
            retried.Should().BeFalse("a readable 2xx is an answer, not a failure");
            return;
        }

        response.RequestMessage = new HttpRequestMessage(HttpMethod.Get, "https://sdrs.example.com/");
        var error = (SdrsException)
            (await SdrsExceptionFactory.CreateAsync(response, TimeProvider.System, CancellationToken.None))!;

        SdrsTransientFailure
            .IsTransient(error, CancellationToken.None)
            .Should()
            .Be(retried, $"HTTP {status} ({error.GetType().Name})");
    }

    public static TheoryData<string, Exception, bool> Failures() =>
        new()
        {
            { "throttled", new SdrsThrottledException(new SdrsErrorDetails { Status = 429 }), true },
            { "server 503", new SdrsServerException(new SdrsErrorDetails { Status = 503 }), true },
            { "server 501", new SdrsServerException(new SdrsErrorDetails { Status = 501 }), false },
            { "unreadable 2xx", new SdrsInvalidResponseException(new SdrsErrorDetails { Status = 200 }), true },
            { "no body (204)", new SdrsInvalidResponseException(new SdrsErrorDetails { Status = 204 }), false },
            { "redirect", new SdrsInvalidResponseException(new SdrsErrorDetails { Status = 302 }), false },
            { "bad request", new SdrsBadRequestException(new SdrsErrorDetails { Status = 400 }), false },
            { "not found", new SdrsNotFoundException(new SdrsErrorDetails { Status = 404 }), false },
            {
                "connection refused",
                new HttpRequestException(
                    HttpRequestError.ConnectionError,
                    "refused",
                    new SocketException((int)SocketError.ConnectionRefused)
                ),
                true
            },
            { "response cut short", new HttpRequestException(HttpRequestError.ResponseEnded, "ended"), true },
            {
                "TLS failure",
                new HttpRequestException(HttpRequestError.SecureConnectionError, "handshake failed"),
                false
            },
            {
                "SDK timeout",
                new SdrsTimeoutException("GET", "/v1/p/jobs/j", TimeSpan.FromSeconds(30), 1, false, null),
                true
            },
            { "timeout below the SDK", new TaskCanceledException("timed out", new TimeoutException()), true },
            { "IO", new IOException("reset"), true },
            { "a bug", new InvalidOperationException("bug"), false },
        };

    [Theory]
    [MemberData(nameof(Failures))]
    public void IsTransient_Exception_FollowsTheRule(string scenario, Exception failure, bool transient) =>
        SdrsTransientFailure.IsTransient(failure, CancellationToken.None).Should().Be(transient, scenario);

    [Theory]
    [MemberData(nameof(Failures))]
    public void IsTransient_CallerCancelled_NeverTransient(string scenario, Exception failure, bool transient)
    {
        _ = transient;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        SdrsTransientFailure
            .IsTransient(new OperationCanceledException(cancelled.Token), cancelled.Token)
            .Should()
            .BeFalse();
        if (failure is not OperationCanceledException)
        {
            SdrsTransientFailure
                .IsTransient(failure, cancelled.Token)
                .Should()
                .Be(SdrsTransientFailure.IsTransient(failure, CancellationToken.None), scenario);
        }
    }

    [Theory]
    [InlineData("5", 5.0)]
    [InlineData("0", 0.0)]
    [InlineData("31536000", 31536000.0)]
    [InlineData("2147483647", 2147483647.0)]
    public void ReadRetryAfter_Seconds_AreReadAsSent(string header, double seconds)
    {
        using var response = WithRetryAfter(header);

        SdrsTransientFailure
            .ReadRetryAfter(response.Headers, new FakeTimeProvider(Now))
            .Should()
            .Be(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("garbage")]
    [InlineData("5s")]
    [InlineData("1e9")]
    [InlineData("99999999999999999999")]
    [InlineData("")]
    public void ReadRetryAfter_NotAValidValue_IsIgnored(string header)
    {
        using var response = WithRetryAfter(header);

        SdrsTransientFailure.ReadRetryAfter(response.Headers, new FakeTimeProvider(Now)).Should().BeNull();
    }

    [Fact]
    public void ReadRetryAfter_Dates_AreWaitsFromNowAndNeverNegative()
    {
        var time = new FakeTimeProvider(Now);
        using var future = WithRetryAfter("Fri, 15 Mar 2024 08:31:00 GMT");
        using var farFuture = WithRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT");
        using var past = WithRetryAfter("Fri, 15 Mar 2024 08:00:00 GMT");

        SdrsTransientFailure.ReadRetryAfter(future.Headers, time).Should().Be(TimeSpan.FromMinutes(1));
        SdrsTransientFailure
            .ReadRetryAfter(farFuture.Headers, time)
            .Should()
            .BeGreaterThan(TimeSpan.FromDays(365 * 7000));
        SdrsTransientFailure.ReadRetryAfter(past.Headers, time).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Cap_LimitsEveryRequestedWait()
    {
        TimeSpan cap = TimeSpan.FromMinutes(2);

        SdrsTransientFailure.Cap(null, cap).Should().Be(TimeSpan.Zero);
        SdrsTransientFailure.Cap(TimeSpan.FromSeconds(5), cap).Should().Be(TimeSpan.FromSeconds(5));
        SdrsTransientFailure.Cap(TimeSpan.FromDays(365), cap).Should().Be(cap);
        SdrsTransientFailure.Cap(TimeSpan.MaxValue, cap).Should().Be(cap);
        SdrsTransientFailure.Cap(TimeSpan.FromSeconds(-5), cap).Should().Be(TimeSpan.Zero);
        SdrsTransientFailure
            .Cap(TimeSpan.FromDays(1), TimeSpan.Zero)
            .Should()
            .Be(TimeSpan.Zero, "a zero cap ignores Retry-After");
    }

    private static HttpResponseMessage WithRetryAfter(string value)
    {
        var response = new HttpResponseMessage((HttpStatusCode)429);
        response.Headers.TryAddWithoutValidation("Retry-After", value);
        return response;
    }
}
