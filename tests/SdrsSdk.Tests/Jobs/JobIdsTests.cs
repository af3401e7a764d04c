using SdrsSdk.Jobs.Internal;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Jobs;

/// <summary>Job IDs from callers and from the service are checked before they go into a path; a job read back must be
/// the one asked for.</summary>
public sealed class JobIdsTests : IDisposable
{
    private const string JobId = "0000000062db92d70162db9d200f000a";
    private const string OtherJobId = "ff8080826b45d4a5016b5036242c0025";
    private readonly MockSdrs _sdrs = new();

    [Theory]
    [InlineData("0000000062db92d70162db9d200f000a")]
    [InlineData("0000000011db92d70162db9d20df32ch")] // the reference's own examples are not all hex
    [InlineData("0000000062db92d70162db921dgf00bb")]
    [InlineData("FF8080826B45D4A5016B5036242C0025")]
    [InlineData("a59d008e-4bad-4bf3-9b17-6cc25e7da483")]
    [InlineData("job_1")]
    [InlineData("j")]
    public void IsWellFormed_IdsTheServiceMayIssue_Accepted(string id) => JobIds.IsWellFormed(id).Should().BeTrue();

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("../x")]
    [InlineData("%2e%2e")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a b")]
    [InlineData("a.b")]
    [InlineData("id?x=1")]
    [InlineData("id#x")]
    [InlineData("jöb")]
    [InlineData("job\n")]
    public void IsWellFormed_NotAJobId_Refused(string id) => JobIds.IsWellFormed(id).Should().BeFalse();

    [Fact]
    public void IsWellFormed_Length_BoundedAt64()
    {
        JobIds.IsWellFormed(new string('a', JobIds.MaxLength)).Should().BeTrue();
        JobIds.IsWellFormed(new string('a', JobIds.MaxLength + 1)).Should().BeFalse();
        JobIds.IsWellFormed(new string('a', 10_000)).Should().BeFalse();
        JobIds.IsWellFormed(null).Should().BeFalse();
    }

    [Theory]
    [InlineData("%2e%2e")]
    [InlineData("a.b")]
    [InlineData("jöb")]
    public async Task WaitAsync_SavedIdNotAJobId_ThrowsArgumentBeforeSending(string savedId)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Jobs.WaitAsync(savedId);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("jobId");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task StartAsync_JobIdNotAJobId_ThrowsInvalidResponseWithStatusAndRequestId()
    {
        _sdrs
            .Server.Given(Request.Create().UsingPost())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(202)
                    .WithHeader("X-Request-Id", "rid-dots")
                    .WithBody("""{"job_id":".."}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.ServerGroups.StartFailoverAsync("sg-1");

        SdrsInvalidResponseException error = (
            await act.Should().ThrowExactlyAsync<SdrsInvalidResponseException>()
        ).Which;
        error.Status.Should().Be(202);
        error.RequestId.Should().Be("rid-dots");
        error.Method.Should().Be("POST");
        error.ErrorMessage.Should().Contain("job_id").And.Contain("'..'");
        error.Path.Should().Contain("server-groups", "method and path come from the request");
        _sdrs.SingleRequest().Method.Should().Be("POST");
    }

    [Fact]
    public async Task StartAsync_ReferenceJobId_ReturnsTheHandle()
    {
        _sdrs
            .Server.Given(Request.Create().UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody($$"""{"job_id":"{{JobId}}"}"""));
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJobOperation operation = await client.ServerGroups.StartFailoverAsync("sg-1");

        operation.Id.Should().Be(JobId);
    }

    [Fact]
    public async Task GetAsync_AnswerNamesAnotherJob_ThrowsInvalidResponse()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"jobs/{JobId}")).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithHeader("X-Request-Id", "rid-other")
                    .WithBody($$$"""{"job_id":"{{{OtherJobId}}}","status":"SUCCESS","entities":{}}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Jobs.GetAsync(JobId);

        SdrsInvalidResponseException error = (
            await act.Should().ThrowExactlyAsync<SdrsInvalidResponseException>()
        ).Which;
        error.Status.Should().Be(200);
        error.RequestId.Should().Be("rid-other");
        error.ErrorMessage.Should().Contain(JobId).And.Contain(OtherJobId);
        error.Method.Should().Be("GET");
        error.Path.Should().EndWith($"jobs/{JobId}");
    }

    [Fact]
    public async Task GetAsync_AnswerNamesTheJobInOtherCase_Accepted()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"jobs/{JobId}")).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody($$$"""{"job_id":"{{{JobId.ToUpperInvariant()}}}","status":"RUNNING","entities":{}}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJob job = await client.Jobs.GetAsync(JobId);

        job.Status.Should().Be(JobStatus.Running);
    }

    public void Dispose() => _sdrs.Dispose();
}
