using System.Text.Json.Nodes;
using SdrsSdk.Tests.TestSupport;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Resources.Drills;

public sealed class DrillsClientTests : IDisposable
{
    private const string DrillId = "e472d26f-9624-42fb-8bfc-717d4714c225";
    private readonly MockSdrs _sdrs = new();

    // ---- 5.7.1 create ------------------------------------------------------------------------------------------

    [Fact]
    public async Task StartCreateAsync_ReferenceExample_SendsBodyAndReturnsJob()
    {
        _sdrs.StubExample("POST", "disaster-recovery-drills", "drills/create.response.json");
        using SdrsClient client = _sdrs.CreateClient();
        var request = new CreateDisasterRecoveryDrillRequest("c2aee29a-2959-4d01-9755-01cc76a4d17d", "dr_drill_test")
        {
            DrillVpcId = "87d505be-e984-455e-ad84-588c73fb258b",
        };

        SdrsJobOperation operation = await client.Drills.StartCreateAsync(request);

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("POST");
        sent.Path.Should().Be(MockSdrs.ProjectPath("disaster-recovery-drills"));
        sent.ShouldCarryToken();
        sent.ShouldHaveJsonBody(Examples.Json("drills/create.request.json"));
        operation.Id.Should().Be("0000000011db92d36662db9d20df32ch");
        operation.ExpectedJobType.Should().Be(JobType.CreateDisasterRecoveryDrill);
    }

    [Fact]
    public async Task StartCreateAsync_WithoutDrillVpcAndAkSk_OmitsVpcAndSignsBody()
    {
        _sdrs.StubExample("POST", "disaster-recovery-drills", "drills/create.response.json");
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        await client.Drills.StartCreateAsync(new CreateDisasterRecoveryDrillRequest("sg-1", "drill-1"));

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.ShouldHaveValidSignature();
        sent.ShouldHaveJsonBody(
            JsonNode.Parse("""{"disaster_recovery_drill":{"name":"drill-1","server_group_id":"sg-1"}}""")!
        );
    }

    // ---- 5.7.2 delete ------------------------------------------------------------------------------------------

    [Fact]
    public async Task StartDeleteAsync_ReferenceExample_SendsDeleteAndReturnsJob()
    {
        const string Deleted = "f96ac55f-35dd-4cc3-ba61-36c168900c99";
        _sdrs.StubExample("DELETE", $"disaster-recovery-drills/{Deleted}", "drills/delete.response.json");
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        SdrsJobOperation operation = await client.Drills.StartDeleteAsync(Deleted);

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("DELETE");
        sent.Path.Should().Be(MockSdrs.ProjectPath($"disaster-recovery-drills/{Deleted}"));
        sent.ShouldHaveValidSignature();
        sent.Body.Should().BeNullOrEmpty("5.7.2 has no request body");
        operation.Id.Should().Be("0000000011db92d34587db9d20df32ch");
        operation.ExpectedJobType.Should().Be(JobType.DeleteDisasterRecoveryDrill);
    }

    // ---- 5.7.3 list --------------------------------------------------------------------------------------------

