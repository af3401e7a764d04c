using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Jobs;

public sealed class JobsClientTests : IDisposable
{
    private const string JobId = "0000000062db92d70162db9d200f000a";
    private readonly MockSdrs _sdrs = new();

    [Fact]
    public async Task GetAsync_ReferenceExample_SendsGetWithTokenAndReadsEveryField()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"jobs/{JobId}")).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithHeader("Content-Type", "application/json")
                    .WithBody(Examples.Read("jobs/get.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJob job = await client.Jobs.GetAsync(JobId);

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("GET");
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/jobs/{JobId}");
        request.ShouldCarryToken();
        job.JobId.Should().Be(JobId);
        job.Status.Should().Be(JobStatus.Success);
        job.Status.IsTerminal.Should().BeTrue();
        job.JobType.Should().Be(JobType.CreateProtectionGroup);
        job.Entities!.ServerGroupId.Should().Be("a59d008e-4bad-4bf3-9b17-6cc25e7da483");
        job.SubJobs.Should().BeEmpty();
        job.BeginTime.Should().Be(new DateTimeOffset(2018, 4, 19, 1, 55, 30, 443, TimeSpan.Zero));
        job.EndTime.Should().Be(new DateTimeOffset(2018, 4, 19, 1, 55, 45, 493, TimeSpan.Zero));
        job.ErrorCode.Should().BeNull();
        job.FailReason.Should().BeNull();
        job.ErrorInfo.Should().BeNull();
    }

    [Fact]
    public async Task GetAsync_ReferenceExampleWithSubJobs_ReadsEverySubJob()
    {
        const string ParentId = "ff8080826b45d4a5016b5036242c0025";
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"jobs/{ParentId}")).UsingGet())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody(Examples.Read("jobs/get-with-sub-jobs.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        SdrsJob job = await client.Jobs.GetAsync(ParentId);

        _sdrs.SingleRequest().ShouldHaveValidSignature();
        job.JobType.Should().Be(JobType.StopProtectionGroup);
        job.Status.Should().Be(JobStatus.Success);
        job.BeginTime.Should().Be(new DateTimeOffset(2019, 6, 13, 9, 40, 53, 930, TimeSpan.Zero));
        job.EndTime.Should().Be(new DateTimeOffset(2019, 6, 13, 9, 41, 1, 946, TimeSpan.Zero));
        job.Entities!.ServerGroupId.Should().BeNull();
        job.SubJobs.Should().HaveCount(2);
        job.SubJobs.Select(sub => sub.JobId)
            .Should()
            .Equal("ff8080826b45d4a5016b50362868002a", "ff8080826b45d4a5016b50362870002b");
        job.SubJobs.Should()
            .AllSatisfy(sub =>
            {
                sub.JobType.Should()
                    .Be(
                        new JobType("stopProtectionGroupRepNoCG"),
                        "sub-job types outside the documented list still deserialize"
                    );
                sub.Status.Should().Be(JobStatus.Success);
                sub.Entities!.ServerGroupId.Should().Be("1fd6903c-48f9-4772-8974-112dfbd74427");
                sub.ErrorCode.Should().BeNull();
            });
        job.SubJobs[0].BeginTime.Should().Be(new DateTimeOffset(2019, 6, 13, 9, 40, 55, 15, TimeSpan.Zero));
        job.SubJobs[1].EndTime.Should().Be(new DateTimeOffset(2019, 6, 13, 9, 40, 58, 952, TimeSpan.Zero));
    }

    [Fact]
    public async Task GetAsync_FailedJobWithUnknownStatusFields_ExposesCatalogEntryAndExtraEntities()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("jobs/j-1")).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody(
                        """
                        {"job_id":"j-1","job_type":"createProtectedInstanceNoCG","status":"FAIL","error_code":"SDRS.1320",
                         "fail_reason":"boom","begin_time":"2019-05-23 03:51:58.256","end_time":null,
                         "entities":{"protected_instance_id":"pi-1","future_thing_id":"x-9"},"new_field":[1,2]}
                        """
                    )
            );
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJob job = await client.Jobs.GetAsync("j-1");

        job.Status.Should().Be(JobStatus.Fail);
        job.ErrorInfo!.Message.Should().Be("Protected instance not found");
        job.Entities!.ProtectedInstanceId.Should().Be("pi-1");
        job.Entities.TryGetId("future_thing_id", out string? other).Should().BeTrue();
        other.Should().Be("x-9");
        job.BeginTime.Should().Be(new DateTimeOffset(2019, 5, 23, 3, 51, 58, 256, TimeSpan.Zero));
        job.EndTime.Should().BeNull();
    }

    [Fact]
    public async Task GetAsync_UnknownStatus_DeserializesAsOpenValue()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("jobs/j-2")).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody("""{"job_id":"j-2","status":"PAUSED","job_type":"brandNewJob"}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJob job = await client.Jobs.GetAsync("j-2");

        job.Status.Should().Be(new JobStatus("PAUSED"));
        job.Status.IsTerminal.Should().BeFalse();
        job.JobType.Value.Should().Be("brandNewJob");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("id?x=1")]
    [InlineData(" padded")]
    public async Task GetAsync_InvalidJobId_ThrowsBeforeSending(string jobId)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Jobs.GetAsync(jobId);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("jobId");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task GetAsync_NullJobId_ThrowsArgumentNull()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Jobs.GetAsync(null!);

        await act.Should().ThrowAsync<ArgumentNullException>();
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    public void Dispose() => _sdrs.Dispose();
}
