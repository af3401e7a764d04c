using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Jobs;

/// <summary>Waiting for jobs: progression, failures with sub-jobs, transient faults, timeouts, cancellation,
/// resume.</summary>
public sealed class JobPollerTests : IDisposable
{
    private const string JobId = "ff8080826b45d4a5016b5036242c0025";
    private readonly MockSdrs _sdrs = new();
    private readonly SteppingTimeProvider _time = new();
    private readonly CapturingLoggerProvider _logs = new();

    /// <summary>A fixed one-second schedule without jitter: every poll is one WireMock request, one second
    /// apart.</summary>
    internal static JobPollingOptions EverySecond(int maxFailures = 10, TimeSpan? timeout = null) =>
        new()
        {
            InitialDelay = TimeSpan.FromSeconds(1),
            MinInterval = TimeSpan.FromSeconds(1),
            MaxInterval = TimeSpan.FromSeconds(1),
            IntervalRatio = 0,
            JitterRatio = 0,
            MaxConsecutiveTransientFailures = maxFailures,
            Timeout = timeout ?? TimeSpan.FromHours(1),
        };

    [Fact]
    public async Task WaitAsync_InitRunningSuccess_ReportsEachStatusOnceAndReturnsTheJob()
    {
        StubSequence(
            Job("INIT"),
            Job("INIT"),
            Job("RUNNING"),
            Job("RUNNING"),
            Job("RUNNING"),
            Job("SUCCESS", entities: """{"server_group_id":"sg-1"}""")
        );
        using SdrsClient client = CreateClient();
        var progress = new RecordingProgress();

        SdrsJob job = await _time.DriveAsync(client.Jobs.WaitAsync(JobId, EverySecond(), progress));

        job.Status.Should().Be(JobStatus.Success);
        job.Entities!.ServerGroupId.Should().Be("sg-1");
        _sdrs.Requests().Should().HaveCount(6);
        progress
            .Reports.Select(report => report.Status)
            .Should()
            .Equal(JobStatus.Init, JobStatus.Running, JobStatus.Success);
        progress.Reports[^1].Polls.Should().Be(6);
        progress.Reports[^1].Elapsed.Should().Be(TimeSpan.FromSeconds(6));
        _logs
            .Messages.Where(message =>
                message.Contains(" SdrsSdk: ", StringComparison.Ordinal)
                && message.Contains(JobId, StringComparison.Ordinal)
            )
            .Should()
            .HaveCount(
                3,
                "the poller logs one line per status change, not per poll (the HTTP log is another category)"
            );
        _logs.Messages[^1].Should().Contain("is SUCCESS");
    }

    [Fact]
    public async Task WaitAsync_FailWithSubJobs_ThrowsWithEveryFailedSubJob()
    {
        StubSequence(
            Job("RUNNING"),
            """
            {"job_id":"ff8080826b45d4a5016b5036242c0025","job_type":"stopProtectionGroupNoCG","status":"FAIL",
             "error_code":"SDRS.1032","fail_reason":"first sub-job failed",
             "entities":{"sub_jobs":[
               {"job_id":"sub-1","job_type":"stopProtectionGroupRepNoCG","status":"FAIL","error_code":"SDRS.1609","fail_reason":"replication pair busy","entities":{}},
               {"job_id":"sub-2","job_type":"stopProtectionGroupRepNoCG","status":"SUCCESS","entities":{}},
               {"job_id":"sub-3","job_type":"stopProtectionGroupRepNoCG","status":"FAIL","error_code":"SDRS.1610","fail_reason":"disk in use","entities":{}}]}}
            """
        );
        using SdrsClient client = CreateClient();

        Func<Task> act = () => _time.DriveAsync(client.Jobs.WaitAsync(JobId, EverySecond()));

        SdrsJobFailedException failure = (await act.Should().ThrowAsync<SdrsJobFailedException>()).Which;
        failure.JobId.Should().Be(JobId);
        failure.JobType.Should().Be(JobType.StopProtectionGroup);
        failure.ErrorCode.Should().Be("SDRS.1032");
        failure.ErrorInfo!.Message.Should().Be("Failed to enable protection again");
        failure.FailReason.Should().Be("first sub-job failed");
        failure.ErrorInfo.Should().NotBeNull();
        failure.FailedSubJobs.Select(sub => sub.JobId).Should().Equal("sub-1", "sub-3");
        failure.FailedSubJobs.Select(sub => sub.ErrorCode).Should().Equal("SDRS.1609", "SDRS.1610");
        failure.Message.Should().Contain("sub-1").And.Contain("disk in use").And.Contain("2 sub-job(s) failed");
    }

