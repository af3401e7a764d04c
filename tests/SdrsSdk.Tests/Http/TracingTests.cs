using System.Diagnostics;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Http;

/// <summary>One activity per SDK call, and one child per HTTP attempt, on the <c>SdrsSdk</c> activity source.</summary>
public sealed class TracingTests : IDisposable
{
    private const string RequestId = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private readonly MockSdrs _sdrs = new();
    private readonly SteppingTimeProvider _time = new();
    private readonly List<Activity> _stopped = [];
    private readonly ActivityListener _listener;

    public TracingTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SdrsDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (_stopped)
                {
                    _stopped.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task Call_RetriedOnce_IsOneCallActivityWithTwoAttemptChildren()
    {
        string path = MockSdrs.ProjectPath("sdrs/quotas");
        _sdrs
            .Server.Given(Request.Create().WithPath(path).UsingGet())
            .InScenario("trace")
            .WillSetStateTo("second")
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("X-Request-Id", "first-" + RequestId));
        _sdrs
            .Server.Given(Request.Create().WithPath(path).UsingGet())
            .InScenario("trace")
            .WhenStateIs("second")
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithHeader("X-Request-Id", RequestId)
                    .WithBody(Examples.Read("quotas/get.response.json"))
            );
        using SdrsClient client = CreateClient();

        await _time.DriveAsync(client.Quotas.GetAsync());

        List<Activity> attempts = Mine()
            .Where(activity => activity.OperationName == SdrsDiagnostics.AttemptActivityName)
            .OrderBy(activity => activity.StartTimeUtc)
            .ToList();
        attempts.Should().HaveCount(2);
        Activity call = _stopped.Single(activity =>
            activity.OperationName == SdrsDiagnostics.CallActivityName && activity.SpanId == attempts[0].ParentSpanId
        );
        attempts
            .Should()
            .AllSatisfy(attempt =>
            {
                attempt.ParentSpanId.Should().Be(call.SpanId, "each attempt is a child of the call");
                attempt
                    .Kind.Should()
                    .Be(ActivityKind.Internal, "the one CLIENT span of an attempt is System.Net.Http's");
                attempt.GetTagItem("http.request.method").Should().Be("GET");
                attempt.GetTagItem("url.path").Should().Be(path);
            });
        attempts.Select(attempt => attempt.GetTagItem("sdrs.attempt")).Should().Equal(1, 2);
        attempts.Select(attempt => attempt.GetTagItem("http.response.status_code")).Should().Equal(503, 200);
        attempts
            .Select(attempt => attempt.GetTagItem("sdrs.request_id"))
            .Should()
            .Equal("first-" + RequestId, RequestId);
        attempts[0].Status.Should().Be(ActivityStatusCode.Error);
        attempts[1].GetTagItem("http.request.resend_count").Should().Be(1);

        call.Kind.Should().Be(ActivityKind.Internal);
        call.DisplayName.Should().Be("GET sdrs/quotas", "the display name is the method and the API's path template");
        call.GetTagItem("http.request.method").Should().Be("GET");
        call.GetTagItem("url.path").Should().Be(path);
        call.GetTagItem("http.response.status_code").Should().Be(200);
        call.GetTagItem("sdrs.request_id").Should().Be(RequestId);
        call.GetTagItem("sdrs.attempts").Should().Be(2);
        call.GetTagItem("sdrs.operation").Should().Be("IQuotasApi.GetAsync");
        call.Status.Should().NotBe(ActivityStatusCode.Error);
    }

    [Fact]
    public async Task Call_Failing_MarksTheCallAndTheAttemptAsErrors()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("server-groups/g-1")).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(404)
                    .WithHeader("X-Request-Id", RequestId)
                    .WithBody("""{"error":{"code":"SDRS.1013","message":"The protection group is not found."}}""")
            );
        using SdrsClient client = CreateClient();

        await Record.ExceptionAsync(() => _time.DriveAsync(client.ServerGroups.GetAsync("g-1")));

        Activity attempt = Mine().Single(activity => activity.OperationName == SdrsDiagnostics.AttemptActivityName);
        Activity call = _stopped.Single(activity => activity.SpanId == attempt.ParentSpanId);
        call.DisplayName.Should().Be("GET server-groups/{serverGroupId}");
        call.Status.Should().Be(ActivityStatusCode.Error);
        attempt.Status.Should().Be(ActivityStatusCode.Error);
        attempt.GetTagItem("error.type").Should().Be("404");
        call.GetTagItem("sdrs.request_id").Should().Be(RequestId);
    }

    [Fact]
    public async Task Attempt_WithHttpClientTracing_HasExactlyOneClientSpanUnderIt()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("sdrs/quotas")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("quotas/get.response.json")));
        var http = new List<Activity>();
        using var httpListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (http)
                {
                    http.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(httpListener);
        using SdrsClient client = CreateClient();

        await _time.DriveAsync(client.Quotas.GetAsync());

        Activity attempt = Mine().Single(activity => activity.OperationName == SdrsDiagnostics.AttemptActivityName);
        Activity call = _stopped.Single(activity => activity.SpanId == attempt.ParentSpanId);
        List<Activity> clientSpans;
        lock (http)
        {
            clientSpans = http.Where(activity => activity.TraceId == call.TraceId).ToList();
        }

        clientSpans.Should().ContainSingle("System.Net.Http's span is the attempt's one CLIENT span");
        clientSpans[0].Kind.Should().Be(ActivityKind.Client);
        clientSpans[0].ParentSpanId.Should().Be(attempt.SpanId, "the HTTP request is nested in the SDK's attempt");
        new[] { call.Kind, attempt.Kind }.Should().OnlyContain(kind => kind == ActivityKind.Internal);
    }

    private IEnumerable<Activity> Mine()
    {
        lock (_stopped)
        {
            return _stopped
                .Where(activity => (activity.GetTagItem("server.port") as int?) == _sdrs.Endpoint.Port)
                .ToList();
        }
    }

    private SdrsClient CreateClient() =>
        _sdrs.CreateClient(configure: options =>
        {
            options.TimeProvider = _time;
            options.Timeout = Timeout.InfiniteTimeSpan;
            options.Retry = new SdrsRetryOptions
            {
                MaxRetries = 2,
                UseJitter = false,
                AttemptTimeout = Timeout.InfiniteTimeSpan,
            };
        });

    public void Dispose()
    {
        _listener.Dispose();
        _sdrs.Dispose();
    }
}
