using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Jobs;

/// <summary>Job statuses compare ignoring case, in the value type and wherever the poller decides a job has ended.</summary>
public sealed class JobStatusTests : IDisposable
{
    private const string JobId = "ff8080826b45d4a5016b5036242c0025";
    private readonly MockSdrs _sdrs = new();
    private readonly SteppingTimeProvider _time = new();

    [Theory]
    [InlineData("success", "SUCCESS")]
    [InlineData("Success", "SUCCESS")]
    [InlineData("fail", "FAIL")]
    [InlineData("running", "RUNNING")]
    [InlineData("init", "INIT")]
    public void Equals_IgnoresCase(string sent, string known)
    {
        var status = new JobStatus(sent);

        status.Should().Be(new JobStatus(known));
        (status == new JobStatus(known)).Should().BeTrue();
        status.GetHashCode().Should().Be(new JobStatus(known).GetHashCode());
        status.Value.Should().Be(sent, "the value keeps the server's spelling");
    }

    [Fact]
    public void IsTerminal_AnyCase()
    {
        new JobStatus("success").IsTerminal.Should().BeTrue();
        new JobStatus("Fail").IsTerminal.Should().BeTrue();
        new JobStatus("running").IsTerminal.Should().BeFalse();
        default(JobStatus).IsTerminal.Should().BeFalse();
        default(JobStatus).Should().Be(default(JobStatus));
        default(JobStatus).GetHashCode().Should().Be(0);
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
    public async Task WaitAsync_LowerCaseFail_ThrowsWithFailedSubJobs()
    {
        StubSequence("""
            {"job_id":"ff8080826b45d4a5016b5036242c0025","job_type":"failoverProtectionGroupNoCG","status":"fail","error_code":"SDRS.1032",
             "entities":{"sub_jobs":[
               {"job_id":"sub-1","job_type":"x","status":"Fail","error_code":"SDRS.1609","entities":{}},
               {"job_id":"sub-2","job_type":"x","status":"success","entities":{}}]}}
            """);
        using SdrsClient client = CreateClient();

        Func<Task> act = () => _time.DriveAsync(client.Jobs.WaitAsync(JobId, EverySecond()));

        SdrsJobFailedException failure = (await act.Should().ThrowAsync<SdrsJobFailedException>()).Which;
        failure.FailedSubJobs.Select(sub => sub.JobId).Should().Equal("sub-1");
        _sdrs.Requests().Should().HaveCount(1);
    }

    [Fact]
    public async Task WaitAsync_SubJobStatusesInAnyCase_CountedInProgress()
    {
        StubSequence("""
            {"job_id":"ff8080826b45d4a5016b5036242c0025","job_type":"x","status":"SUCCESS",
             "entities":{"sub_jobs":[
               {"job_id":"sub-1","job_type":"x","status":"Success","entities":{}},
               {"job_id":"sub-2","job_type":"x","status":"success","entities":{}}]}}
            """);
        using SdrsClient client = CreateClient();
        var reports = new List<JobProgress>();

        await _time.DriveAsync(client.Jobs.WaitAsync(JobId, EverySecond(), new SyncProgress(reports.Add)));

        reports.Should().ContainSingle().Which.SubJobsSucceeded.Should().Be(2);
    }

    [Fact]
    public async Task WaitAsync_StatusChangesOnlyInCase_NotReportedAsAChange()
    {
        StubSequence(Job("RUNNING"), Job("running"), Job("SUCCESS"));
        using SdrsClient client = CreateClient();
        var reports = new List<JobProgress>();

        await _time.DriveAsync(client.Jobs.WaitAsync(JobId, EverySecond(), new SyncProgress(reports.Add)));

        reports.Select(report => report.Status.Value).Should().Equal("RUNNING", "SUCCESS");
    }

    private static JobPollingOptions EverySecond() => new()
    {
        InitialDelay = TimeSpan.FromSeconds(1),
        MinInterval = TimeSpan.FromSeconds(1),
        MaxInterval = TimeSpan.FromSeconds(1),
        IntervalRatio = 0,
        JitterRatio = 0,
    };

    private SdrsClient CreateClient() => _sdrs.CreateClient(configure: options => options.TimeProvider = _time);

    private void StubSequence(params string[] bodies)
    {
        for (int i = 0; i < bodies.Length; i++)
        {
            var given = _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"jobs/{JobId}")).UsingGet()).InScenario("job");
            var stateful = i == 0 ? given : given.WhenStateIs($"poll-{i}");
            var next = i < bodies.Length - 1 ? stateful.WillSetStateTo($"poll-{i + 1}") : stateful;
            next.RespondWith(Response.Create().WithStatusCode(200).WithBody(bodies[i]));
        }
    }

    private static string Job(string status) =>
        $$$"""{"job_id":"{{{JobId}}}","job_type":"failoverProtectionGroupNoCG","status":"{{{status}}}","entities":{}}""";

    public void Dispose() => _sdrs.Dispose();

    private sealed class SyncProgress(Action<JobProgress> report) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => report(value);
    }
}
