using System.Text.Json.Nodes;
using SdrsSdk.Tests.TestSupport;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Resources.Replications;

public sealed class ReplicationsClientTests : IDisposable
{
    private const string ReplicationId = "b93bc1c4-67ee-45a1-bc8a-d022fdd28811";
    private const string ServerGroupId = "c79fba33-b165-4c69-80c1-d7e590691162";
    private readonly MockSdrs _sdrs = new();

    // ---- 5.6.1 create ------------------------------------------------------------------------------------------

    [Fact]
    public async Task StartCreateAsync_ReferenceExample_SendsBodyAndReturnsJob()
    {
        Stub("replications", "POST", "replications/create.response.json");
        using SdrsClient client = _sdrs.CreateClient();
        var request = new CreateReplicationPairRequest(ServerGroupId, "b6f71149-7b9c-4f36-8ff0-1c4809a6f2c2", "replication_name")
        {
            Description = "replication_description",
        };

        SdrsJobOperation operation = await client.Replications.StartCreateAsync(request);

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("POST");
        sent.Path.Should().Be(MockSdrs.ProjectPath("replications"));
        sent.ShouldCarryToken();
        sent.ShouldHaveJsonBody(Examples.Json("replications/create.request.json"));
        operation.Id.Should().Be("0000000011db92d36662db9d20df32ch");
        operation.ExpectedJobType.Should().Be(JobType.CreateReplicationPair);
        operation.Job.Should().BeNull("nothing has been polled yet");
    }

    [Fact]
    public async Task StartCreateAsync_WithClusterIdAndAkSk_SendsClusterIdAndSignsBody()
    {
        Stub("replications", "POST", "replications/create.response.json");
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());
        var request = new CreateReplicationPairRequest("sg-1", "vol-1", "pair-1") { ClusterId = "dss-pool-7" };

