using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Resources.ServerGroups;

/// <summary>The actions on protection groups (reference 5.4.6-5.4.9): start, stop, failover and planned
/// failover.</summary>
public sealed class ServerGroupActionTests : IDisposable
{
    private const string GroupId = "40df180b-9fe2-471a-8c64-1b758dc84189";
    private static readonly string ActionPath = MockSdrs.ProjectPath($"server-groups/{GroupId}/action");
    private readonly MockSdrs _sdrs = new();

    // ---------------------------------------------------------------- 5.4.6 - 5.4.9 actions

    [Fact]
    public async Task StartProtectionAsync_ReferenceExample_SendsStartActionAndReturnsStartJob()
    {
        StubAction("server-groups/start.response.json");
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        SdrsJobOperation operation = await client.ServerGroups.StartProtectionAsync(GroupId);

        var sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("POST");
        sent.Path.Should().Be(ActionPath);
        sent.ShouldHaveValidSignature();
        sent.ShouldHaveJsonBody(Examples.Json("server-groups/start.request.json"));
        operation.Id.Should().Be("ff8080826adfae02016ae2d123fc05ed");
        operation.ExpectedJobType.Should().Be(JobType.StartProtectionGroup);
    }

    [Fact]
    public async Task StartProtectionAsync_AfterFailover_JobReportsReprotectType()
    {
        StubAction("server-groups/start.response.json");
        _sdrs
            .Server.Given(
                Request.Create().WithPath(MockSdrs.ProjectPath("jobs/ff8080826adfae02016ae2d123fc05ed")).UsingGet()
            )
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody(
                        """{"job_id":"ff8080826adfae02016ae2d123fc05ed","job_type":"reprotectProtectionGroupNoCG","status":"RUNNING","entities":{"server_group_id":"40df180b-9fe2-471a-8c64-1b758dc84189"}}"""
                    )
            );
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJobOperation operation = await client.ServerGroups.StartProtectionAsync(GroupId);
        SdrsJob job = await operation.UpdateStatusAsync();

        job.JobType.Should().Be(JobType.ReprotectProtectionGroup);
        job.Entities!.ServerGroupId.Should().Be(GroupId);
        operation.HasCompleted.Should().BeFalse();
    }

    [Fact]
    public async Task StartStopProtectionAsync_ReferenceExample_SendsStopActionAndReturnsStopJob()
    {
        StubAction("server-groups/stop.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJobOperation operation = await client.ServerGroups.StartStopProtectionAsync(GroupId);

        var sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("POST");
        sent.Path.Should().Be(ActionPath);
        sent.ShouldCarryToken();
        sent.ShouldHaveJsonBody(Examples.Json("server-groups/stop.request.json"));
        operation.Id.Should().Be("ff8080826adfae02016ae2d123fc05ed");
        operation.ExpectedJobType.Should().Be(JobType.StopProtectionGroup);
    }

    [Fact]
    public async Task StartFailoverAsync_ReferenceExample_SendsFailoverActionAndReturnsFailoverJob()
    {
        StubAction("server-groups/failover.response.json");
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk(withSecurityToken: true));

        SdrsJobOperation operation = await client.ServerGroups.StartFailoverAsync(GroupId);

        var sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("POST");
        sent.Path.Should().Be(ActionPath);
        sent.ShouldHaveValidSignature();
        sent.ShouldHaveJsonBody(Examples.Json("server-groups/failover.request.json"));
        operation.Id.Should().Be("ff8080826adfae02016ae2d123fc05ed");
        operation.ExpectedJobType.Should().Be(JobType.FailoverProtectionGroup);
    }

    [Fact]
    public async Task StartPlannedFailoverAsync_ReferenceExample_SendsReverseActionAndReturnsReverseJob()
    {
        StubAction("server-groups/reverse.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJobOperation operation = await client.ServerGroups.StartPlannedFailoverAsync(
            GroupId,
            PriorityStation.Source
        );

        var sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("POST");
        sent.Path.Should().Be(ActionPath);
        sent.ShouldCarryToken();
        sent.ShouldHaveJsonBody(Examples.Json("server-groups/reverse.request.json"));
        operation.Id.Should().Be("0000000062db92d70162db9d200f002d");
        operation.ExpectedJobType.Should().Be(JobType.ReverseProtectionGroup);
    }

    [Fact]
    public async Task StartPlannedFailoverAsync_ToTarget_SendsTargetDirection()
    {
        StubAction("server-groups/reverse.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.ServerGroups.StartPlannedFailoverAsync(GroupId, PriorityStation.Target);

        _sdrs
            .SingleRequest()
            .ShouldHaveJsonBody(
                System.Text.Json.Nodes.JsonNode.Parse("""{"reverse-server-group":{"priority_station":"target"}}""")!
            );
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public async Task StartPlannedFailoverAsync_MissingDirection_ThrowsBeforeSending(string? direction)
    {
        using SdrsClient client = _sdrs.CreateClient();
        PriorityStation station = direction is null ? default : new PriorityStation(direction);

        Func<Task> act = () => client.ServerGroups.StartPlannedFailoverAsync(GroupId, station);

        var exception = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        exception.ParamName.Should().Be("priorityStation");
        exception.Message.Should().Contain("priority_station");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    public void Dispose() => _sdrs.Dispose();

    private void StubAction(string responseExample) =>
        _sdrs
            .Server.Given(Request.Create().WithPath(ActionPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read(responseExample)));
}
