using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Http;

/// <summary>
/// The fixture of the pipeline fault-injection tests (<see cref="RetryPipelineTests"/>,
/// <see cref="TimeoutPipelineTests"/>):
/// a WireMock SDRS, a stepping clock that jumps to the end of each wait, captured logs, and the scripted transports.
/// </summary>
public abstract class PipelineTestsBase : IDisposable
{
    private protected const string RequestId = "7f3c2b1a90e84d6c8b5a4f3e2d1c0b9a";
    private protected static readonly string QuotasPath = MockSdrs.ProjectPath("sdrs/quotas");
    private protected static readonly string ServerGroupsPath = MockSdrs.ProjectPath("server-groups");

    private protected readonly MockSdrs _sdrs = new();
    private protected readonly SteppingTimeProvider _time = new() { StepsThroughRescheduledTimers = true };
    private protected readonly CapturingLoggerProvider _logs = new();

    private protected SdrsClient CreateClient(
        SdrsCredential? credential = null,
        Action<SdrsClientOptions>? configure = null
    ) => _sdrs.CreateClient(credential, options =>
        {
            options.TimeProvider = _time;
            options.Timeout = Timeout.InfiniteTimeSpan;
            options.Retry = TestRetry.Predictable();
            options.LoggerFactory = LoggerFactory.Create(builder =>
                builder.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace)
            );
            configure?.Invoke(options);
        });

    private protected static async Task<TenantQuota> ReadTwiceAsync(SdrsClient client)
    {
        await client.Quotas.GetAsync();
        return await client.Quotas.GetAsync();
    }

    /// <summary>Answers the requests to one path, in order, one response each (the last one from then on).</summary>
    private protected void StubSequence(string path, string method, params IResponseBuilder[] responses) =>
        _sdrs.Server.RespondInTurn(Request.Create().WithPath(path).UsingMethod(method), $"{method} {path}", responses);

    /// <summary>Waits (bounded, real time) until a condition holds.</summary>
    private protected static async Task UntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "the condition should hold soon");
            await Task.Delay(10);
        }
    }

    private protected static HttpResponseMessage Json(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };

    private protected static CreateServerGroupRequest NewGroup() =>
        new("pg-retry", "az-a", "az-b", "fb4bb8e3-a574-4437-a156-78c916aeea4d", "046852ef-c49d-409b-8389-546aaaa5701f");

    /// <summary>A loopback port nothing listens on: connecting to it is refused.</summary>
    private protected static int ClosedPort()
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
        GC.SuppressFinalize(this);
    }

    /// <summary>An in-memory transport that answers attempt n with the n-th script (the last one from then
    /// on).</summary>
    private protected sealed class ScriptedTransport(
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
    private protected sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
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
