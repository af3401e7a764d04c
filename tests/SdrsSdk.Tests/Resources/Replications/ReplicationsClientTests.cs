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
        _sdrs.StubExample("POST", "replications", "replications/create.response.json");
        using SdrsClient client = _sdrs.CreateClient();
        var request = new CreateReplicationPairRequest(
            ServerGroupId,
            "b6f71149-7b9c-4f36-8ff0-1c4809a6f2c2",
            "replication_name"
        )
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
        _sdrs.StubExample("POST", "replications", "replications/create.response.json");
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());
        var request = new CreateReplicationPairRequest("sg-1", "vol-1", "pair-1") { ClusterId = "dss-pool-7" };

        await client.Replications.StartCreateAsync(request);

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.ShouldHaveValidSignature();
        sent.ShouldHaveJsonBody(
            JsonNode.Parse(
                """{"replication":{"server_group_id":"sg-1","volume_id":"vol-1","name":"pair-1","cluster_id":"dss-pool-7"}}"""
            )!
        );
    }

    [Fact]
    public async Task StartCreateAsync_ResponseWithoutJobId_ThrowsInvalidResponse()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("replications")).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () =>
            client.Replications.StartCreateAsync(new CreateReplicationPairRequest("sg", "vol", "name"));

        await act.Should().ThrowAsync<SdrsInvalidResponseException>();
    }

    // ---- 5.6.2 delete ------------------------------------------------------------------------------------------

    [Fact]
    public async Task StartDeleteAsync_ReferenceExample_SendsDeleteWithSignedJsonBody()
    {
        _sdrs.StubExample("DELETE", $"replications/{ReplicationId}", "replications/delete.response.json");
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        SdrsJobOperation operation = await client.Replications.StartDeleteAsync(
            ReplicationId,
            new DeleteReplicationPairRequest { ServerGroupId = ServerGroupId, DeleteTargetVolume = false }
        );

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
        _sdrs.StubExample("DELETE", $"replications/{ReplicationId}", "replications/delete.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.Replications.StartDeleteAsync(ReplicationId);

        _sdrs.SingleRequest().ShouldHaveJsonBody(JsonNode.Parse("""{"replication":{}}""")!);
    }

    [Fact]
    public async Task StartDeleteAsync_DeleteTargetVolume_SendsTrue()
    {
        _sdrs.StubExample("DELETE", $"replications/{ReplicationId}", "replications/delete.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.Replications.StartDeleteAsync(
            ReplicationId,
            new DeleteReplicationPairRequest { DeleteTargetVolume = true }
        );

        _sdrs.SingleRequest().ShouldHaveJsonBody(JsonNode.Parse("""{"replication":{"delete_target_volume":true}}""")!);
    }

    // ---- 5.6.3 list --------------------------------------------------------------------------------------------

    [Fact]
    public async Task ListAsync_ReferenceExample_SendsIdListFilterAndReadsEveryField()
    {
        _sdrs.StubExample("GET", "replications", "replications/list.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        ReplicationPairPage page = await client.Replications.ListAsync(
            new ReplicationPairQuery
            {
                ServerGroupIds = ["21d65fa4-430e-4761-b9ad-4e27364f874c", "943c7d15-0371-4b89-b1a6-db1ef35c9263"],
                Status = ReplicationPairStatus.Available,
            }
        );

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("GET");
        sent.Path.Should().Be(MockSdrs.ProjectPath("replications"));
        sent.ShouldCarryToken();
        sent.DecodedQuery()
            .Should()
            .BeEquivalentTo(
                new Dictionary<string, string>
                {
                    ["server_group_ids"] =
                        "['21d65fa4-430e-4761-b9ad-4e27364f874c','943c7d15-0371-4b89-b1a6-db1ef35c9263']",
                    ["status"] = "available",
                }
            );
        sent.RawQuery.Should().NotContain("'", "the id list is URL-encoded, as the reference asks");
        page.Count.Should().Be(1);
        ReplicationPair pair = page.Replications.Should().ContainSingle().Subject;
        ShouldBeReferencePair(
            pair,
            "test_replication_name",
            "description_test",
            "8a7a6339-679b-452b-948c-144e0ef85d9e",
            "c2aee29a-2959-4d01-9755-01cc76a4d17d"
        );
    }

    [Fact]
    public async Task ListAsync_EveryFilter_SendsEachUnderItsWireName()
    {
        _sdrs.StubExample("GET", "replications", "replications/list.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.Replications.ListAsync(
            new ReplicationPairQuery
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
                }
            );
    }

    [Fact]
    public async Task ListAsync_NoQuery_SendsNoQueryString()
    {
        _sdrs.StubExample("GET", "replications", "replications/list.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.Replications.ListAsync();

        _sdrs.SingleRequest().DecodedQuery().Should().BeEmpty();
    }

    [Fact]
    public async Task ListAsync_ResponseWithoutReplications_ThrowsInvalidResponse()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("replications")).UsingGet())
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

        List<ReplicationPair> all = await client
            .Replications.ListAllAsync(new ReplicationPairQuery { Limit = 2, ServerGroupId = "sg-1" })
            .ToListAsync();

        all.Select(pair => pair.Id).Should().Equal("p-1", "p-2", "p-3", "p-4", "p-5");
        all.Select(pair => pair.Status).Should().AllBeEquivalentTo(ReplicationPairStatus.Protected);
        var requests = _sdrs.Requests();
        requests.Select(request => request.DecodedQuery()["offset"]).Should().Equal("0", "2", "4");
        requests
            .Should()
            .AllSatisfy(request =>
            {
                request.DecodedQuery()["limit"].Should().Be("2");
                request.DecodedQuery()["server_group_id"].Should().Be("sg-1", "every page keeps the filters");
            });
    }

    [Fact]
    public async Task ListAllAsync_StartOffset_BeginsThereWithDefaultPageSize()
    {
        StubPage(offset: 7, limit: 100, count: 8, "p-8");
        using SdrsClient client = _sdrs.CreateClient();

        List<ReplicationPair> all = await client
            .Replications.ListAllAsync(new ReplicationPairQuery { Offset = 7 })
            .ToListAsync();

        all.Select(pair => pair.Id).Should().Equal("p-8");
        _sdrs.SingleRequest().DecodedQuery().Should().Contain("offset", "7").And.Contain("limit", "100");
    }

    [Fact]
    public async Task ListAllAsync_NoPairs_YieldsNothingAfterOneRequest()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("replications")).UsingGet())
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
        _sdrs.Requests().Select(request => request.DecodedQuery()["name"]).Should().Equal("first", "first");
    }

    // ---- 5.6.4 get ---------------------------------------------------------------------------------------------

    [Fact]
    public async Task GetAsync_ReferenceExample_ReadsEveryField()
    {
        _sdrs.StubExample("GET", $"replications/{ReplicationId}", "replications/get.response.json");
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        ReplicationPair pair = await client.Replications.GetAsync(ReplicationId);

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("GET");
        sent.Path.Should().Be(MockSdrs.ProjectPath($"replications/{ReplicationId}"));
        sent.ShouldHaveValidSignature();
        ShouldBeReferencePair(
            pair,
            "test_sdrs_replication",
            "test_description",
            "8a7a6339-679b-452b-948c-144e0ef85d9c",
            "c2aee29a-2959-4d01-9755-01cc76a4d17d"
        );
    }

    [Fact]
    public async Task GetAsync_ErrorPairWithUnknownValues_ReadsOpenValuesAndFailureDetail()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("replications/r-1")).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody(
                        """
                        {"replication":{"id":"r-1","status":"error","failure_detail":"SDRS.1608","fault_level":5,
                         "replication_status":"syncing-later","priority_station":"target","replication_model":"async",
                         "volume_ids":" v-1 ,,v-2,","attachment":[],
                         "record_metadata":{"multiattach":true,"bootable":true,"volume_size":"40","volume_type":"uh-l1"}}}
                        """
                    )
            );
        using SdrsClient client = _sdrs.CreateClient();

        ReplicationPair pair = await client.Replications.GetAsync("r-1");

        pair.Status.Should().Be(ReplicationPairStatus.Error);
        pair.FailureDetail.Should().Be("SDRS.1608");
        pair.FailureDetailInfo!.Message.Should().Be("Replication pair not found");
        pair.FaultLevel.Should()
            .Be(ReplicationPairFaultLevel.ReplicationLinkDisconnected, "a numeric fault level reads as its text");
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
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("replications/r-3")).UsingGet())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody("""{"replication":{"attachment":null,"name":"bare"}}""")
            );
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

    // ---- 5.6.5 expand ------------------------------------------------------------------------------------------

    [Fact]
    public async Task StartExpandAsync_ReferenceExample_SendsDashedActionKey()
    {
        _sdrs.StubExample("POST", $"replications/{ReplicationId}/action", "replications/expand.response.json");
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
        _sdrs.StubExample("PUT", $"replications/{ReplicationId}", "replications/update.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        ReplicationPair pair = await client.Replications.UpdateAsync(
            ReplicationId,
            new UpdateReplicationPairRequest("new_name")
        );

        IRequestMessage sent = _sdrs.SingleRequest();
        sent.Method.Should().Be("PUT");
        sent.Path.Should().Be(MockSdrs.ProjectPath($"replications/{ReplicationId}"));
        sent.ShouldCarryToken();
        sent.ShouldHaveJsonBody(Examples.Json("replications/update.request.json"));
        ShouldBeReferencePair(
            pair,
            "new_name",
            "test_description",
            "8a7a6339-679b-452b-948c-144e0ef85d9c",
            "0000000062d194520162d196f0fe0007"
        );
    }

    [Fact]
    public async Task UpdateAsync_VolumeSizeAsString_ReadsNumber()
    {
        // The reference prints "volume_size": "10" in the 5.6.6 example although Table 5-51 says Integer.
        string printed = Examples
            .Read("replications/update.response.json")
            .Replace("\"volume_size\": 10", "\"volume_size\": \"10\"", StringComparison.Ordinal);
        printed.Should().Contain("\"volume_size\": \"10\"");
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"replications/{ReplicationId}")).UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(printed));
        using SdrsClient client = _sdrs.CreateClient();

        ReplicationPair pair = await client.Replications.UpdateAsync(
            ReplicationId,
            new UpdateReplicationPairRequest("new_name")
        );

        pair.RecordMetadata!.VolumeSize.Should().Be(10);
    }

    // ---- model ------------------------------------------------------------------------------------------------

    [Fact]
    public void ReplicationPairStatus_AppendixA4_HasEveryValue()
    {
        ReplicationPairStatus[] known =
        [
            ReplicationPairStatus.Creating,
            ReplicationPairStatus.Available,
            ReplicationPairStatus.Deleting,
            ReplicationPairStatus.ErrorDeleting,
            ReplicationPairStatus.Error,
            ReplicationPairStatus.Extending,
            ReplicationPairStatus.ErrorExtending,
            ReplicationPairStatus.Starting,
            ReplicationPairStatus.ErrorStarting,
            ReplicationPairStatus.Protected,
            ReplicationPairStatus.Reversing,
            ReplicationPairStatus.FailingOver,
            ReplicationPairStatus.FailedOver,
            ReplicationPairStatus.Reprotecting,
            ReplicationPairStatus.Stopping,
            ReplicationPairStatus.ErrorStopping,
            ReplicationPairStatus.ErrorReversing,
            ReplicationPairStatus.ErrorFailingOver,
            ReplicationPairStatus.ErrorReprotecting,
            ReplicationPairStatus.Invalid,
            ReplicationPairStatus.Fault,
            ReplicationPairStatus.Attaching,
            ReplicationPairStatus.Detaching,
            ReplicationPairStatus.ErrorAttaching,
            ReplicationPairStatus.ErrorDetaching,
        ];

        known
            .Select(status => status.ToString())
            .Should()
            .Equal(
                "creating",
                "available",
                "deleting",
                "error-deleting",
                "error",
                "extending",
                "error-extending",
                "starting",
                "error-starting",
                "protected",
                "reversing",
                "failing-over",
                "failed-over",
                "reprotecting",
                "stopping",
                "error-stopping",
                "error-reversing",
                "error-failing-over",
                "error-reprotecting",
                "invalid",
                "fault",
                "attaching",
                "detaching",
                "error-attaching",
                "error-detaching"
            );
        ((ReplicationPairStatus)"protected").Should().Be(ReplicationPairStatus.Protected);
        new ReplicationPairStatus("Protected").Should().NotBe(ReplicationPairStatus.Protected, "comparison is ordinal");
    }

    public void Dispose() => _sdrs.Dispose();

    private static void ShouldBeReferencePair(
        ReplicationPair pair,
        string name,
        string description,
        string protectedInstance,
        string serverGroupId
    )
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
        pair.VolumeIdList.Should()
            .Equal("48dda0c0-c800-46f2-9728-a519ff783d35", "388b324a-a9d1-44a4-a00d-42085f22a9bc");
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

    private void StubPage(int offset, int limit, int count, params string[] ids)
    {
        var replications = new JsonArray(
            ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["status"] = "protected" }).ToArray()
        );
        var body = new JsonObject { ["count"] = count, ["replications"] = replications };
        _sdrs
            .Server.Given(
                Request
                    .Create()
                    .WithPath(MockSdrs.ProjectPath("replications"))
                    .UsingGet()
                    .WithParam("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .WithParam("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            )
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(body.ToJsonString()));
    }
}