    [Fact]
    public async Task WaitAsync_BatchWithSubJobs_ReportsSubJobCounts()
    {
        StubSequence(
            Batch(("RUNNING", "RUNNING"), ("RUNNING", "INIT")),
            Batch(("RUNNING", "SUCCESS"), ("RUNNING", "RUNNING")),
            Batch(("SUCCESS", "SUCCESS"), ("SUCCESS", "SUCCESS"))
        );
        using SdrsClient client = CreateClient();
        var progress = new RecordingProgress();

        SdrsJob job = await _time.DriveAsync(client.Jobs.WaitAsync(JobId, EverySecond(), progress));

        job.SubJobs.Should().HaveCount(2).And.OnlyContain(sub => sub.Status == JobStatus.Success);
        progress
            .Reports.Select(r => (r.SubJobsSucceeded, r.SubJobsRunning, r.SubJobsFailed, r.SubJobsTotal))
            .Should()
            .Equal((0, 2, 0, 2), (1, 1, 0, 2), (2, 0, 0, 2));
    }

    [Fact]
    public async Task WaitAsync_TransientFaultsMidWait_StillSucceeds()
    {
        _sdrs
            .Server.Given(JobRequest())
            .InScenario("faults")
            .WillSetStateTo("503")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Job("RUNNING")));
        _sdrs
            .Server.Given(JobRequest())
            .InScenario("faults")
            .WhenStateIs("503")
            .WillSetStateTo("429")
            .RespondWith(
                Response.Create().WithStatusCode(503).WithBody("""{"error":{"code":"SDRS.0400","message":"busy"}}""")
            );
        _sdrs
            .Server.Given(JobRequest())
            .InScenario("faults")
            .WhenStateIs("429")
            .WillSetStateTo("reset")
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(429)
                    .WithHeader("Retry-After", "5")
                    .WithBody("""{"error_code":"APIGW.0308","error_msg":"slow down"}""")
            );
        _sdrs
            .Server.Given(JobRequest())
            .InScenario("faults")
            .WhenStateIs("reset")
            .WillSetStateTo("done")
            .RespondWith(Response.Create().WithFault(FaultType.EMPTY_RESPONSE));
        _sdrs
            .Server.Given(JobRequest())
            .InScenario("faults")
            .WhenStateIs("done")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Job("SUCCESS")));
        using SdrsClient client = CreateClient();

        SdrsJob job = await _time.DriveAsync(client.Jobs.WaitAsync(JobId, EverySecond()));

        job.Status.Should().Be(JobStatus.Success);
        _sdrs.Requests().Should().HaveCount(5);
        _time.Waits.Should().Contain(TimeSpan.FromSeconds(5), "the wait after a 429 honours Retry-After");
        _logs
            .Messages.Count(message => message.Contains("failed transiently", StringComparison.Ordinal))
            .Should()
            .Be(3);
    }

    [Fact]
    public async Task WaitAsync_PersistentFailure_SurfacesAfterTheBound()
    {
        _sdrs
            .Server.Given(JobRequest())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(503)
                    .WithHeader("X-Request-Id", "rid-503")
                    .WithBody("""{"error":{"code":"SDRS.0400","message":"down"}}""")
            );
        using SdrsClient client = CreateClient();

        Func<Task> act = () => _time.DriveAsync(client.Jobs.WaitAsync(JobId, EverySecond(maxFailures: 3)));

        SdrsServerException failure = (await act.Should().ThrowAsync<SdrsServerException>()).Which;
        failure.Status.Should().Be(503);
        failure.RequestId.Should().Be("rid-503");
        _sdrs.Requests().Should().HaveCount(4, "three failures are ridden out, the fourth surfaces");
    }

    [Fact]
    public async Task WaitAsync_NonTransientError_SurfacesAtOnce()
    {
        _sdrs
            .Server.Given(JobRequest())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(400)
                    .WithBody("""{"error":{"code":"SDRS.0408","message":"Null job"}}""")
            );
        using SdrsClient client = CreateClient();

        Func<Task> act = () => _time.DriveAsync(client.Jobs.WaitAsync(JobId, EverySecond()));

        await act.Should().ThrowAsync<SdrsBadRequestException>();
        _sdrs.Requests().Should().HaveCount(1);
    }

    [Fact]
    public async Task WaitAsync_Timeout_ThrowsWithJobIdAndLastStatus()
    {
        _sdrs.Server.Given(JobRequest()).RespondWith(Response.Create().WithStatusCode(200).WithBody(Job("RUNNING")));
        using SdrsClient client = CreateClient();

        Func<Task> act = () =>
            _time.DriveAsync(client.Jobs.WaitAsync(JobId, EverySecond(timeout: TimeSpan.FromSeconds(10))));

        SdrsJobTimeoutException timeout = (await act.Should().ThrowAsync<SdrsJobTimeoutException>()).Which;
        timeout.JobId.Should().Be(JobId);
        timeout.LastStatus.Should().Be(JobStatus.Running);
        timeout.Elapsed.Should().Be(TimeSpan.FromSeconds(10));
        timeout.Message.Should().Contain(JobId).And.Contain("RUNNING").And.Contain("WaitAsync");
        _sdrs.Requests().Should().HaveCount(10);
    }

    [Fact]
    public async Task WaitAsync_Cancelled_ThrowsOperationCanceledOnly()
    {
        _sdrs.Server.Given(JobRequest()).RespondWith(Response.Create().WithStatusCode(200).WithBody(Job("RUNNING")));
        using SdrsClient client = CreateClient();
        using var cancellation = new CancellationTokenSource();
        var progress = new RecordingProgress(report =>
        {
            if (report.Polls >= 1)
            {
                cancellation.Cancel();
            }
        });

        Func<Task> act = () =>
            _time.DriveAsync(client.Jobs.WaitAsync(JobId, EverySecond(), progress, cancellation.Token));

        (await act.Should().ThrowAsync<OperationCanceledException>()).Which.Should().NotBeAssignableTo<SdrsException>();
        _sdrs.Requests().Should().HaveCount(1);
    }

    [Fact]
    public async Task WaitAsync_AlreadyCancelled_SendsNothing()
    {
        using SdrsClient client = CreateClient();

        Func<Task> act = () => client.Jobs.WaitAsync(JobId, cancellationToken: new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task WaitAsync_ResumeBySavedId_FromASecondClient()
    {
        StubSequence(Job("RUNNING"), Job("SUCCESS", entities: """{"server_group_id":"sg-9"}"""));
        string savedJobId = JobId;

        using SdrsClient freshClient = CreateClient();
        SdrsJob job = await _time.DriveAsync(freshClient.Jobs.WaitAsync(savedJobId, EverySecond()));

        job.JobId.Should().Be(savedJobId);
        job.Entities!.ServerGroupId.Should().Be("sg-9");
        _sdrs.Requests().Should().OnlyContain(request => request.Path == MockSdrs.ProjectPath($"jobs/{savedJobId}"));
    }

    [Fact]
    public async Task WaitAsync_UnknownStatus_KeepsPollingAndReportsIt()
    {
        StubSequence(Job("QUEUED"), Job("RUNNING"), Job("SUCCESS"));
        using SdrsClient client = CreateClient();
        var progress = new RecordingProgress();

        SdrsJob job = await _time.DriveAsync(client.Jobs.WaitAsync(JobId, EverySecond(), progress));

        job.Status.Should().Be(JobStatus.Success);
        progress.Reports.Select(report => report.Status.Value).Should().Equal("QUEUED", "RUNNING", "SUCCESS");
    }

    [Fact]
    public async Task WaitAsync_Activity_SpansTheWait()
    {
        StubSequence(Job("RUNNING"), Job("SUCCESS"));
        using SdrsClient client = CreateClient();
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SdrsDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (activities)
                {
                    activities.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        await _time.DriveAsync(client.Jobs.WaitAsync(JobId, EverySecond()));

        Activity wait;
        lock (activities)
        {
            wait = activities.Single(activity =>
                activity.OperationName == SdrsDiagnostics.JobWaitActivityName
                && (string?)activity.GetTagItem("sdrs.job.id") == JobId
            );
        }

        wait.Status.Should().Be(ActivityStatusCode.Ok);
        wait.GetTagItem("sdrs.job.polls").Should().Be(2);
        wait.Events.Select(e => e.Name).Should().Equal("status RUNNING", "status SUCCESS");
    }

    [Fact]
    public async Task WaitForCompletionAsync_Operation_TracksTheJob()
    {
        StubSequence(Job("RUNNING"), Job("SUCCESS"));
        using SdrsClient client = CreateClient();
        var operation = new SdrsJobOperation(client.Jobs, JobId, JobType.StopProtectionGroup);

        operation.HasCompleted.Should().BeFalse();
        operation.Status.Should().BeNull();
        SdrsJob job = await _time.DriveAsync(operation.WaitForCompletionAsync(EverySecond()));

        job.Status.Should().Be(JobStatus.Success);
        operation.HasCompleted.Should().BeTrue();
        operation.Status.Should().Be(JobStatus.Success);
        operation.Job.Should().BeSameAs(job);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(30)]
    [InlineData(120)]
    [InlineData(600)]
    [InlineData(1800)]
    public async Task WaitAsync_DefaultSchedule_PollsWithinTheBackoffBounds(int jobSeconds)
    {
        // A job that succeeds after jobSeconds, read through an in-memory JobsClient so fake time alone drives it.
        var polling = new JobPollingOptions();
        var reads = new List<TimeSpan>();
        DateTimeOffset start = _time.GetUtcNow();
        var poller = new SdrsSdk.Jobs.Internal.JobPoller(
            (id, _) =>
            {
                TimeSpan now = _time.GetUtcNow() - start;
                reads.Add(now);
                return Task.FromResult(
                    new SdrsJob
                    {
                        JobId = id,
                        Status = now >= TimeSpan.FromSeconds(jobSeconds) ? JobStatus.Success : JobStatus.Running,
                    }
                );
            },
            _time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance,
            polling
        );

        await _time.DriveAsync(poller.WaitAsync(JobId, null, null, null, CancellationToken.None));

        TimeSpan detectionDelay = reads[^1] - TimeSpan.FromSeconds(jobSeconds);
        reads[0].Should().Be(polling.InitialDelay, "the first poll comes soon");
        for (int i = 1; i < reads.Count; i++)
        {
            TimeSpan gap = reads[i] - reads[i - 1];
            TimeSpan expected = polling.NextInterval(reads[i - 1]);
            gap.TotalMilliseconds.Should()
                .BeInRange(
                    expected.TotalMilliseconds * (1 - polling.JitterRatio) - 1,
                    expected.TotalMilliseconds * (1 + polling.JitterRatio) + 1,
                    "no hammering, no oversleeping"
                );
            gap.Should().BeLessThanOrEqualTo(polling.MaxInterval * (1 + polling.JitterRatio), "the cap holds");
        }

        detectionDelay.Should().BeLessThanOrEqualTo(polling.MaxInterval * (1 + polling.JitterRatio));
        detectionDelay
            .TotalSeconds.Should()
            .BeLessThanOrEqualTo(Math.Max(1.1, jobSeconds * polling.IntervalRatio * (1 + polling.JitterRatio)) + 0.001);
        reads.Count.Should().BeLessThanOrEqualTo(jobSeconds <= 5 ? 7 : 70);
    }

    [Fact]
    public async Task WaitAsync_LowerCaseSuccess_EndsTheWait()
    {
        StubSequence(Job("running"), Job("success"));
        using SdrsClient client = CreateClient();

        SdrsJob job = await _time.DriveAsync(client.Jobs.WaitAsync(JobId, EverySecond()));

        job.Status.Should().Be(JobStatus.Success);
        _sdrs.Requests().Should().HaveCount(2);
    }

    [Fact]
    public async Task WaitAsync_LowerCaseFail_ThrowsWithFailedSubJobsInAnyCase()
    {
        StubSequence(
            """
            {"job_id":"ff8080826b45d4a5016b5036242c0025","job_type":"failoverProtectionGroupNoCG","status":"fail","error_code":"SDRS.1032",
             "entities":{"sub_jobs":[
               {"job_id":"sub-1","job_type":"x","status":"Fail","error_code":"SDRS.1609","entities":{}},
               {"job_id":"sub-2","job_type":"x","status":"success","entities":{}}]}}
            """
        );
        using SdrsClient client = CreateClient();
        var progress = new RecordingProgress();

        Func<Task> act = () => _time.DriveAsync(client.Jobs.WaitAsync(JobId, EverySecond(), progress));

        SdrsJobFailedException failure = (await act.Should().ThrowAsync<SdrsJobFailedException>()).Which;
        failure.FailedSubJobs.Select(sub => sub.JobId).Should().Equal("sub-1");
        progress
            .Reports.Should()
            .ContainSingle()
            .Which.Should()
            .Match<JobProgress>(report => report.SubJobsFailed == 1 && report.SubJobsSucceeded == 1);
        _sdrs.Requests().Should().HaveCount(1);
    }

    [Fact]
    public async Task WaitAsync_StatusChangesOnlyInCase_NotReportedAsAChange()
    {
        StubSequence(Job("RUNNING"), Job("running"), Job("SUCCESS"));
        using SdrsClient client = CreateClient();
        var progress = new RecordingProgress();

        await _time.DriveAsync(client.Jobs.WaitAsync(JobId, EverySecond(), progress));

        progress.Reports.Select(report => report.Status.Value).Should().Equal("RUNNING", "SUCCESS");
    }

    private SdrsClient CreateClient() =>
        _sdrs.CreateClient(configure: options =>
        {
            options.TimeProvider = _time;
            options.LoggerFactory = LoggerFactory.Create(builder =>
                builder.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace)
            );
        });

    private static IRequestBuilder JobRequest() =>
        Request.Create().WithPath(MockSdrs.ProjectPath($"jobs/{JobId}")).UsingGet();

    private void StubSequence(params string[] bodies) =>
        _sdrs.Server.RespondInTurn(
            JobRequest(),
            "job",
            [
                .. bodies.Select(body =>
                    Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body)
                ),
            ]
        );

    private static string Job(string status, string entities = "{}") =>
        $$"""{"job_id":"{{JobId}}","job_type":"createProtectionGroupNoCG","status":"{{status}}","begin_time":"2019-06-13T09:40:53.930Z","end_time":null,"error_code":null,"fail_reason":null,"entities":{{entities}}}""";

    private static string Batch(params (string Parent, string Sub)[] subJobs)
    {
        string parent = subJobs.All(s => s.Sub == "SUCCESS") ? "SUCCESS" : "RUNNING";
        string subs = string.Join(
            ',',
            subJobs.Select(
                (s, i) =>
                    $$$"""{"job_id":"sub-{{{i}}}","job_type":"createProtectedInstanceNoCG","status":"{{{s.Sub}}}","entities":{}}"""
            )
        );
        return $$$"""{"job_id":"{{{JobId}}}","job_type":"createProtectedInstanceNoCG","status":"{{{parent}}}","entities":{"sub_jobs":[{{{subs}}}]}}""";
    }

    public void Dispose()
    {
        _sdrs.Dispose();
        _logs.Dispose();
    }

    private sealed class RecordingProgress(Action<JobProgress>? onReport = null) : IProgress<JobProgress>
    {
        public List<JobProgress> Reports { get; } = [];

        public void Report(JobProgress value)
        {
            Reports.Add(value);
            onReport?.Invoke(value);
        }
    }
}
