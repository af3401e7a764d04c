using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Resources.ServerGroups;

public sealed class ServerGroupsClientTests : IDisposable
{
    private const string GroupId = "40df180b-9fe2-471a-8c64-1b758dc84189";
    private static readonly string ActionPath = MockSdrs.ProjectPath($"server-groups/{GroupId}/action");
    private readonly MockSdrs _sdrs = new();

    // ---------------------------------------------------------------- 5.4.1 create

    [Fact]
    public async Task StartCreateAsync_ReferenceExample_SendsSignedBodyAndReturnsCreateJob()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("server-groups")).UsingPost())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody(Examples.Read("server-groups/create.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());
        var request = new CreateServerGroupRequest(
            "testname",
            "cn-north-1a",
            "cn-north-1b",
            "fb4bb8e3-a574-4437-a156-78c916aeea4d",
            "046852ef-c49d-409b-8389-546aaaa5701f"
        )
        {
            Description = "description",
            DrType = DrType.Migration,
        };

        SdrsJobOperation operation = await client.ServerGroups.StartCreateAsync(request);

        var sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("POST");
        sent.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/server-groups");
        sent.ShouldHaveValidSignature();
        sent.ShouldHaveJsonBody(Examples.Json("server-groups/create.request.json"));
        operation.Id.Should().Be("0000000062db92d70162db9d200f000a");
        operation.ExpectedJobType.Should().Be(JobType.CreateProtectionGroup);
        operation.HasCompleted.Should().BeFalse();
    }

    [Fact]
    public async Task StartCreateAsync_OnlyRequiredValues_LeavesOptionalFieldsOut()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("server-groups")).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"job_id":"job-1"}"""));
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJobOperation operation = await client.ServerGroups.StartCreateAsync(
            new CreateServerGroupRequest("pg-1", "az-a", "az-b", "domain-1", "vpc-1")
        );

        var sent = _sdrs.SingleRequest();
        sent.ShouldCarryToken();
        sent.ShouldHaveJsonBody(
            System.Text.Json.Nodes.JsonNode.Parse(
                """{"server_group":{"name":"pg-1","source_availability_zone":"az-a","target_availability_zone":"az-b","domain_id":"domain-1","source_vpc_id":"vpc-1"}}"""
            )!
        );
        operation.Id.Should().Be("job-1");
    }

    [Fact]
    public async Task StartCreateAsync_NullRequest_ThrowsBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.ServerGroups.StartCreateAsync(null!);

        (await act.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("request");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task StartCreateAsync_ResponseWithoutJobId_ThrowsInvalidResponse()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("server-groups")).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () =>
            client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest("pg-1", "az-a", "az-b", "domain-1", "vpc-1")
            );

        (await act.Should().ThrowAsync<SdrsInvalidResponseException>()).Which.Message.Should().Contain("job_id");
    }

    // ---------------------------------------------------------------- 5.4.2 list

    [Fact]
    public async Task ListAsync_ReferenceExample_SendsGetAndReadsEveryField()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("server-groups")).UsingGet())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody(Examples.Read("server-groups/list.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        ServerGroupPage page = await client.ServerGroups.ListAsync();

        var sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("GET");
        sent.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/server-groups");
        sent.RawQuery.Should().BeNullOrEmpty("no filter was given");
        sent.ShouldHaveValidSignature();
        page.Count.Should().Be(2);
        page.ServerGroups.Should().HaveCount(2);

        ServerGroup first = page.ServerGroups[0];
        first.Id.Should().Be("40df180b-9fe2-471a-8c64-1b758dc84189");
        first.Name.Should().Be("testname");
        first.Description.Should().Be("description");
        ShouldHaveSharedExampleFields(first);
        first.CreatedAt.Should().Be(new DateTimeOffset(2019, 5, 23, 3, 51, 58, 256, TimeSpan.Zero));
        first.UpdatedAt.Should().Be(new DateTimeOffset(2019, 5, 23, 7, 48, 12, 484, TimeSpan.Zero));

        ServerGroup second = page.ServerGroups[1];
        second.Id.Should().Be("decf224d-87fe-403a-8721-037a1a45c287");
        second.Name.Should().Be("Protection-Group-lwx");
        second.Description.Should().BeNull();
        ShouldHaveSharedExampleFields(second);
        second.CreatedAt.Should().Be(new DateTimeOffset(2019, 5, 22, 8, 16, 54, 413, TimeSpan.Zero));
        second.UpdatedAt.Should().Be(new DateTimeOffset(2019, 5, 23, 7, 48, 12, 493, TimeSpan.Zero));
    }

    [Fact]
    public async Task ListAsync_EveryFilter_SendsEachAsQueryParameter()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("server-groups")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"count":0,"server_groups":[]}"""));
        using SdrsClient client = _sdrs.CreateClient();

        await client.ServerGroups.ListAsync(
            new ServerGroupQuery
            {
                Limit = 10,
                Offset = 20,
                Status = ServerGroupStatus.ErrorFailingOver,
                Name = "Protection-Group",
                QueryType = ServerGroupQueryType.PeriodNoDrDrill,
                AvailabilityZone = "cn-north-1b",
            }
        );

        var sent = _sdrs.SingleRequest();
        sent.Query.Should().NotBeNull();
        var query = sent.Query!.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
        query
            .Should()
            .BeEquivalentTo(
                new Dictionary<string, string[]>
                {
                    ["limit"] = ["10"],
                    ["offset"] = ["20"],
                    ["status"] = ["error-failing-over"],
                    ["name"] = ["Protection-Group"],
                    ["query_type"] = ["period_no_dr_drill"],
                    ["availability_zone"] = ["cn-north-1b"],
                }
            );
    }

    [Fact]
    public async Task ListAsync_BoundaryLimitAndOffset_AreSent()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("server-groups")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"count":0,"server_groups":[]}"""));
        using SdrsClient client = _sdrs.CreateClient();

        await client.ServerGroups.ListAsync(
            new ServerGroupQuery
            {
                Limit = 1000,
                Offset = 0,
                Status = ServerGroupStatus.Protected,
            }
        );

        var sent = _sdrs.SingleRequest();
        sent.RawQuery.Should().Be("?limit=1000&offset=0&status=protected");
    }

    [Fact]
    public async Task ListAsync_NameWithReservedCharacters_IsEscaped()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("server-groups")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"count":0,"server_groups":[]}"""));
        using SdrsClient client = _sdrs.CreateClient();

        await client.ServerGroups.ListAsync(new ServerGroupQuery { Name = "a&b=c d" });

        var sent = _sdrs.SingleRequest();
        sent.Query!["name"].Should().Equal("a&b=c d");
        sent.Query.Should().ContainSingle("the '&' and '=' in the name must not split it into parameters");
    }

    [Fact]
    public async Task ListAsync_EmptyResult_ReturnsEmptyPage()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("server-groups")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"count":0,"server_groups":[]}"""));
        using SdrsClient client = _sdrs.CreateClient();

        ServerGroupPage page = await client.ServerGroups.ListAsync(
            new ServerGroupQuery { Status = ServerGroupStatus.Protected }
        );

        page.Count.Should().Be(0);
        page.ServerGroups.Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{"count":1}""", "server_groups")]
    public async Task ListAsync_ResponseMissingField_ThrowsInvalidResponseNamingIt(string body, string field)
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("server-groups")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(body));
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.ServerGroups.ListAsync();

        (await act.Should().ThrowAsync<SdrsInvalidResponseException>()).Which.Message.Should().Contain($"'{field}'");
    }

    [Theory]
    [InlineData("""{"server_groups":[]}""")]
    [InlineData("""{"server_groups":[],"count":null}""")]
    public async Task ListAsync_ResponseWithoutCount_ReturnsPageWithNullCount(string body)
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("server-groups")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(body));
        using SdrsClient client = _sdrs.CreateClient();

        ServerGroupPage page = await client.ServerGroups.ListAsync();

        page.Count.Should().BeNull();
        page.ServerGroups.Should().BeEmpty();
    }

    [Theory]
    [InlineData(-1, null, "limit")]
    [InlineData(1001, null, "limit")]
    [InlineData(null, -1, "offset")]
    public async Task ListAsync_OutOfRangePaging_ThrowsBeforeSending(int? limit, int? offset, string paramName)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.ServerGroups.ListAsync(new ServerGroupQuery { Limit = limit, Offset = offset });

        var exception = (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which;
        exception.ParamName.Should().Be(paramName);
        exception.Message.Should().Contain(paramName);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Theory]
    [InlineData(-1, null, "limit")]
    [InlineData(1001, null, "limit")]
    [InlineData(null, -5, "offset")]
    public void ListAllAsync_OutOfRangePaging_ThrowsWhenCalledBeforeSending(int? limit, int? offset, string paramName)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Action act = () => client.ServerGroups.ListAllAsync(new ServerGroupQuery { Limit = limit, Offset = offset });

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(paramName);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task ListAllAsync_ThreePages_WalksOffsetsAndYieldsEveryGroupOnce()
    {
        StubPage(
            offset: 0,
            """{"count":5,"server_groups":[{"id":"g1","status":"available"},{"id":"g2","status":"protected"}]}"""
        );
        StubPage(
            offset: 2,
            """{"count":5,"server_groups":[{"id":"g3","status":"failed-over"},{"id":"g4","status":"error-reversing"}]}"""
        );
        StubPage(offset: 4, """{"count":5,"server_groups":[{"id":"g5","status":"creating"}]}""");
        using SdrsClient client = _sdrs.CreateClient();

        var groups = new List<ServerGroup>();
        await foreach (
            ServerGroup group in client.ServerGroups.ListAllAsync(
                new ServerGroupQuery { Limit = 2, Status = "Protected" }
            )
        )
        {
            groups.Add(group);
        }

        groups.Select(group => group.Id).Should().Equal("g1", "g2", "g3", "g4", "g5");
        groups[3].Status.Should().Be(ServerGroupStatus.ErrorReversing);
        var requests = _sdrs.Requests();
        requests
            .Select(request => request.RawQuery)
            .Should()
            .Equal(
                "?limit=2&offset=0&status=protected",
                "?limit=2&offset=2&status=protected",
                "?limit=2&offset=4&status=protected"
            );
    }

    [Fact]
    public async Task ListAllAsync_FullPagesWithoutCount_StopsAtEmptyPage()
    {
        StubPage(offset: 10, """{"server_groups":[{"id":"g11"},{"id":"g12"}]}""");
        StubPage(offset: 12, """{"server_groups":[]}""");
        using SdrsClient client = _sdrs.CreateClient();

        var ids = new List<string>();
        await foreach (
            ServerGroup group in client.ServerGroups.ListAllAsync(new ServerGroupQuery { Limit = 2, Offset = 10 })
        )
        {
            ids.Add(group.Id);
        }

        ids.Should().Equal("g11", "g12");
        _sdrs.Requests().Select(request => request.Query!["offset"].Single()).Should().Equal("10", "12");
    }

    [Fact]
    public async Task ListAllAsync_NoGroups_YieldsNothingAfterOneRequestOfDefaultPageSize()
    {
        StubPage(offset: 0, """{"count":0,"server_groups":[]}""");
        using SdrsClient client = _sdrs.CreateClient();

        var groups = new List<ServerGroup>();
        await foreach (ServerGroup group in client.ServerGroups.ListAllAsync())
        {
            groups.Add(group);
        }

        groups.Should().BeEmpty();
        var sent = _sdrs.SingleRequest();
        sent.RawQuery.Should().Be("?limit=100&offset=0");
    }

    [Fact]
    public async Task ListAllAsync_ErrorOnSecondPage_ThrowsTypedException()
    {
        StubPage(offset: 0, """{"count":3,"server_groups":[{"id":"g1"},{"id":"g2"}]}""");
        _sdrs
            .Server.Given(
                Request.Create().WithPath(MockSdrs.ProjectPath("server-groups")).WithParam("offset", "2").UsingGet()
            )
            .RespondWith(
                Response.Create().WithStatusCode(500).WithBody("""{"error":{"code":"SDRS.0001","message":"boom"}}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        var ids = new List<string>();
        Func<Task> act = async () =>
        {
            await foreach (ServerGroup group in client.ServerGroups.ListAllAsync(new ServerGroupQuery { Limit = 2 }))
            {
                ids.Add(group.Id);
            }
        };

        (await act.Should().ThrowAsync<SdrsException>()).Which.Status.Should().Be(500);
        ids.Should().Equal("g1", "g2");
    }

    // ---------------------------------------------------------------- 5.4.3 get

    [Fact]
    public async Task GetAsync_ReferenceExample_SendsGetAndReadsEveryField()
    {
        const string Id = "decf224d-87fe-403a-8721-037a1a45c287";
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"server-groups/{Id}")).UsingGet())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody(Examples.Read("server-groups/get.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient();

        ServerGroup group = await client.ServerGroups.GetAsync(Id);

        var sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("GET");
        sent.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/server-groups/{Id}");
        sent.ShouldCarryToken();
        group.Id.Should().Be(Id);
        group.Name.Should().Be("Protection-Group-lwx");
        group.Description.Should().BeNull();
        ShouldHaveSharedExampleFields(group);
        group.CreatedAt.Should().Be(new DateTimeOffset(2019, 5, 22, 8, 16, 54, 413, TimeSpan.Zero));
        group.UpdatedAt.Should().Be(new DateTimeOffset(2019, 5, 23, 9, 11, 10, 856, TimeSpan.Zero));
        group.CurrentProductionAvailabilityZone.Should().Be("cn-north-1a");
        group.CurrentDisasterRecoveryAvailabilityZone.Should().Be("cn-north-1b");
    }

    [Fact]
    public async Task GetAsync_FailedOverGroupWithUnknownValues_ReadsOpenValuesAndCurrentSites()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("server-groups/g-1")).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody(
                        """
                        {"server_group":{"id":"g-1","status":"paused-by-ops","priority_station":"target",
                         "source_availability_zone":"az-a","target_availability_zone":"az-b","protected_status":"started",
                         "replication_status":"copying","health_status":"abnormal","progress":"42","dr_type":"cross-vpc",
                         "server_type":"BMS","protection_type":"consistency-group","replication_model":"sync",
                         "created_at":"2019-05-30 01:40:00.74","updated_at":null,"brand_new_field":true}}
                        """
                    )
            );
        using SdrsClient client = _sdrs.CreateClient();

        ServerGroup group = await client.ServerGroups.GetAsync("g-1");

        group.Status.Should().Be(new ServerGroupStatus("paused-by-ops"));
        group.Status.IsError.Should().BeFalse();
        group.PriorityStation.Should().Be(PriorityStation.Target);
        group
            .CurrentProductionAvailabilityZone.Should()
            .Be("az-b", "after a failover the target AZ is the production site");
        group.CurrentDisasterRecoveryAvailabilityZone.Should().Be("az-a");
        group.ProtectedStatus.Should().Be(ServerGroupProtectedStatus.Started);
        group.ReplicationStatus.Should().Be(ReplicationPairReplicationStatus.Copying);
        group.HealthStatus.Should().Be(ServerGroupHealthStatus.Abnormal);
        group.Progress.Should().Be(42, "numbers sent as strings are read too");
        group.DrType!.Value.Value.Should().Be("cross-vpc");
        group.ServerType.Should().Be(new ServerType("BMS"));
        group.ProtectionType.Should().Be(new ProtectionType("consistency-group"));
        group.ReplicationModel.Should().Be(new ReplicationModel("sync"));
        group.CreatedAt.Should().Be(new DateTimeOffset(2019, 5, 30, 1, 40, 0, 740, TimeSpan.Zero));
        group.UpdatedAt.Should().BeNull();
    }

    [Fact]
    public async Task StartFailoverAsync_ProtectionGroupNotFound_ThrowsSdrsNotFoundException()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(ActionPath).UsingPost())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(400)
                    .WithBody("""{"badrequest":{"code":"SDRS.1013","message":"Protection group not found"}}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.ServerGroups.StartFailoverAsync(GroupId);

        (await act.Should().ThrowAsync<SdrsNotFoundException>()).Which.ErrorCode.Should().Be("SDRS.1013");
    }

    // ---------------------------------------------------------------- 5.4.4 delete

    [Fact]
    public async Task StartDeleteAsync_ReferenceExample_SendsDeleteAndReturnsDeleteJob()
    {
        const string Id = "e98cefcd-2398-4a4d-8c52-c79f00e21484";
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"server-groups/{Id}")).UsingDelete())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody(Examples.Read("server-groups/delete.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        SdrsJobOperation operation = await client.ServerGroups.StartDeleteAsync(Id);

        var sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("DELETE");
        sent.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/server-groups/{Id}");
        sent.Body.Should().BeNullOrEmpty();
        sent.ShouldHaveValidSignature();
        operation.Id.Should().Be("0000000062db92d70162db9d200f0011");
        operation.ExpectedJobType.Should().Be(JobType.DeleteProtectionGroup);
    }

    // ---------------------------------------------------------------- 5.4.5 update

    [Fact]
    public async Task UpdateAsync_ReferenceExample_SendsPutAndReadsEveryField()
    {
        const string Id = "e98cefcd-2398-4a4d-8c52-c79f00e21484";
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"server-groups/{Id}")).UsingPut())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody(Examples.Read("server-groups/update.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient();

        ServerGroup group = await client.ServerGroups.UpdateAsync(Id, "my_test_server_group");

        var sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("PUT");
        sent.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/server-groups/{Id}");
        sent.ShouldCarryToken();
        sent.ShouldHaveJsonBody(Examples.Json("server-groups/update.request.json"));
        group.Id.Should().Be(Id);
        group.Name.Should().Be("my_test_server_group");
        group.Description.Should().Be("test_server_group_sdrs");
        group.Status.Should().Be(ServerGroupStatus.Available);
        group.Progress.Should().Be(0);
        group.SourceAvailabilityZone.Should().Be("cn-north-1a");
        group.TargetAvailabilityZone.Should().Be("cn-north-1b");
        group.DomainId.Should().Be("523ab8ad-3759-4933-9436-4cf4ebb20867");
        group.DomainName.Should().Be("my domain");
        group.ProtectedStatus.Should().Be(ServerGroupProtectedStatus.Stopped);
        group.ReplicationStatus.Should().Be(ReplicationPairReplicationStatus.ActiveStopped);
        group.HealthStatus.Should().Be(ServerGroupHealthStatus.Normal);
        group.PriorityStation.Should().Be(PriorityStation.Source);
        group.ProtectedInstanceNum.Should().Be(0);
        group.ReplicationNum.Should().Be(0);
        group.DisasterRecoveryDrillNum.Should().Be(0);
        group.SourceVpcId.Should().Be("ac784bd6-a79c-4def-9ff8-dc87940d5335");
        group.TargetVpcId.Should().Be("ac784bd6-a79c-4def-9ff8-dc87940d5335");
        group.TestVpcId.Should().BeNull();
        group.DrType.Should().Be(DrType.Migration);
        group.ServerType.Should().Be(ServerType.Ecs);
        group.CreatedAt.Should().Be(new DateTimeOffset(2018, 5, 9, 22, 11, 45, TimeSpan.Zero));
        group.UpdatedAt.Should().Be(new DateTimeOffset(2018, 5, 9, 22, 11, 54, TimeSpan.Zero));
        group.ProtectionType.Should().Be(ProtectionType.ReplicationPair);
        group.ReplicationModel.Should().BeNull();
    }

    [Fact]
    public async Task UpdateAsync_RequestObject_SendsSameBody()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"server-groups/{GroupId}")).UsingPut())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody(Examples.Read("server-groups/update.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        ServerGroup group = await client.ServerGroups.UpdateAsync(
            GroupId,
            new UpdateServerGroupRequest("my_test_server_group")
        );

        var sent = _sdrs.SingleRequest();
        sent.ShouldHaveValidSignature();
        sent.ShouldHaveJsonBody(Examples.Json("server-groups/update.request.json"));
        group.Name.Should().Be("my_test_server_group");
    }

    // ---------------------------------------------------------------- extensible values

    [Fact]
    public void ServerGroupStatus_AppendixA2_HasEveryValueWithItsWireText()
    {
        ServerGroupStatus[] statuses =
        [
            ServerGroupStatus.Creating,
            ServerGroupStatus.Available,
            ServerGroupStatus.Protected,
            ServerGroupStatus.Deleting,
            ServerGroupStatus.ErrorDeleting,
            ServerGroupStatus.Error,
            ServerGroupStatus.Starting,
            ServerGroupStatus.ErrorStarting,
            ServerGroupStatus.Reprotecting,
            ServerGroupStatus.ErrorReprotecting,
            ServerGroupStatus.Stopping,
            ServerGroupStatus.ErrorStopping,
            ServerGroupStatus.Reversing,
            ServerGroupStatus.ErrorReversing,
            ServerGroupStatus.FailingOver,
            ServerGroupStatus.FailedOver,
            ServerGroupStatus.ErrorFailingOver,
        ];

        statuses
            .Select(status => status.ToString())
            .Should()
            .Equal(
                "creating",
                "available",
                "protected",
                "deleting",
                "error-deleting",
                "error",
                "starting",
                "error-starting",
                "reprotecting",
                "error-reprotecting",
                "stopping",
                "error-stopping",
                "reversing",
                "error-reversing",
                "failing-over",
                "failed-over",
                "error-failing-over"
            );
        statuses
            .Where(status => status.IsError)
            .Select(status => status.Value)
            .Should()
            .Equal(
                "error-deleting",
                "error",
                "error-starting",
                "error-reprotecting",
                "error-stopping",
                "error-reversing",
                "error-failing-over"
            );
        ((ServerGroupStatus)"protected").Should().Be(ServerGroupStatus.Protected);
        ServerGroupStatus.FromString("Protected").Should().NotBe(ServerGroupStatus.Protected, "comparison is ordinal");
        default(ServerGroupStatus).IsError.Should().BeFalse();
    }

    [Fact]
    public void EnumeratedValues_ReferenceTables_CarryTheirWireText()
    {
        new[]
        {
            ServerGroupQueryType.StatusAbnormal,
            ServerGroupQueryType.StopProtected,
            ServerGroupQueryType.PeriodNoDrDrill,
            ServerGroupQueryType.General,
        }
            .Select(value => value.Value)
            .Should()
            .Equal("status_abnormal", "stop_protected", "period_no_dr_drill", "general");
        new[]
        {
            ReplicationPairReplicationStatus.Active,
            ReplicationPairReplicationStatus.Inactive,
            ReplicationPairReplicationStatus.Copying,
            ReplicationPairReplicationStatus.ActiveStopped,
        }
            .Select(value => value.Value)
            .Should()
            .Equal("active", "inactive", "copying", "active-stopped");
        new[] { ServerGroupProtectedStatus.Started, ServerGroupProtectedStatus.Stopped }
            .Select(value => value.Value)
            .Should()
            .Equal("started", "stopped");
        new[] { ServerGroupHealthStatus.Normal, ServerGroupHealthStatus.Abnormal }
            .Select(value => value.Value)
            .Should()
            .Equal("normal", "abnormal");
        new[] { PriorityStation.Source, PriorityStation.Target }
            .Select(value => value.Value)
            .Should()
            .Equal("source", "target");
        DrType.Migration.Value.Should().Be("migration");
        ServerType.Ecs.Value.Should().Be("ECS");
        ProtectionType.ReplicationPair.Value.Should().Be("replication-pair");
    }

    public void Dispose() => _sdrs.Dispose();

    private static void ShouldHaveSharedExampleFields(ServerGroup group)
    {
        group.SourceAvailabilityZone.Should().Be("cn-north-1a");
        group.TargetAvailabilityZone.Should().Be("cn-north-1b");
        group.DomainId.Should().Be("fb4bb8e3-a574-4437-a156-78c916aeea4d");
        group.DomainName.Should().Be("ActiveactiveDomain");
        group.Status.Should().Be(ServerGroupStatus.Available);
        group.ProtectedStatus.Should().BeNull();
        group.ReplicationStatus.Should().BeNull();
        group.HealthStatus.Should().BeNull();
        group.Progress.Should().Be(0);
        group.PriorityStation.Should().Be(PriorityStation.Source);
        group.ProtectedInstanceNum.Should().Be(0);
        group.ReplicationNum.Should().Be(0);
        group.DisasterRecoveryDrillNum.Should().Be(0);
        group.SourceVpcId.Should().Be("046852ef-c49d-409b-8389-546aaaa5701f");
        group.TargetVpcId.Should().Be("046852ef-c49d-409b-8389-546aaaa5701f");
        group.TestVpcId.Should().BeNull();
        group.DrType.Should().Be(DrType.Migration);
        group.ServerType.Should().Be(ServerType.Ecs);
        group.ProtectionType.Should().Be(ProtectionType.ReplicationPair);
        group.ReplicationModel.Should().BeNull();
    }

    private void StubPage(int offset, string body) =>
        _sdrs
            .Server.Given(
                Request
                    .Create()
                    .WithPath(MockSdrs.ProjectPath("server-groups"))
                    .WithParam("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .UsingGet()
            )
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(body));
}