    [Fact]
    public async Task ListAsync_ReferenceExample_SendsGetAndReadsEveryField()
    {
        _sdrs.StubExample("GET", "disaster-recovery-drills", "drills/list.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        DisasterRecoveryDrillPage page = await client.Drills.ListAsync();

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("GET");
        sent.Path.Should().Be(MockSdrs.ProjectPath("disaster-recovery-drills"));
        sent.ShouldCarryToken();
        sent.DecodedQuery().Should().BeEmpty();
        page.Count.Should().Be(2);
        page.DisasterRecoveryDrills.Should().HaveCount(2);
        ShouldBeReferenceDrill(
            page.DisasterRecoveryDrills[0],
            "dr_drill_test",
            new DateTimeOffset(2018, 7, 18, 9, 41, 14, 677, TimeSpan.Zero)
        );
        DisasterRecoveryDrill second = page.DisasterRecoveryDrills[1];
        second.Id.Should().Be("f96ac55f-35dd-4cc3-ba61-36c168900c99");
        second.Name.Should().Be("drill_test");
        second.Status.Should().Be(DisasterRecoveryDrillStatus.Available);
        second.ServerGroupId.Should().Be("3a60f45d-cf5b-49f1-a05e-ddee78cb6eef");
        second.DrillVpcId.Should().Be("ac784bd6-a79c-4def-9ff8-dc87940d5335");
        second.CreatedAt.Should().Be(new DateTimeOffset(2018, 7, 17, 22, 38, 21, 111, TimeSpan.Zero));
        second.UpdatedAt.Should().Be(new DateTimeOffset(2018, 7, 17, 22, 47, 54, 845, TimeSpan.Zero));
        second.DrillServers.Should().BeEmpty();
    }

    [Fact]
    public async Task ListAsync_EveryFilter_SendsEachUnderItsWireName()
    {
        _sdrs.StubExample("GET", "disaster-recovery-drills", "drills/list.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.Drills.ListAsync(
            new DisasterRecoveryDrillQuery
            {
                ServerGroupId = "sg-1",
                Name = "drill test",
                Status = DisasterRecoveryDrillStatus.ErrorDeleting,
                DrillVpcId = "vpc-1",
                Limit = 1000,
                Offset = 0,
            }
        );

        _sdrs
            .SingleRequest()
            .DecodedQuery()
            .Should()
            .BeEquivalentTo(
                new Dictionary<string, string>
                {
                    ["server_group_id"] = "sg-1",
                    ["name"] = "drill test",
                    ["status"] = "error-deleting",
                    ["drill_vpc_id"] = "vpc-1",
                    ["limit"] = "1000",
                    ["offset"] = "0",
                }
            );
    }

    [Fact]
    public async Task ListAsync_ResponseWithoutDrills_ThrowsInvalidResponse()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("disaster-recovery-drills")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"count":3}"""));
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Drills.ListAsync();

        (await act.Should().ThrowAsync<SdrsInvalidResponseException>())
            .Which.Message.Should()
            .Contain("disaster_recovery_drills");
    }

    [Fact]
    public async Task ListAllAsync_SeveralPages_WalksOffsetsUntilShortPage()
    {
        StubPage(offset: 0, limit: 2, count: null, "d-1", "d-2");
        StubPage(offset: 2, limit: 2, count: null, "d-3", "d-4");
        StubPage(offset: 4, limit: 2, count: null, "d-5");
        using SdrsClient client = _sdrs.CreateClient();

        List<DisasterRecoveryDrill> all = await client
            .Drills.ListAllAsync(
                new DisasterRecoveryDrillQuery { Limit = 2, Status = DisasterRecoveryDrillStatus.Available }
            )
            .ToListAsync();

        all.Select(drill => drill.Id).Should().Equal("d-1", "d-2", "d-3", "d-4", "d-5");
        var requests = _sdrs.Requests();
        requests.Select(request => request.DecodedQuery()["offset"]).Should().Equal("0", "2", "4");
        requests
            .Should()
            .AllSatisfy(request =>
            {
                request.DecodedQuery()["limit"].Should().Be("2");
                request.DecodedQuery()["status"].Should().Be("available", "every page keeps the filters");
            });
    }

    [Fact]
    public async Task ListAllAsync_NoDrills_YieldsNothingAfterOneRequest()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("disaster-recovery-drills")).UsingGet())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody("""{"count":0,"disaster_recovery_drills":[]}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        List<DisasterRecoveryDrill> all = await client.Drills.ListAllAsync().ToListAsync();

