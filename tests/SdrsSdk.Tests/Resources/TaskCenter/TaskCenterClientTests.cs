using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Resources.TaskCenter;

public sealed class TaskCenterClientTests : IDisposable
{
    private const string ServerGroupId = "decf224d-87fe-403a-8721-037a1a45c287";
    private const string FailureJobId = "897f57b2-6e94-4179-b414-9532726c59f2";
    private static readonly string ListPath = MockSdrs.ProjectPath("task-center/failure-jobs");
    private readonly MockSdrs _sdrs = new();

    [Fact]
    public async Task ListFailedJobsAsync_ReferenceExample_SendsGetWithoutQueryAndReadsEveryField()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(ListPath).UsingGet())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody(Examples.Read("task-center/list.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient();

        FailureJobPage page = await client.TaskCenter.ListFailedJobsAsync();

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("GET");
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/task-center/failure-jobs");
        request.RawQuery.Should().BeNullOrEmpty();
        request.ShouldCarryToken();
        page.Count.Should().Be(2);
        page.FailureJobs.Should().HaveCount(2);

        FailureJob first = page.FailureJobs[0];
        first.JobStatus.Should().Be(JobStatus.Fail);
        first.ResourceId.Should().Be("17984002-ad8a-438b-8ba6-b850224634c5");
        first.ResourceName.Should().Be("Protected-Instance-ab14");
        first
            .ResourceType.Should()
            .Be(new FailureJobResourceType("protectedInstance"), "resource types outside the table still deserialize");
        first.ResourceType.Should().NotBe(FailureJobResourceType.ProtectedInstances);
        first.FailureStatus.Should().Be(FailureStatus.CreateFail);
        first.JobId.Should().Be("ff808082686f229a0168707beaab014e");
        first.JobType.Should().Be(new JobType("createProtectedInstance"));
        first.BeginTime.Should().Be(new DateTimeOffset(2019, 1, 21, 12, 56, 35, 754, TimeSpan.Zero));
        first.BeginTime!.Value.Offset.Should().Be(TimeSpan.Zero);
        first.ErrorCode.Should().Be("EVS.2024");
        first.ErrorInfo.Should().BeNull("EVS codes are not in the SDRS catalog");
        first.FailReason.Should().Be("SdrsGenerateNativeServerParamsTask-fail:volume is error!");

        FailureJob second = page.FailureJobs[1];
        second.JobStatus.Should().Be(JobStatus.Fail);
        second.ResourceId.Should().Be(FailureJobId);
        second.ResourceName.Should().Be("Protected-Instance-5e2e");
        second.ResourceType.Value.Should().Be("protectedInstance");
        second.FailureStatus.Should().Be(FailureStatus.CreateFail);
        second.JobId.Should().Be("ff808082686f229a0168707b9be9013e");
        second.JobType.Value.Should().Be("createProtectedInstance");
        second.BeginTime.Should().Be(new DateTimeOffset(2019, 1, 21, 12, 56, 15, 591, TimeSpan.Zero));
        second.ErrorCode.Should().Be("EVS.2024");
        second.FailReason.Should().Be("SdrsGenerateNativeServerParamsTask-fail:volume is error!");
    }

    [Fact]
    public async Task ListFailedJobsAsync_ReferenceQueryExample_SendsServerGroupIdOnly()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(ListPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"count":0,"failure_jobs":[]}"""));
        using SdrsClient client = _sdrs.CreateClient();

        FailureJobPage page = await client.TaskCenter.ListFailedJobsAsync(
            new FailureJobQuery { ServerGroupId = "XXXXX" }
        );

        _sdrs.SingleRequest().RawQuery.Should().Be("?server_group_id=XXXXX");
        page.FailureJobs.Should().BeEmpty();
        page.Count.Should().Be(0);
    }

    [Fact]
    public async Task ListFailedJobsAsync_EveryFilterWithAkSk_SendsEachQueryParameterSigned()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(ListPath).UsingGet())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody(Examples.Read("task-center/list.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        await client.TaskCenter.ListFailedJobsAsync(
            new FailureJobQuery
            {
                ServerGroupId = ServerGroupId,
                ResourceName = "Protected Instance/ab14",
                FailureStatus = FailureStatus.FailoverFail,
                ResourceType = FailureJobResourceType.DisasterRecoveryDrills,
                Limit = 50,
                Offset = 100,
            }
        );

        var request = _sdrs.SingleRequest();
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/task-center/failure-jobs");
        request.Query!["server_group_id"].Should().Equal(ServerGroupId);
        request.Query["resource_name"].Should().Equal("Protected Instance/ab14");
        request.Query["failure_status"].Should().Equal("failoverFail");
        request.Query["resource_type"].Should().Equal("disaster_recovery_drills");
        request.Query["limit"].Should().Equal("50");
        request.Query["offset"].Should().Equal("100");
        request.Query.Should().HaveCount(6);
        request
            .RawQuery.Should()
            .Be(
                $"?server_group_id={ServerGroupId}&resource_name=Protected%20Instance%2Fab14"
                    + "&failure_status=failoverFail"
                    + "&resource_type=disaster_recovery_drills&limit=50&offset=100",
                "values are percent-encoded (RFC 3986), a space as %20"
            );
        request.ShouldHaveValidSignature();
    }

    [Fact]
    public async Task ListAllFailedJobsAsync_ThreePages_WalksOffsetToTheShortPage()
    {
        StubPage(offset: 0, limit: 2, Job("j-1"), Job("j-2"));
        StubPage(offset: 2, limit: 2, Job("j-3"), Job("j-4"));
        StubPage(offset: 4, limit: 2, Job("j-5"));
        using SdrsClient client = _sdrs.CreateClient();

        var jobs = new List<FailureJob>();
        await foreach (
            FailureJob job in client.TaskCenter.ListAllFailedJobsAsync(
                new FailureJobQuery { Limit = 2, ServerGroupId = ServerGroupId }
            )
        )
        {
            jobs.Add(job);
        }

        jobs.Select(job => job.JobId).Should().Equal("j-1", "j-2", "j-3", "j-4", "j-5");
        var requests = _sdrs.Requests();
        requests.Should().HaveCount(3);
        requests.Select(request => request.Query!["offset"].Single()).Should().Equal("0", "2", "4");
        requests
            .Should()
            .AllSatisfy(request =>
            {
                request.Query!["limit"].Should().Equal("2");
                request.Query["server_group_id"].Should().Equal(ServerGroupId);
            });
    }

    [Fact]
    public async Task ListAllFailedJobsAsync_CountOnlyOfThePage_DoesNotStopBeforeTheShortPage()
    {
        // "count" is the number of tasks "in the list"; a server that reports the page size must not end the walk
        // early.
        StubPage(offset: 0, limit: 2, count: 2, Job("j-1"), Job("j-2"));
        StubPage(offset: 2, limit: 2, count: 1, Job("j-3"));
        using SdrsClient client = _sdrs.CreateClient();

        var jobs = new List<FailureJob>();
        await foreach (FailureJob job in client.TaskCenter.ListAllFailedJobsAsync(new FailureJobQuery { Limit = 2 }))
        {
            jobs.Add(job);
        }

        jobs.Select(job => job.JobId).Should().Equal("j-1", "j-2", "j-3");
    }

    [Fact]
    public async Task ListAllFailedJobsAsync_NoFailedJobs_YieldsNothingAfterOneRequest()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(ListPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"count":0,"failure_jobs":[]}"""));
        using SdrsClient client = _sdrs.CreateClient();

        var jobs = new List<FailureJob>();
        await foreach (FailureJob job in client.TaskCenter.ListAllFailedJobsAsync())
        {
            jobs.Add(job);
        }

        jobs.Should().BeEmpty();
        var request = _sdrs.SingleRequest();
        request.Query!["offset"].Should().Equal("0");
        request.Query["limit"].Should().Equal("100");
    }

    [Fact]
    public async Task DeleteFailedJobAsync_ReferenceExample_SendsDeleteAndAccepts204()
    {
        _sdrs
            .Server.Given(
                Request
                    .Create()
                    .WithPath(MockSdrs.ProjectPath($"task-center/failure-jobs/{FailureJobId}"))
                    .UsingDelete()
            )
            .RespondWith(Response.Create().WithStatusCode(204));
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        await client.TaskCenter.DeleteFailedJobAsync(FailureJobId);

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("DELETE");
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/task-center/failure-jobs/{FailureJobId}");
        request.RawQuery.Should().BeNullOrEmpty();
        request.ShouldHaveValidSignature();
    }

    [Fact]
    public async Task DeleteAllFailedJobsAsync_ReferenceExample_SendsDeleteOfBatchAndAccepts204()
    {
        _sdrs
            .Server.Given(
                Request.Create().WithPath(MockSdrs.ProjectPath("task-center/failure-jobs/batch")).UsingDelete()
            )
            .RespondWith(Response.Create().WithStatusCode(204));
        using SdrsClient client = _sdrs.CreateClient();

        await client.TaskCenter.DeleteAllFailedJobsAsync();

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("DELETE");
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/task-center/failure-jobs/batch");
        request.RawQuery.Should().BeNullOrEmpty();
        request.ShouldCarryToken();
    }

    [Fact]
    public async Task DeleteFailedJobsOfServerGroupAsync_ReferenceExample_SendsDeleteOfGroupBatchAndAccepts204()
    {
        _sdrs
            .Server.Given(
                Request
                    .Create()
                    .WithPath(MockSdrs.ProjectPath($"task-center/{ServerGroupId}/failure-jobs/batch"))
                    .UsingDelete()
            )
            .RespondWith(Response.Create().WithStatusCode(204));
        using SdrsClient client = _sdrs.CreateClient();

        await client.TaskCenter.DeleteFailedJobsOfServerGroupAsync(ServerGroupId);

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("DELETE");
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/task-center/{ServerGroupId}/failure-jobs/batch");
        request.RawQuery.Should().BeNullOrEmpty();
        request.ShouldCarryToken();
    }

    [Fact]
    public async Task DeleteFailedJobsOfServerGroupAsync_ProtectionGroupNotFound_ThrowsNotFoundWithEveryField()
    {
        _sdrs
            .Server.Given(
                Request
                    .Create()
                    .WithPath(MockSdrs.ProjectPath($"task-center/{ServerGroupId}/failure-jobs/batch"))
                    .UsingDelete()
            )
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(400)
                    .WithHeader("X-Request-Id", "req-42")
                    .WithBody("""{"error":{"code":"SDRS.1013","message":"Protection group not found"}}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.TaskCenter.DeleteFailedJobsOfServerGroupAsync(ServerGroupId);

        SdrsNotFoundException error = (await act.Should().ThrowAsync<SdrsNotFoundException>()).Which;
        error.Status.Should().Be(400);
        error.ErrorCode.Should().Be("SDRS.1013");
        error.ErrorMessage.Should().Be("Protection group not found");
        error.RequestId.Should().Be("req-42");
        error.Method.Should().Be("DELETE");
        error.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/task-center/{ServerGroupId}/failure-jobs/batch");
        error.IsNotFound.Should().BeTrue();
    }

    [Fact]
    public async Task DeleteFailedJobAsync_ItemNotFound404_ThrowsNotFound()
    {
        _sdrs
            .Server.Given(
                Request.Create().WithPath(MockSdrs.ProjectPath("task-center/failure-jobs/nope")).UsingDelete()
            )
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(404)
                    .WithBody("""{"itemNotFound":{"code":"SDRS.0404","message":"failure job not found"}}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.TaskCenter.DeleteFailedJobAsync("nope");

        SdrsNotFoundException error = (await act.Should().ThrowAsync<SdrsNotFoundException>()).Which;
        error.Status.Should().Be(404);
        error.ErrorMessage.Should().Be("failure job not found");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1001)]
    public async Task ListFailedJobsAsync_LimitOutOfRange_IsRefusedBeforeSending(int limit)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.TaskCenter.ListFailedJobsAsync(new FailureJobQuery { Limit = limit });

        (await act.Should().ThrowAsync<ArgumentOutOfRangeException>())
            .Which.Message.Should()
            .Contain("limit")
            .And.Contain("1000");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task ListFailedJobsAsync_LimitZero_IsRefusedBeforeSending()
    {
        // The table says 0 to 1000, but the service refuses 0 (SDRS.0221: limit must be greater than 0).
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.TaskCenter.ListFailedJobsAsync(new FailureJobQuery { Limit = 0 });

        (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.Message.Should().Contain("1 to 1000");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task ListFailedJobsAsync_NegativeOffset_IsRefusedBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.TaskCenter.ListFailedJobsAsync(new FailureJobQuery { Offset = -1 });

        (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.Message.Should().Contain("offset");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task ListFailedJobsAsync_BlankServerGroupId_IsRefusedBeforeSending(string serverGroupId)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () =>
            client.TaskCenter.ListFailedJobsAsync(new FailureJobQuery { ServerGroupId = serverGroupId });

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("server_group_id");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public void ListAllFailedJobsAsync_LimitZero_IsRefusedBeforeEnumerating()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Action act = () => client.TaskCenter.ListAllFailedJobsAsync(new FailureJobQuery { Limit = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Contain("limit");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public void ListAllFailedJobsAsync_NegativeOffset_IsRefusedBeforeEnumerating()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Action act = () => client.TaskCenter.ListAllFailedJobsAsync(new FailureJobQuery { Offset = -5 });

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Contain("offset");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Theory]
    [InlineData("batch")]
    [InlineData("BATCH")]
    public async Task DeleteFailedJobAsync_IdBatch_IsRefusedBecauseItWouldDeleteEveryFailedJob(string failureJobId)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.TaskCenter.DeleteFailedJobAsync(failureJobId);

        ArgumentException error = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        error.ParamName.Should().Be("failureJobId");
        error.Message.Should().Contain("DeleteAllFailedJobsAsync");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a/b")]
    [InlineData("..")]
    public async Task DeleteFailedJobAsync_IdNotASinglePathSegment_IsRefusedBeforeSending(string failureJobId)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.TaskCenter.DeleteFailedJobAsync(failureJobId);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("failureJobId");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task DeleteFailedJobAsync_NullId_IsRefusedBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.TaskCenter.DeleteFailedJobAsync(null!);

        (await act.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("failureJobId");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("group?x=1")]
    public async Task DeleteFailedJobsOfServerGroupAsync_InvalidId_IsRefusedBeforeSending(string serverGroupId)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.TaskCenter.DeleteFailedJobsOfServerGroupAsync(serverGroupId);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("serverGroupId");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    public void Dispose() => _sdrs.Dispose();

    private static string Job(string id) =>
        $$"""{"job_status":"FAIL","resource_id":"r-{{id}}","resource_name":"n","resource_type":"server_groups","failure_status":"deleteFail","job_id":"{{id}}","job_type":"deleteProtectionGroupNoCG","begin_time":"2019-01-21T12:56:35.754Z","error_code":"SDRS.0405","fail_reason":"x"}""";

    private void StubPage(int offset, int limit, params string[] jobs) => StubPage(offset, limit, count: 5, jobs);

    private void StubPage(int offset, int limit, int count, params string[] jobs)
    {
        _sdrs
            .Server.Given(
                Request
                    .Create()
                    .WithPath(ListPath)
                    .UsingGet()
                    .WithParam("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .WithParam("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            )
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody($$"""{"count":{{count}},"failure_jobs":[{{string.Join(",", jobs)}}]}""")
            );
    }
}
