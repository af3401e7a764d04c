using System.Net;
using System.Net.Sockets;
using Polly.Timeout;

namespace SdrsSdk.Tests.Http;

/// <summary>The retry rule, outcome by outcome: reads on transient failures, writes only when provably
/// unprocessed.</summary>
public sealed class SdrsRetryRuleTests
{
    public static TheoryData<string, int, bool, bool> Statuses() =>
        new()
        {
            // status, retried for a read, retried for a write
            { "408", 408, true, false },
            { "429", 429, true, true },
            { "500", 500, true, false },
            { "502", 502, true, false },
            { "503", 503, true, false },
            { "504", 504, true, false },
            { "501", 501, false, false },
            { "400", 400, false, false },
            { "401", 401, false, false },
            { "404", 404, false, false },
            { "409", 409, false, false },
            { "200", 200, false, false },
        };

    public static TheoryData<string, Exception, bool, bool> Failures() =>
        new()
        {
            // failure, retried for a read, retried for a write
            { "connection refused", Connect(SocketError.ConnectionRefused), true, true },
            {
                "host not found",
                new HttpRequestException(
                    HttpRequestError.NameResolutionError,
                    "No such host is known",
                    new SocketException((int)SocketError.HostNotFound)
                ),
                true,
                true
            },
            {
                "DNS failure without a socket error",
                new HttpRequestException(HttpRequestError.NameResolutionError, "Name resolution failed"),
                true,
                true
            },
            { "host unreachable", Connect(SocketError.HostUnreachable), true, true },
            { "network unreachable", Connect(SocketError.NetworkUnreachable), true, true },
            { "connect timed out", Connect(SocketError.TimedOut), true, true },
            { "connection reset while connecting", Connect(SocketError.ConnectionReset), true, false },
            {
                "connection error without a socket error",
                new HttpRequestException(HttpRequestError.ConnectionError, "connect failed"),
                true,
                false
            },
            {
                "refused socket error outside connecting",
                new HttpRequestException(
                    HttpRequestError.Unknown,
                    "send failed",
                    new SocketException((int)SocketError.ConnectionRefused)
                ),
                true,
                false
            },
            {
                "response ended prematurely",
                new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."),
                true,
                false
            },
            {
                "reset mid-request",
                new HttpRequestException(
                    HttpRequestError.Unknown,
                    "Error while copying content",
                    new IOException("reset", new SocketException((int)SocketError.ConnectionReset))
                ),
                true,
                false
            },
            {
                "invalid response",
                new HttpRequestException(HttpRequestError.InvalidResponse, "bad status line"),
                true,
                false
            },
            {
                "TLS failure",
                new HttpRequestException(HttpRequestError.SecureConnectionError, "handshake failed"),
                false,
                false
            },
            {
                "attempt timeout",
                new TimeoutRejectedException("attempt timed out", TimeSpan.FromSeconds(30)),
                true,
                false
            },
            { "timeout below the SDK", new TaskCanceledException("timed out", new TimeoutException()), true, false },
            { "body read failed", new IOException("unexpected end of stream"), true, false },
            { "a bug", new InvalidOperationException("not transient"), false, false },
            { "an SDK exception", new SdrsBadRequestException(new SdrsErrorDetails { Status = 400 }), false, false },
        };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void ShouldRetry_Status_FollowsTheRule(string scenario, int status, bool read, bool write)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        foreach (HttpMethod method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            SdrsRetryRule
                .ShouldRetry(new HttpRequestMessage(method, "https://sdrs.example.com/"), response, null)
                .Should()
                .Be(read, $"{scenario} for {method}");
        }

        foreach (HttpMethod method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            SdrsRetryRule
                .ShouldRetry(new HttpRequestMessage(method, "https://sdrs.example.com/"), response, null)
                .Should()
                .Be(write, $"{scenario} for {method}");
        }
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void ShouldRetry_Failure_FollowsTheRule(string scenario, Exception failure, bool read, bool write)
    {
        SdrsRetryRule
            .ShouldRetry(new HttpRequestMessage(HttpMethod.Get, "https://sdrs.example.com/"), null, failure)
            .Should()
            .Be(read, scenario);
        SdrsRetryRule
            .ShouldRetry(new HttpRequestMessage(HttpMethod.Post, "https://sdrs.example.com/"), null, failure)
            .Should()
            .Be(write, scenario);
        SdrsRetryRule
            .ShouldRetry(new HttpRequestMessage(HttpMethod.Delete, "https://sdrs.example.com/"), null, failure)
            .Should()
            .Be(write, scenario);
        SdrsRetryRule.NeverReachedServer(failure).Should().Be(write, scenario);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("{\"quotas\":{\"resour", true)]
    [InlineData("<html>gateway</html>", true)]
    [InlineData("{\"quotas\":{}}", false)]
    public void ShouldRetry_SuccessBodyAsRead_RetriesOnlyAGetWhoseBodyIsNotJson(string body, bool retried)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(body);
        response.Content = new SdrsSdk.Http.Internal.SdrsResponseContent(
            bytes,
            bytes.Length,
            response,
            truncated: false
        );

        SdrsRetryRule
            .ShouldRetry(new HttpRequestMessage(HttpMethod.Get, "https://sdrs.example.com/"), response, null)
            .Should()
            .Be(retried);
        SdrsRetryRule
            .ShouldRetry(new HttpRequestMessage(HttpMethod.Head, "https://sdrs.example.com/"), response, null)
            .Should()
            .BeFalse("a HEAD has no body to check");
        SdrsRetryRule
            .ShouldRetry(new HttpRequestMessage(HttpMethod.Post, "https://sdrs.example.com/"), response, null)
            .Should()
            .BeFalse("the service answered 2xx: the write was processed");
    }

    [Fact]
    public void IsRead_OnlyGetAndHead()
    {
        SdrsRetryRule.IsRead(HttpMethod.Get).Should().BeTrue();
        SdrsRetryRule.IsRead(HttpMethod.Head).Should().BeTrue();
        new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options }
            .Should()
            .AllSatisfy(method => SdrsRetryRule.IsRead(method).Should().BeFalse());
    }

    private static HttpRequestException Connect(SocketError error) =>
        new(HttpRequestError.ConnectionError, $"{error} (sdrs.example.com:443)", new SocketException((int)error));
}