        await client.Replications.StartCreateAsync(request);

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.ShouldHaveValidSignature();
        sent.ShouldHaveJsonBody(JsonNode.Parse(
            """{"replication":{"server_group_id":"sg-1","volume_id":"vol-1","name":"pair-1","cluster_id":"dss-pool-7"}}""")!);
    }

    [Fact]
    public async Task StartCreateAsync_ResponseWithoutJobId_ThrowsInvalidResponse()
    {
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("replications")).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Replications.StartCreateAsync(new CreateReplicationPairRequest("sg", "vol", "name"));

        await act.Should().ThrowAsync<SdrsInvalidResponseException>();
    }

    // ---- 5.6.2 delete ------------------------------------------------------------------------------------------

    [Fact]
    public async Task StartDeleteAsync_ReferenceExample_SendsDeleteWithSignedJsonBody()
    {
        Stub($"replications/{ReplicationId}", "DELETE", "replications/delete.response.json");
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        SdrsJobOperation operation = await client.Replications.StartDeleteAsync(
            ReplicationId,
            new DeleteReplicationPairRequest { ServerGroupId = ServerGroupId, DeleteTargetVolume = false });

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("DELETE");
        sent.Path.Should().Be(MockSdrs.ProjectPath($"replications/{ReplicationId}"));
        sent.Header("Content-Type").Should().StartWith("application/json");
        sent.ShouldHaveJsonBody(Examples.Json("replications/delete.request.json"));
        sent.ShouldHaveValidSignature();
        operation.Id.Should().Be("0000000011db92d34587db9d20df32ch");
        operation.ExpectedJobType.Should().Be(JobType.DeleteReplicationPair);
    }

    [Fact]
    public async Task StartDeleteAsync_WithoutRequest_SendsEmptyReplicationObject()
    {
        Stub($"replications/{ReplicationId}", "DELETE", "replications/delete.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.Replications.StartDeleteAsync(ReplicationId);

        _sdrs.SingleRequest().ShouldHaveJsonBody(JsonNode.Parse("""{"replication":{}}""")!);
    }

    [Fact]
    public async Task StartDeleteAsync_DeleteTargetVolume_SendsTrue()
    {
        Stub($"replications/{ReplicationId}", "DELETE", "replications/delete.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.Replications.StartDeleteAsync(ReplicationId, new DeleteReplicationPairRequest { DeleteTargetVolume = true });

        _sdrs.SingleRequest().ShouldHaveJsonBody(JsonNode.Parse("""{"replication":{"delete_target_volume":true}}""")!);
    }

    // ---- 5.6.3 list --------------------------------------------------------------------------------------------

    [Fact]
    public async Task ListAsync_ReferenceExample_SendsIdListFilterAndReadsEveryField()
    {
        Stub("replications", "GET", "replications/list.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        ReplicationPairPage page = await client.Replications.ListAsync(new ReplicationPairQuery
        {
            ServerGroupIds = ["21d65fa4-430e-4761-b9ad-4e27364f874c", "943c7d15-0371-4b89-b1a6-db1ef35c9263"],
            Status = ReplicationPairStatus.Available,
        });

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("GET");
        sent.Path.Should().Be(MockSdrs.ProjectPath("replications"));
        sent.ShouldCarryToken();
        Query(sent).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["server_group_ids"] = "['21d65fa4-430e-4761-b9ad-4e27364f874c','943c7d15-0371-4b89-b1a6-db1ef35c9263']",
            ["status"] = "available",
        });
        sent.RawQuery.Should().NotContain("'", "the id list is URL-encoded, as the reference asks");
        page.Count.Should().Be(1);
        ReplicationPair pair = page.Replications.Should().ContainSingle().Subject;
        ShouldBeReferencePair(pair, "test_replication_name", "description_test", "8a7a6339-679b-452b-948c-144e0ef85d9e", "c2aee29a-2959-4d01-9755-01cc76a4d17d");
    }

    [Fact]
    public async Task ListAsync_EveryFilter_SendsEachUnderItsWireName()
    {
        Stub("replications", "GET", "replications/list.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.Replications.ListAsync(new ReplicationPairQuery
        {
            ServerGroupId = "sg-1",
            ServerGroupIds = ["sg-2"],
            ProtectedInstanceId = "pi-1",
            ProtectedInstanceIds = ["pi-2", "pi-3"],
            Name = "pair name",
            Status = ReplicationPairStatus.ErrorExtending,
            Limit = 20,
            Offset = 40,
            QueryType = ReplicationPairQueryType.StatusAbnormal,
            AvailabilityZone = "cn-north-1a",
            VolumeId = "vol-9",
        });

        Query(_sdrs.SingleRequest()).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["server_group_id"] = "sg-1",
            ["server_group_ids"] = "['sg-2']",
            ["protected_instance_id"] = "pi-1",
            ["protected_instance_ids"] = "['pi-2','pi-3']",
            ["name"] = "pair name",
            ["status"] = "error-extending",
            ["limit"] = "20",
            ["offset"] = "40",
            ["query_type"] = "status_abnormal",
            ["availability_zone"] = "cn-north-1a",
            ["volume_id"] = "vol-9",
        });
    }

    [Fact]
    public async Task ListAsync_NoQuery_SendsNoQueryString()
    {
        Stub("replications", "GET", "replications/list.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.Replications.ListAsync();

        Query(_sdrs.SingleRequest()).Should().BeEmpty();
    }

    [Fact]
    public async Task ListAsync_ResponseWithoutReplications_ThrowsInvalidResponse()
    {
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("replications")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"count":0}"""));
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Replications.ListAsync();

        (await act.Should().ThrowAsync<SdrsInvalidResponseException>()).Which.Message.Should().Contain("replications");
    }

    [Fact]
    public async Task ListAllAsync_SeveralPages_WalksOffsetsUntilCount()
    {
        StubPage(offset: 0, limit: 2, count: 5, "p-1", "p-2");
        StubPage(offset: 2, limit: 2, count: 5, "p-3", "p-4");
        StubPage(offset: 4, limit: 2, count: 5, "p-5");
        using SdrsClient client = _sdrs.CreateClient();

        List<ReplicationPair> all = await client.Replications
            .ListAllAsync(new ReplicationPairQuery { Limit = 2, ServerGroupId = "sg-1" })
            .ToListAsync();

        all.Select(pair => pair.Id).Should().Equal("p-1", "p-2", "p-3", "p-4", "p-5");
        all.Select(pair => pair.Status).Should().AllBeEquivalentTo(ReplicationPairStatus.Protected);
        var requests = _sdrs.Requests();
        requests.Select(request => Query(request)["offset"]).Should().Equal("0", "2", "4");
        requests.Should().AllSatisfy(request =>
        {
            Query(request)["limit"].Should().Be("2");
            Query(request)["server_group_id"].Should().Be("sg-1", "every page keeps the filters");
        });
    }

    [Fact]
    public async Task ListAllAsync_StartOffset_BeginsThereWithDefaultPageSize()
    {
        StubPage(offset: 7, limit: 100, count: 8, "p-8");
        using SdrsClient client = _sdrs.CreateClient();

        List<ReplicationPair> all = await client.Replications.ListAllAsync(new ReplicationPairQuery { Offset = 7 }).ToListAsync();

        all.Select(pair => pair.Id).Should().Equal("p-8");
        Query(_sdrs.SingleRequest()).Should().Contain("offset", "7").And.Contain("limit", "100");
    }

    [Fact]
    public async Task ListAllAsync_NoPairs_YieldsNothingAfterOneRequest()
    {
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("replications")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"count":0,"replications":[]}"""));
        using SdrsClient client = _sdrs.CreateClient();

        List<ReplicationPair> all = await client.Replications.ListAllAsync().ToListAsync();

        all.Should().BeEmpty();
        _sdrs.Requests().Should().ContainSingle();
    }

    [Fact]
    public async Task ListAllAsync_QueryChangedDuringWalk_KeepsOriginalFilters()
    {
        StubPage(offset: 0, limit: 1, count: 2, "p-1");
        StubPage(offset: 1, limit: 1, count: 2, "p-2");
        using SdrsClient client = _sdrs.CreateClient();
        var query = new ReplicationPairQuery { Limit = 1, Name = "first" };

        var ids = new List<string>();
        await foreach (ReplicationPair pair in client.Replications.ListAllAsync(query))
        {
            ids.Add(pair.Id);
            query.Name = "changed";
        }

        ids.Should().Equal("p-1", "p-2");
        _sdrs.Requests().Select(request => Query(request)["name"]).Should().Equal("first", "first");
    }

    // ---- 5.6.4 get ---------------------------------------------------------------------------------------------

    [Fact]
    public async Task GetAsync_ReferenceExample_ReadsEveryField()
    {
        Stub($"replications/{ReplicationId}", "GET", "replications/get.response.json");
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        ReplicationPair pair = await client.Replications.GetAsync(ReplicationId);

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("GET");
        sent.Path.Should().Be(MockSdrs.ProjectPath($"replications/{ReplicationId}"));
        sent.ShouldHaveValidSignature();
        ShouldBeReferencePair(pair, "test_sdrs_replication", "test_description", "8a7a6339-679b-452b-948c-144e0ef85d9c", "c2aee29a-2959-4d01-9755-01cc76a4d17d");
    }

    [Fact]
    public async Task GetAsync_ErrorPairWithUnknownValues_ReadsOpenValuesAndFailureDetail()
    {
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("replications/r-1")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""
                {"replication":{"id":"r-1","status":"error","failure_detail":"SDRS.1608","fault_level":5,
                 "replication_status":"syncing-later","priority_station":"target","replication_model":"async",
                 "volume_ids":" v-1 ,,v-2,","attachment":[],
                 "record_metadata":{"multiattach":true,"bootable":true,"volume_size":"40","volume_type":"uh-l1"}}}
                """));
        using SdrsClient client = _sdrs.CreateClient();

        ReplicationPair pair = await client.Replications.GetAsync("r-1");

        pair.Status.Should().Be(ReplicationPairStatus.Error);
        pair.FailureDetail.Should().Be("SDRS.1608");
        pair.FailureDetailInfo!.Message.Should().Be("Replication pair not found");
        pair.FaultLevel.Should().Be(ReplicationPairFaultLevel.ReplicationLinkDisconnected, "a numeric fault level reads as its text");
        pair.ReplicationStatus.Should().Be(new ReplicationPairReplicationStatus("syncing-later"));
        pair.PriorityStation.Should().Be(PriorityStation.Target);
        pair.ReplicationModel.Value.Should().Be("async");
        pair.VolumeIdList.Should().Equal("v-1", "v-2");
        pair.Attachment.Should().BeEmpty();
        pair.Progress.Should().BeNull();
        pair.CreatedAt.Should().BeNull();
        pair.RecordMetadata!.Multiattach.Should().BeTrue();
        pair.RecordMetadata.Bootable.Should().BeTrue();
        pair.RecordMetadata.VolumeSize.Should().Be(40);
        pair.RecordMetadata.VolumeType.Should().Be(VolumeType.UhL1);
    }

    [Fact]
    public async Task GetAsync_MissingOrNullMembers_ReadAsEmptyNotNull()
    {
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("replications/r-3")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"replication":{"attachment":null,"name":"bare"}}"""));
        using SdrsClient client = _sdrs.CreateClient();

        ReplicationPair pair = await client.Replications.GetAsync("r-3");

        pair.Name.Should().Be("bare");
        pair.Id.Should().NotBeNull().And.BeEmpty();
        pair.Attachment.Should().NotBeNull().And.BeEmpty();
        pair.VolumeIds.Should().BeNull();
        pair.VolumeIdList.Should().BeEmpty();
        pair.RecordMetadata.Should().BeNull();
        pair.Status.Should().Be(default(ReplicationPairStatus));
    }

    [Fact]
    public async Task GetAsync_NotFound_ThrowsSdrsNotFoundException()
    {
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("replications/missing")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json")
                .WithBody("""{"error":{"code":"SDRS.1608","message":"Replication pair not found"}}"""));
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Replications.GetAsync("missing");

        SdrsNotFoundException exception = (await act.Should().ThrowAsync<SdrsNotFoundException>()).Which;
        exception.Status.Should().Be(400);
        exception.ErrorCode.Should().Be("SDRS.1608");
        exception.ErrorMessage.Should().Be("Replication pair not found");
    }

    [Fact]
    public async Task GetAsync_EmptyEnvelope_ThrowsInvalidResponse()
    {
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("replications/r-2")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Replications.GetAsync("r-2");

        (await act.Should().ThrowAsync<SdrsInvalidResponseException>()).Which.Message.Should().Contain("replication");
    }

    // ---- 5.6.5 expand ------------------------------------------------------------------------------------------

    [Fact]
    public async Task StartExpandAsync_ReferenceExample_SendsDashedActionKey()
    {
        Stub($"replications/{ReplicationId}/action", "POST", "replications/expand.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJobOperation operation = await client.Replications.StartExpandAsync(ReplicationId, 10);

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("POST");
        sent.Path.Should().Be(MockSdrs.ProjectPath($"replications/{ReplicationId}/action"));
        sent.ShouldCarryToken();
        sent.ShouldHaveJsonBody(Examples.Json("replications/expand.request.json"));
        operation.Id.Should().Be("0000000011db92d34587db9d20df32ch");
        operation.ExpectedJobType.Should().Be(JobType.ExpandReplicationPair);
    }

    // ---- 5.6.6 rename ------------------------------------------------------------------------------------------

    [Fact]
    public async Task UpdateAsync_ReferenceExample_SendsPutAndReadsEveryField()
    {
        Stub($"replications/{ReplicationId}", "PUT", "replications/update.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        ReplicationPair pair = await client.Replications.UpdateAsync(ReplicationId, new UpdateReplicationPairRequest("new_name"));

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("PUT");
        sent.Path.Should().Be(MockSdrs.ProjectPath($"replications/{ReplicationId}"));
        sent.ShouldCarryToken();
        sent.ShouldHaveJsonBody(Examples.Json("replications/update.request.json"));
        ShouldBeReferencePair(pair, "new_name", "test_description", "8a7a6339-679b-452b-948c-144e0ef85d9c", "0000000062d194520162d196f0fe0007");
    }

    [Fact]
    public async Task UpdateAsync_VolumeSizeAsString_ReadsNumber()
    {
        // The reference prints "volume_size": "10" in the 5.6.6 example although Table 5-51 says Integer.
        string printed = Examples.Read("replications/update.response.json").Replace("\"volume_size\": 10", "\"volume_size\": \"10\"", StringComparison.Ordinal);
        printed.Should().Contain("\"volume_size\": \"10\"");
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"replications/{ReplicationId}")).UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(printed));
        using SdrsClient client = _sdrs.CreateClient();

        ReplicationPair pair = await client.Replications.UpdateAsync(ReplicationId, new UpdateReplicationPairRequest("new_name"));

        pair.RecordMetadata!.VolumeSize.Should().Be(10);
    }

    // ---- validation: nothing reaches the server ---------------------------------------------------------------

    public static TheoryData<string?, string?, string?, string> InvalidCreateArguments => new()
    {
        { null, "vol", "name", "serverGroupId" },
        { "", "vol", "name", "serverGroupId" },
        { "sg", null, "name", "volumeId" },
        { "sg", " ", "name", "volumeId" },
        { "sg", "vol", null, "name" },
        { "sg", "vol", "", "name" },
        { "sg", "vol", new string('a', 65), "name" },
        { "sg", "vol", "has space", "name" },
        { "sg", "vol", "semi;colon", "name" },
        { "sg", "vol", "名前！", "name" },
    };

    [Theory]
    [MemberData(nameof(InvalidCreateArguments))]
    public async Task StartCreateAsync_InvalidRequiredValue_ThrowsBeforeSending(string? serverGroupId, string? volumeId, string? name, string expectedParam)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Replications.StartCreateAsync(new CreateReplicationPairRequest(serverGroupId!, volumeId!, name!));

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be(expectedParam);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public void CreateReplicationRequest_NameOf64Bytes_IsAccepted()
    {
        var request = new CreateReplicationPairRequest("sg", "vol", new string('a', 60) + ".-_9");

        request.Name.Should().HaveLength(64);
    }

    [Theory]
    [InlineData("a<b", "'<' or '>'")]
    [InlineData("a>b", "'<' or '>'")]
    [InlineData("ééééééééééééééééééééééééééééééééé", "64 bytes")]
    public async Task StartCreateAsync_InvalidDescription_ThrowsBeforeSending(string description, string rule)
    {
        using SdrsClient client = _sdrs.CreateClient();
        var request = new CreateReplicationPairRequest("sg", "vol", "name") { Description = description };

        Func<Task> act = () => client.Replications.StartCreateAsync(request);

        var exception = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        exception.ParamName.Should().Be("description");
        exception.Message.Should().Contain("description").And.Contain(rule);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task StartCreateAsync_EmptyClusterId_ThrowsBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();
        var request = new CreateReplicationPairRequest("sg", "vol", "name") { ClusterId = "" };

        Func<Task> act = () => client.Replications.StartCreateAsync(request);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("clusterId");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task StartCreateAsync_NullRequest_ThrowsBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Replications.StartCreateAsync(null!);

        (await act.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("request");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("id?x=1")]
    [InlineData("id#frag")]
    [InlineData(" padded")]
    public async Task EveryIdOperation_InvalidReplicationId_ThrowsBeforeSending(string replicationId)
    {
        using SdrsClient client = _sdrs.CreateClient();
        var calls = new List<Func<Task>>
        {
            () => client.Replications.GetAsync(replicationId),
            () => client.Replications.StartDeleteAsync(replicationId),
            () => client.Replications.StartExpandAsync(replicationId, 20),
            () => client.Replications.UpdateAsync(replicationId, new UpdateReplicationPairRequest("name")),
        };

        foreach (Func<Task> call in calls)
        {
            (await call.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("replicationId");
        }

        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task EveryIdOperation_NullReplicationId_ThrowsArgumentNull()
    {
        using SdrsClient client = _sdrs.CreateClient();

        await FluentActions.Awaiting(() => client.Replications.GetAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => client.Replications.StartDeleteAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => client.Replications.StartExpandAsync(null!, 20)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => client.Replications.UpdateAsync(null!, new UpdateReplicationPairRequest("n"))).Should().ThrowAsync<ArgumentNullException>();
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task StartDeleteAsync_EmptyServerGroupId_ThrowsBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Replications.StartDeleteAsync(ReplicationId, new DeleteReplicationPairRequest { ServerGroupId = "" });

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("serverGroupId");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public async Task StartExpandAsync_NonPositiveSize_ThrowsBeforeSending(int newSize)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Replications.StartExpandAsync(ReplicationId, newSize);

        var exception = (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which;
        exception.ParamName.Should().Be("newSize");
        exception.Message.Should().Contain("new_size");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null, "name")]
    [InlineData("", "name")]
    [InlineData("new name", "name")]
    [InlineData("new/name", "name")]
    public async Task UpdateAsync_InvalidName_ThrowsBeforeSending(string? name, string expectedParam)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Replications.UpdateAsync(ReplicationId, new UpdateReplicationPairRequest(name!));

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be(expectedParam);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateAsync_NullRequest_ThrowsBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Replications.UpdateAsync(ReplicationId, null!);

        (await act.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("request");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    public static TheoryData<ReplicationPairQuery, string> InvalidQueries => new()
    {
        { new ReplicationPairQuery { Limit = -1 }, "limit" },
        { new ReplicationPairQuery { Limit = 1001 }, "limit" },
        { new ReplicationPairQuery { Offset = -1 }, "offset" },
        { new ReplicationPairQuery { ServerGroupIds = Enumerable.Range(0, 31).Select(i => $"sg-{i}").ToArray() }, "serverGroupIds" },
        { new ReplicationPairQuery { ServerGroupIds = [] }, "serverGroupIds" },
        { new ReplicationPairQuery { ServerGroupIds = ["sg-1", " "] }, "serverGroupIds" },
        { new ReplicationPairQuery { ServerGroupIds = ["sg-1','sg-2"] }, "serverGroupIds" },
        { new ReplicationPairQuery { ProtectedInstanceIds = Enumerable.Range(0, 31).Select(i => $"pi-{i}").ToArray() }, "protectedInstanceIds" },
        { new ReplicationPairQuery { ProtectedInstanceIds = [] }, "protectedInstanceIds" },
        { new ReplicationPairQuery { ProtectedInstanceIds = ["pi\"1"] }, "protectedInstanceIds" },
    };

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public async Task ListAsync_InvalidQuery_ThrowsBeforeSending(ReplicationPairQuery query, string expectedParam)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> list = () => client.Replications.ListAsync(query);
        Action listAll = () => client.Replications.ListAllAsync(query);

        (await list.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be(expectedParam);
        listAll.Should().Throw<ArgumentException>("the walk checks its query before returning").Which.ParamName.Should().Be(expectedParam);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task ListAsync_ThirtyIds_IsAccepted()
    {
        Stub("replications", "GET", "replications/list.response.json");
        using SdrsClient client = _sdrs.CreateClient();
        string[] ids = Enumerable.Range(0, 30).Select(i => $"sg-{i}").ToArray();

        await client.Replications.ListAsync(new ReplicationPairQuery { ServerGroupIds = ids, Limit = 1 });

        Query(_sdrs.SingleRequest())["server_group_ids"].Should().Be("[" + string.Join(',', ids.Select(id => $"'{id}'")) + "]");
    }

    [Fact]
    public void ListAllAsync_ZeroPageSize_ThrowsBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Action act = () => client.Replications.ListAllAsync(new ReplicationPairQuery { Limit = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("limit");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    // ---- model ------------------------------------------------------------------------------------------------

    [Fact]
    public void ReplicationPairStatus_AppendixA4_HasEveryValue()
    {
        ReplicationPairStatus[] known =
        [
            ReplicationPairStatus.Creating, ReplicationPairStatus.Available, ReplicationPairStatus.Deleting,
            ReplicationPairStatus.ErrorDeleting, ReplicationPairStatus.Error, ReplicationPairStatus.Extending,
            ReplicationPairStatus.ErrorExtending, ReplicationPairStatus.Starting, ReplicationPairStatus.ErrorStarting,
            ReplicationPairStatus.Protected, ReplicationPairStatus.Reversing, ReplicationPairStatus.FailingOver,
            ReplicationPairStatus.FailedOver, ReplicationPairStatus.Reprotecting, ReplicationPairStatus.Stopping,
            ReplicationPairStatus.ErrorStopping, ReplicationPairStatus.ErrorReversing, ReplicationPairStatus.ErrorFailingOver,
            ReplicationPairStatus.ErrorReprotecting, ReplicationPairStatus.Invalid, ReplicationPairStatus.Fault,
            ReplicationPairStatus.Attaching, ReplicationPairStatus.Detaching, ReplicationPairStatus.ErrorAttaching,
            ReplicationPairStatus.ErrorDetaching,
        ];

        known.Select(status => status.ToString()).Should().Equal(
            "creating", "available", "deleting", "error-deleting", "error", "extending", "error-extending", "starting",
            "error-starting", "protected", "reversing", "failing-over", "failed-over", "reprotecting", "stopping",
            "error-stopping", "error-reversing", "error-failing-over", "error-reprotecting", "invalid", "fault",
            "attaching", "detaching", "error-attaching", "error-detaching");
        ((ReplicationPairStatus)"protected").Should().Be(ReplicationPairStatus.Protected);
        new ReplicationPairStatus("Protected").Should().NotBe(ReplicationPairStatus.Protected, "comparison is ordinal");
    }

    public void Dispose() => _sdrs.Dispose();

    private static void ShouldBeReferencePair(ReplicationPair pair, string name, string description, string protectedInstance, string serverGroupId)
    {
        pair.Id.Should().Be("b93bc1c4-67ee-45a1-bc8a-d022fdd28811");
        pair.Name.Should().Be(name);
        pair.Description.Should().Be(description);
        pair.ReplicationModel.Should().Be(ReplicationModel.Hypermetro);
        pair.Status.Should().Be(ReplicationPairStatus.Available);
        pair.Progress.Should().Be(0);
        pair.ReplicationStatus.Should().Be(ReplicationPairReplicationStatus.Active);
        ReplicationPairAttachment attachment = pair.Attachment.Should().ContainSingle().Subject;
        attachment.Device.Should().Be("/dev/vda");
        attachment.ProtectedInstance.Should().Be(protectedInstance);
        pair.ServerGroupId.Should().Be(serverGroupId);
        pair.VolumeIds.Should().Be("48dda0c0-c800-46f2-9728-a519ff783d35,388b324a-a9d1-44a4-a00d-42085f22a9bc");
        pair.VolumeIdList.Should().Equal("48dda0c0-c800-46f2-9728-a519ff783d35", "388b324a-a9d1-44a4-a00d-42085f22a9bc");
        pair.PriorityStation.Should().Be(PriorityStation.Source);
        pair.FaultLevel.Should().Be(ReplicationPairFaultLevel.None);
        pair.CreatedAt.Should().Be(new DateTimeOffset(2018, 5, 4, 3, 43, 24, TimeSpan.Zero).AddTicks(1_085_260));
        pair.UpdatedAt.Should().Be(new DateTimeOffset(2018, 5, 4, 3, 44, 28, TimeSpan.Zero).AddTicks(3_228_730));
        pair.CreatedAt!.Value.Offset.Should().Be(TimeSpan.Zero);
        pair.RecordMetadata.Should().NotBeNull();
        pair.RecordMetadata!.Multiattach.Should().BeFalse();
        pair.RecordMetadata.Bootable.Should().BeFalse();
        pair.RecordMetadata.VolumeSize.Should().Be(10);
        pair.RecordMetadata.VolumeType.Should().Be(VolumeType.Sata);
        pair.FailureDetail.Should().BeNull();
        pair.FailureDetailInfo.Should().BeNull();
    }

    /// <summary>The query string as the server decoded it; WireMock's own parser would split values at commas.</summary>
    private static Dictionary<string, string> Query(IRequestMessage request)
    {
        string raw = request.RawQuery?.TrimStart('?') ?? string.Empty;
        return raw.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(
                parts => Uri.UnescapeDataString(parts[0]),
                parts => Uri.UnescapeDataString(parts.Length > 1 ? parts[1].Replace('+', ' ') : string.Empty));
    }

    private void Stub(string relativePath, string method, string responseFile)
    {
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath(relativePath)).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(Examples.Read(responseFile)));
    }

    private void StubPage(int offset, int limit, int count, params string[] ids)
    {
        var replications = new JsonArray(ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["status"] = "protected" }).ToArray());
        var body = new JsonObject { ["count"] = count, ["replications"] = replications };
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("replications")).UsingGet()
                .WithParam("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .WithParam("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(body.ToJsonString()));
    }
}
