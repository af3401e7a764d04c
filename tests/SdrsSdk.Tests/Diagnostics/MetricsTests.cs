using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using SdrsSdk.Operations.Internal;
using SdrsSdk.Resolution.Internal;
using SdrsSdk.Testing;
using SdrsSdk.Tests.Jobs;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Diagnostics;

/// <summary>Metric measurements run alone: another test's calls would add their measurements to the
/// listener's.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsGroup
{
    public const string Name = "Metrics";
}

/// <summary>
/// The instruments of the <c>SdrsSdk</c> meter, as a <see cref="MeterListener"/> (what OpenTelemetry's
/// <c>AddMeter</c> uses) sees them: names, units, tags and values of a call that succeeds, one retried, one that fails,
/// a job wait and the resolution of an ambiguous write.
/// </summary>
[Collection(MetricsGroup.Name)]
public sealed class MetricsTests : IDisposable
{
    private const string JobId = "ff8080826b45d4a5016b5036242c0025";
    private readonly MockSdrs _sdrs = new();
    private readonly SteppingTimeProvider _time = new();
    private readonly MeterListener _listener = new();
    private readonly List<Measurement> _measurements = [];

    public MetricsTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SdrsDiagnostics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Capture(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Capture(instrument, value, tags));
        _listener.Start();
    }

    [Fact]
    public void Meter_IsVersionedLikeTheActivitySource()
    {
        Instrument? published = null;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Name == SdrsDiagnostics.MeterName)
                {
                    published = instrument;
                }
            },
        };
        listener.Start();

        published.Should().NotBeNull("the meter's instruments are published to every new listener");
        published!.Meter.Version.Should().NotBeNullOrEmpty().And.NotContain("+");
    }

    [Fact]
    public async Task SuccessfulCall_RecordsItsDurationByOperationAndStatus()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("sdrs/quotas")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("quotas/get.response.json")));
        using SdrsClient client = CreateClient();

        await _time.DriveAsync(client.Quotas.GetAsync());

        Measurement call = Only("sdrs.client.operation.duration");
        call.Unit.Should().Be("s");
        call.Value.Should().BeGreaterThanOrEqualTo(0);
        call.Tags.Should()
            .BeEquivalentTo(
                new Dictionary<string, object?>
                {
                    ["sdrs.operation"] = "IQuotasApi.GetAsync",
                    ["http.request.method"] = "GET",
                    ["http.response.status_code"] = 200,
                }
            );
        Named("sdrs.client.operation.retries").Should().BeEmpty("the call was answered at the first attempt");
    }

    [Fact]
    public async Task RetriedCall_CountsTheRetryAndTimesTheWholeCall()
    {
        string path = MockSdrs.ProjectPath("sdrs/quotas");
        _sdrs.Server.RespondInTurn(
            Request.Create().WithPath(path).UsingGet(),
            "retry",
            [
                Response.Create().WithStatusCode(503),
                Response.Create().WithStatusCode(200).WithBody(Examples.Read("quotas/get.response.json")),
            ]
        );
        using SdrsClient client = CreateClient();

        await _time.DriveAsync(client.Quotas.GetAsync());

        Measurement retry = Only("sdrs.client.operation.retries");
        retry.Unit.Should().Be("{retry}");
        retry.Value.Should().Be(1);
        retry
            .Tags.Should()
            .BeEquivalentTo(
                new Dictionary<string, object?>
                {
                    ["sdrs.operation"] = "IQuotasApi.GetAsync",
                    ["http.request.method"] = "GET",
                }
            );
        Measurement call = Only("sdrs.client.operation.duration");
        call.Tags["http.response.status_code"].Should().Be(200, "the call's outcome is its last attempt's");
        call.Tags.Should().NotContainKey("error.type");
        call.Value.Should()
            .BeGreaterThanOrEqualTo(1, "the call includes the retry's backoff of 1 s (BaseDelay, on the fake clock)");
    }

    [Fact]
    public async Task FailedCall_RecordsTheErrorTypeAndNoId()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("server-groups/g-1")).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(404)
                    .WithBody("""{"error":{"code":"SDRS.1013","message":"The protection group is not found."}}""")
            );
        using SdrsClient client = CreateClient();

        Exception? failure = await Record.ExceptionAsync(() => _time.DriveAsync(client.ServerGroups.GetAsync("g-1")));

        failure.Should().BeAssignableTo<SdrsException>();
        Measurement call = Only("sdrs.client.operation.duration");
        call.Tags.Should()
            .BeEquivalentTo(
                new Dictionary<string, object?>
                {
                    ["sdrs.operation"] = "IServerGroupsApi.GetAsync",
                    ["http.request.method"] = "GET",
                    ["http.response.status_code"] = 404,
                    ["error.type"] = "404",
                }
            );
        call.Tags.Values.Should().NotContain(value => value is string && ((string)value!).Contains("g-1"));
    }

    [Fact]
    public async Task UnansweredCall_RecordsTheExceptionType()
    {
        using var dropping = new DroppingServer();
        using SdrsClient client = _sdrs.CreateClient(configure: options =>
        {
            options.Endpoint = dropping.Endpoint;
            options.TimeProvider = _time;
        });

        Exception? failure = await Record.ExceptionAsync(() => _time.DriveAsync(client.Quotas.GetAsync()));

        failure.Should().BeOfType<SdrsConnectionException>();
        Measurement call = Only("sdrs.client.operation.duration");
        call.Tags["error.type"].Should().Be(typeof(SdrsConnectionException).FullName);
        call.Tags.Should().NotContainKey("http.response.status_code");
    }

    [Fact]
    public async Task JobWait_RecordsItsDurationAndPollsByJobTypeAndOutcome()
    {
        _sdrs.Server.RespondInTurn(
            Request.Create().WithPath(MockSdrs.ProjectPath($"jobs/{JobId}")).UsingGet(),
            "job",
            [
                Response.Create().WithStatusCode(200).WithBody(Job("RUNNING")),
                Response.Create().WithStatusCode(200).WithBody(Job("RUNNING")),
                Response.Create().WithStatusCode(200).WithBody(Job("SUCCESS")),
            ]
        );
        using SdrsClient client = CreateClient();

        await _time.DriveAsync(client.Jobs.WaitAsync(JobId, JobPollerTests.EverySecond()));

        var expectedTags = new Dictionary<string, object?>
        {
            ["sdrs.job.type"] = "createProtectionGroupNoCG",
            ["sdrs.job.outcome"] = "success",
        };
        Measurement wait = Only("sdrs.client.job.wait.duration");
        wait.Unit.Should().Be("s");
        wait.Value.Should().Be(3, "three polls one second apart, on the fake clock");
        wait.Tags.Should().BeEquivalentTo(expectedTags);
        Measurement polls = Only("sdrs.client.job.polls");
        polls.Unit.Should().Be("{poll}");
        polls.Value.Should().Be(3);
        polls.Tags.Should().BeEquivalentTo(expectedTags);
        Named("sdrs.client.operation.duration")
            .Should()
            .HaveCount(3)
            .And.OnlyContain(call => (string?)call.Tags["sdrs.operation"] == "IJobsApi.PollAsync");
    }

    [Fact]
    public async Task JobWait_Failing_IsRecordedAsFail()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"jobs/{JobId}")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Job("FAIL")));
        using SdrsClient client = CreateClient();

        Exception? failure = await Record.ExceptionAsync(() =>
            _time.DriveAsync(client.Jobs.WaitAsync(JobId, JobPollerTests.EverySecond()))
        );

        failure.Should().BeOfType<SdrsJobFailedException>();
        Only("sdrs.client.job.wait.duration").Tags["sdrs.job.outcome"].Should().Be("fail");
        Only("sdrs.client.job.polls").Value.Should().Be(1);
    }

    [Fact]
    public async Task Resolution_IsCountedByOperationAndVerdict()
    {
        using SdrsEmulator emulator = SdrsEmulator.Start();
        using SdrsClient client = emulator.CreateClient();
        var resolver = new SdrsOutcomeResolver(
            client,
            TimeProvider.System,
            NullLogger.Instance,
            new SdrsResolutionOptions { SettleDelay = TimeSpan.Zero }
        );
        var group = new CreateServerGroupRequest(
            "g",
            "cn-north-1a",
            "cn-north-1b",
            "fb4bb8e3-a574-4437-a156-78c916aeea4d",
            "046852ef-c49d-409b-8389-546aaaa5701f"
        );

        SdrsOutcome outcome = await resolver.ResolveAsync(
            new SdrsWriteRequest(SdrsOperations.ServerGroups.Create, TimeProvider.System.GetUtcNow())
            {
                Arguments = group,
            },
            CancellationToken.None
        );

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.NotApplied, "no group was created");
        Measurement resolution = Only("sdrs.client.resolutions");
        resolution.Unit.Should().Be("{resolution}");
        resolution.Value.Should().Be(1);
        resolution
            .Tags.Should()
            .BeEquivalentTo(
                new Dictionary<string, object?>
                {
                    ["sdrs.operation"] = "ServerGroups.Create",
                    ["sdrs.resolution.verdict"] = "not_applied",
                }
            );
    }

    private static string Job(string status) =>
        $"{{\"job_id\":\"{JobId}\",\"job_type\":\"createProtectionGroupNoCG\",\"status\":\"{status}\","
        + "\"begin_time\":\"2019-06-13T09:40:53.930Z\",\"end_time\":null,\"error_code\":null,"
        + "\"fail_reason\":null,\"entities\":{}}";

    private void Capture<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var measurement = new Measurement(
            instrument.Name,
            instrument.Unit,
            Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
            tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value)
        );
        lock (_measurements)
        {
            _measurements.Add(measurement);
        }
    }

    private List<Measurement> Named(string name)
    {
        lock (_measurements)
        {
            return _measurements.Where(measurement => measurement.Name == name).ToList();
        }
    }

    private Measurement Only(string name) => Named(name).Should().ContainSingle().Subject;

    private SdrsClient CreateClient() =>
        _sdrs.CreateClient(configure: options =>
        {
            options.TimeProvider = _time;
            options.Timeout = Timeout.InfiniteTimeSpan;
            options.Retry = TestRetry.Predictable();
        });

    public void Dispose()
    {
        _listener.Dispose();
        _sdrs.Dispose();
    }

    private sealed record Measurement(string Name, string? Unit, double Value, Dictionary<string, object?> Tags);
}