        all.Should().BeEmpty();
        _sdrs.SingleRequest().DecodedQuery().Should().Contain("offset", "0").And.Contain("limit", "100");
    }

    // ---- 5.7.4 get ---------------------------------------------------------------------------------------------

    [Fact]
    public async Task GetAsync_ReferenceExample_ReadsEveryField()
    {
        _sdrs.StubExample("GET", $"disaster-recovery-drills/{DrillId}", "drills/get.response.json");
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        DisasterRecoveryDrill drill = await client.Drills.GetAsync(DrillId);

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("GET");
        sent.Path.Should().Be(MockSdrs.ProjectPath($"disaster-recovery-drills/{DrillId}"));
        sent.ShouldHaveValidSignature();
        ShouldBeReferenceDrill(drill, "dr_drill_test", new DateTimeOffset(2018, 7, 18, 0, 41, 14, 677, TimeSpan.Zero));
    }

    [Fact]
    public async Task GetAsync_UnknownStatus_DeserializesAsOpenValue()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("disaster-recovery-drills/d-9")).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody("""{"disaster_recovery_drill":{"id":"d-9","status":"rolling-back"}}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        DisasterRecoveryDrill drill = await client.Drills.GetAsync("d-9");

        drill.Status.Should().Be(new DisasterRecoveryDrillStatus("rolling-back"));
        drill.DrillServers.Should().BeEmpty();
        drill.CreatedAt.Should().BeNull();
    }

    // ---- 5.7.5 rename ------------------------------------------------------------------------------------------

    [Fact]
    public async Task UpdateAsync_ReferenceExample_SendsPutAndReadsEveryField()
    {
        _sdrs.StubExample("PUT", $"disaster-recovery-drills/{DrillId}", "drills/update.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        DisasterRecoveryDrill drill = await client.Drills.UpdateAsync(
            DrillId,
            new UpdateDisasterRecoveryDrillRequest("new_dr_drill_name")
        );

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("PUT");
        sent.Path.Should().Be(MockSdrs.ProjectPath($"disaster-recovery-drills/{DrillId}"));
        sent.ShouldCarryToken();
        sent.ShouldHaveJsonBody(Examples.Json("drills/update.request.json"));
        ShouldBeReferenceDrill(
            drill,
            "new_dr_drill_name",
            new DateTimeOffset(2018, 7, 18, 0, 41, 14, 677, TimeSpan.Zero)
        );
    }

    // ---- validation: nothing reaches the server ---------------------------------------------------------------

    public static TheoryData<string?, string?, string> InvalidCreateArguments =>
        new()
        {
            { null, "name", "serverGroupId" },
            { "", "name", "serverGroupId" },
            { " ", "name", "serverGroupId" },
            { "sg", null, "name" },
            { "sg", "", "name" },
            { "sg", new string('d', 65), "name" },
            { "sg", "drill test", "name" },
            { "sg", "drill<1>", "name" },
            { "sg", "drïll~", "name" },
        };

    [Theory]
    [MemberData(nameof(InvalidCreateArguments))]
    public async Task StartCreateAsync_InvalidRequiredValue_ThrowsBeforeSending(
        string? serverGroupId,
        string? name,
        string expectedParam
    )
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () =>
            client.Drills.StartCreateAsync(new CreateDisasterRecoveryDrillRequest(serverGroupId!, name!));

        var exception = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        exception.ParamName.Should().Be(expectedParam);
        exception.Message.Should().Contain(expectedParam == "name" ? "name" : "server_group_id");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task StartCreateAsync_EmptyDrillVpcId_ThrowsBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();
        var request = new CreateDisasterRecoveryDrillRequest("sg", "drill") { DrillVpcId = "  " };

        Func<Task> act = () => client.Drills.StartCreateAsync(request);

        var exception = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        exception.ParamName.Should().Be("drillVpcId");
        exception.Message.Should().Contain("drill_vpc_id");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task StartCreateAsync_NullRequest_ThrowsBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Drills.StartCreateAsync(null!);

        (await act.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("request");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public void CreateDisasterRecoveryDrillRequest_NameOf64Bytes_IsAccepted()
    {
        var request = new CreateDisasterRecoveryDrillRequest("sg", new string('D', 61) + "._-");

        request.Name.Should().HaveLength(64);
        request.DrillVpcId.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a/b")]
    [InlineData(".")]
    [InlineData("id?x=1")]
    [InlineData("id#frag")]
    [InlineData("padded ")]
    public async Task EveryIdOperation_InvalidDrillId_ThrowsBeforeSending(string drillId)
    {
        using SdrsClient client = _sdrs.CreateClient();
        var calls = new List<Func<Task>>
        {
            () => client.Drills.GetAsync(drillId),
            () => client.Drills.StartDeleteAsync(drillId),
            () => client.Drills.UpdateAsync(drillId, new UpdateDisasterRecoveryDrillRequest("name")),
        };

        foreach (Func<Task> call in calls)
        {
            (await call.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("drillId");
        }

        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task EveryIdOperation_NullDrillId_ThrowsArgumentNull()
    {
        using SdrsClient client = _sdrs.CreateClient();

        await FluentActions.Awaiting(() => client.Drills.GetAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions
            .Awaiting(() => client.Drills.StartDeleteAsync(null!))
            .Should()
            .ThrowAsync<ArgumentNullException>();
        await FluentActions
            .Awaiting(() => client.Drills.UpdateAsync(null!, new UpdateDisasterRecoveryDrillRequest("n")))
            .Should()
            .ThrowAsync<ArgumentNullException>();
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("new drill")]
    [InlineData("new,drill")]
    public async Task UpdateAsync_InvalidName_ThrowsBeforeSending(string? name)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Drills.UpdateAsync(DrillId, new UpdateDisasterRecoveryDrillRequest(name!));

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("name");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateAsync_NullRequest_ThrowsBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Drills.UpdateAsync(DrillId, null!);

        (await act.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("request");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    public static TheoryData<DisasterRecoveryDrillQuery, string> InvalidQueries =>
        new()
        {
            {
                new DisasterRecoveryDrillQuery { Limit = -1 },
                "limit"
            },
            {
                new DisasterRecoveryDrillQuery { Limit = 1001 },
                "limit"
            },
            {
                new DisasterRecoveryDrillQuery { Offset = -5 },
                "offset"
            },
        };

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public async Task ListAsync_InvalidQuery_ThrowsBeforeSending(DisasterRecoveryDrillQuery query, string expectedParam)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> list = () => client.Drills.ListAsync(query);
        Action listAll = () => client.Drills.ListAllAsync(query);

        (await list.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be(expectedParam);
        listAll.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(expectedParam);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public void ListAllAsync_ZeroPageSize_ThrowsBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Action act = () => client.Drills.ListAllAsync(new DisasterRecoveryDrillQuery { Limit = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("limit");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    // ---- model ------------------------------------------------------------------------------------------------

    [Fact]
    public void DisasterRecoveryDrillStatus_AppendixA5_HasEveryValue()
    {
        DisasterRecoveryDrillStatus[] known =
        [
            DisasterRecoveryDrillStatus.Creating,
            DisasterRecoveryDrillStatus.Available,
            DisasterRecoveryDrillStatus.Deleting,
            DisasterRecoveryDrillStatus.ErrorDeleting,
            DisasterRecoveryDrillStatus.Error,
        ];

        known
            .Select(status => status.ToString())
            .Should()
            .Equal("creating", "available", "deleting", "error-deleting", "error");
        ((DisasterRecoveryDrillStatus)"error").Should().Be(DisasterRecoveryDrillStatus.Error);
    }

    public void Dispose() => _sdrs.Dispose();

    private static void ShouldBeReferenceDrill(DisasterRecoveryDrill drill, string name, DateTimeOffset updatedAt)
    {
        drill.Id.Should().Be(DrillId);
        drill.Name.Should().Be(name);
        drill.Status.Should().Be(DisasterRecoveryDrillStatus.Available);
        drill.ServerGroupId.Should().Be("c2aee29a-2959-4d01-9755-01cc76a4d17d");
        drill.DrillVpcId.Should().Be("7881f1d2-1f41-419c-873a-14ac620bc46e");
        drill.CreatedAt.Should().Be(new DateTimeOffset(2018, 7, 18, 6, 41, 58, 681, TimeSpan.Zero));
        drill.UpdatedAt.Should().Be(updatedAt);
        drill.UpdatedAt!.Value.Offset.Should().Be(TimeSpan.Zero);
        drill.DrillServers.Should().HaveCount(2);
        drill.DrillServers[0].ProtectedInstance.Should().Be("d08ca8d7-a784-41ae-b32a-c592943f5dfc");
        drill.DrillServers[0].DrillServerId.Should().Be("9de0439a-4ee4-4199-919a-44afd20952dc");
        drill.DrillServers[1].ProtectedInstance.Should().Be("ea308e8b-043c-4fc6-a53c-856eae137b13");
        drill.DrillServers[1].DrillServerId.Should().Be("3eaa1c70-9719-4eb5-b577-cb92ddbffd03");
    }

    private void StubPage(int offset, int limit, int? count, params string[] ids)
    {
        var drills = new JsonArray(
            ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["status"] = "available" }).ToArray()
        );
        var body = new JsonObject { ["disaster_recovery_drills"] = drills };
        if (count is not null)
        {
            body["count"] = count;
        }

        _sdrs
            .Server.Given(
                Request
                    .Create()
                    .WithPath(MockSdrs.ProjectPath("disaster-recovery-drills"))
                    .UsingGet()
                    .WithParam("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .WithParam("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            )
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(body.ToJsonString()));
    }
}
