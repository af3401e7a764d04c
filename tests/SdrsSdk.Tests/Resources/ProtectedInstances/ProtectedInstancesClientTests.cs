using System.Reflection;
using System.Text.Json.Nodes;
using SdrsSdk.Tests.TestSupport;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Resources.ProtectedInstances;

public sealed class ProtectedInstancesClientTests : IDisposable
{
    private const string GetInstanceId = "50f5091e-9e9e-473c-a932-2a2cbcbeb1ff";
    private const string UpdateInstanceId = "00000000632302f501632305f63c000e";
    private const string DeleteInstanceId = "67a2cc7e-fb87-41a8-ba28-9c032abcaee1";
    private const string ReplicationId = "6568f7c4-0510-4f39-929d-8ffccbd4fd47";
    private readonly MockSdrs _sdrs = new();

    // ---- 5.5.1 create ----

    [Fact]
    public async Task StartCreateAsync_ReferenceExample_SendsSignedBodyAndReturnsJob()
    {
        _sdrs.StubExample("POST", "protected-instances", "protected-instances/create.response.json");
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        SdrsJobOperation operation = await client.ProtectedInstances.StartCreateAsync(
            new CreateProtectedInstanceRequest(
                "523ab8ad-3759-4933-9436-4cf4ebb20867",
                "403b603d-1d91-42cc-a357-81f3c2daf43f",
                "test_protected_instance_name"
            )
            {
                Description = "my description",
                PrimarySubnetId = "a32217fh-3413-c313-6342-3124d3491502",
                PrimaryIpAddress = "192.168.0.5",
                FlavorRef = "s3.large.2",
                Tenancy = Tenancy.Dedicated,
                DedicatedHostId = "0bc41598-1b5a-4bd2-872a-82e6abb82e68",
            }
        );

        IRequestMessage request = _sdrs.SingleRequest();
        request.Method.Should().Be("POST");
        request.Path.Should().Be(MockSdrs.ProjectPath("protected-instances"));
        request.ShouldHaveJsonBody(Examples.Json("protected-instances/create.request.json"));
        request.ShouldHaveValidSignature();
        operation.Id.Should().Be("0000000062db92d70162db9d200f00bb");
        operation.ExpectedJobType.Should().Be(JobType.CreateProtectedInstance);
    }

    [Fact]
    public async Task StartCreateAsync_WithClusterAndTags_SendsThemAndOmitsUnsetFields()
    {
        _sdrs.StubExample("POST", "protected-instances", "protected-instances/create.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.ProtectedInstances.StartCreateAsync(
            new CreateProtectedInstanceRequest("sg-1", "srv-1", "pi.1_a-b")
            {
                ClusterId = "dss-pool-1",
                Tenancy = Tenancy.Shared,
                Tags =
                [
                    new ResourceTag("env", "prod"),
                    new ResourceTag(new string('k', 36), string.Empty),
                    new ResourceTag("ключ", new string('v', 43)),
                ],
            }
        );

        IRequestMessage request = _sdrs.SingleRequest();
        request.ShouldCarryToken();
        request.ShouldHaveJsonBody(
            JsonNode.Parse(
                $$$"""
                {"protected_instance":{"server_group_id":"sg-1","server_id":"srv-1","name":"pi.1_a-b","cluster_id":"dss-pool-1",
                 "tenancy":"shared","tags":[{"key":"env","value":"prod"},{"key":"{{{new string('k', 36)}}}","value":""},
                 {"key":"ключ","value":"{{{new string('v', 43)}}}"}]}}
                """
            )!
        );
    }

    // ---- 5.5.2 delete ----

    [Fact]
    public async Task StartDeleteAsync_ReferenceExample_SendsDeleteWithSignedBody()
    {
        _sdrs.StubExample(
            "DELETE",
            $"protected-instances/{DeleteInstanceId}",
            "protected-instances/delete.response.json"
        );
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        SdrsJobOperation operation = await client.ProtectedInstances.StartDeleteAsync(
            DeleteInstanceId,
            new DeleteProtectedInstanceRequest { DeleteTargetServer = false, DeleteTargetEip = false }
        );

        IRequestMessage request = _sdrs.SingleRequest();
        request.Method.Should().Be("DELETE");
        request.Path.Should().Be(MockSdrs.ProjectPath($"protected-instances/{DeleteInstanceId}"));
        request.ShouldHaveJsonBody(Examples.Json("protected-instances/delete.request.json"));
        request.ShouldHaveValidSignature();
        operation.Id.Should().Be("0000000062db92d70162db3ab00f00df");
        operation.ExpectedJobType.Should().Be(JobType.DeleteProtectedInstance);
    }

    [Fact]
    public async Task StartDeleteAsync_NoRequest_SendsBothFlagsFalse()
    {
        _sdrs.StubExample(
            "DELETE",
            $"protected-instances/{DeleteInstanceId}",
            "protected-instances/delete.response.json"
        );
        using SdrsClient client = _sdrs.CreateClient();

        await client.ProtectedInstances.StartDeleteAsync(DeleteInstanceId);

        _sdrs
            .SingleRequest()
            .ShouldHaveJsonBody(JsonNode.Parse("""{"delete_target_server":false,"delete_target_eip":false}""")!);
    }

    [Fact]
    public async Task StartDeleteAsync_DeleteServerAndEip_SendsBothFlagsTrue()
    {
        _sdrs.StubExample(
            "DELETE",
            $"protected-instances/{DeleteInstanceId}",
            "protected-instances/delete.response.json"
        );
        using SdrsClient client = _sdrs.CreateClient();

        await client.ProtectedInstances.StartDeleteAsync(
            DeleteInstanceId,
            new DeleteProtectedInstanceRequest { DeleteTargetServer = true, DeleteTargetEip = true }
        );

        _sdrs
            .SingleRequest()
            .ShouldHaveJsonBody(JsonNode.Parse("""{"delete_target_server":true,"delete_target_eip":true}""")!);
    }

    // ---- 5.5.3 list ----

    [Fact]
    public async Task ListAsync_ReferenceExample_SendsIdListFilterAndReadsEveryField()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("protected-instances")).UsingGet())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody(Examples.Read("protected-instances/list.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient();

        ProtectedInstancePage page = await client.ProtectedInstances.ListAsync(
            new ProtectedInstanceQuery
            {
                ServerGroupIds = ["21d65fa4-430e-4761-b9ad-4e27364f874c", "943c7d15-0371-4b89-b1a6-db1ef35c9263"],
                Status = ProtectedInstanceStatus.Available,
            }
        );

        IRequestMessage request = _sdrs.SingleRequest();
        request.Method.Should().Be("GET");
        request.Path.Should().Be(MockSdrs.ProjectPath("protected-instances"));
        request
            .DecodedQuery()
            .Should()
            .BeEquivalentTo(
                new Dictionary<string, string>
                {
                    ["server_group_ids"] =
                        "['21d65fa4-430e-4761-b9ad-4e27364f874c','943c7d15-0371-4b89-b1a6-db1ef35c9263']",
                    ["status"] = "available",
                }
            );
        request
            .RawQuery.Should()
            .Contain(
                "server_group_ids=%5B%2721d65fa4-430e-4761-b9ad-4e27364f874c%27%2C%27943c7d15",
                "the id list is URL-encoded"
            );
        page.Count.Should().Be(2);
        page.ProtectedInstances.Should().HaveCount(2);

        ProtectedInstance first = page.ProtectedInstances[0];
        first.Id.Should().Be("67a2cc7e-fb87-41a8-ba28-9c032abcaee1");
        first.Name.Should().Be("protected_instance_xff");
        first.Description.Should().Be("protected_instance_xff");
        first.ServerGroupId.Should().Be("21d65fa4-430e-4761-b9ad-4e27364f874c");
        first.Status.Should().Be(ProtectedInstanceStatus.Available);
        first.Progress.Should().Be(0);
        first.SourceServer.Should().Be("d1e8e8a7-ae6f-4f40-bead-20093976961e");
        first.TargetServer.Should().Be("9bad52b9-ca5a-4274-ba9e-3c8ca9843fa1");
        first.CreatedAt.Should().Be(new DateTimeOffset(2018, 11, 6, 11, 9, 25, 861, TimeSpan.Zero));
        first.UpdatedAt.Should().Be(new DateTimeOffset(2018, 11, 6, 11, 12, 11, 716, TimeSpan.Zero));
        first.PriorityStation.Should().Be(PriorityStation.Source);
        first
            .Attachment.Select(a => (a.Replication, a.Device))
            .Should()
            .Equal(
                ("08d6b5a0-9a12-4263-a468-30d71d10498c", "/dev/vdb"),
                ("4c332757-dc77-458d-9883-03d701cde2f2", "/dev/vda")
            );
        ShouldHaveExampleTags(first);
        first.Metadata.Should().NotBeNull();
        first.Metadata!.SystemFrozen.Should().BeNull();
        first.Metadata.IsFrozen.Should().BeFalse();
        first.Metadata.AdditionalProperties.Should().BeNullOrEmpty();

        ProtectedInstance second = page.ProtectedInstances[1];
        second.Id.Should().Be("50f5091e-9e9e-473c-a932-2a2cbcbeb1ff");
        second.Name.Should().Be("ecs_sdrs_test");
        second.Description.Should().Be("1111");
        second.ServerGroupId.Should().Be("943c7d15-0371-4b89-b1a6-db1ef35c9263");
        second.Status.Should().Be(ProtectedInstanceStatus.Protected);
        second.Progress.Should().Be(100);
        second.SourceServer.Should().Be("5fb92d6c-b0cb-46c9-824b-b90ec5500ae6");
        second.TargetServer.Should().Be("c6c0ff54-fa1f-43ef-9ccc-1774e40c8745");
        second.CreatedAt.Should().Be(new DateTimeOffset(2018, 11, 6, 9, 27, 52, 258, TimeSpan.Zero));
        second.UpdatedAt.Should().Be(new DateTimeOffset(2018, 11, 6, 9, 44, 59, 853, TimeSpan.Zero));
        second.PriorityStation.Should().Be(PriorityStation.Target);
        second
            .Attachment.Should()
            .ContainSingle()
            .Which.Should()
            .BeEquivalentTo(new { Replication = ReplicationId, Device = "/dev/vda" });
        ShouldHaveExampleTags(second);
        second.Metadata!.IsFrozen.Should().BeFalse();
    }

    [Fact]
    public async Task ListAsync_EveryFilter_SendsEveryQueryParameter()
    {
        StubList("""{"protected_instances":[],"count":0}""");
        using SdrsClient client = _sdrs.CreateClient();

        ProtectedInstancePage page = await client.ProtectedInstances.ListAsync(
            new ProtectedInstanceQuery
            {
                ServerGroupId = "sg-1",
                ProtectedInstanceIds = ["pi-1", "pi-2", "pi-3"],
                Status = ProtectedInstanceStatus.ErrorFailingOver,
                Name = "web server",
                QueryType = ProtectedInstanceQueryType.StatusAbnormal,
                AvailabilityZone = "cn-north-1a",
                Limit = 50,
                Offset = 100,
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
                    ["protected_instance_ids"] = "['pi-1','pi-2','pi-3']",
                    ["status"] = "error-failing-over",
                    ["name"] = "web server",
                    ["query_type"] = "status_abnormal",
                    ["availability_zone"] = "cn-north-1a",
                    ["limit"] = "50",
                    ["offset"] = "100",
                }
            );
        page.ProtectedInstances.Should().BeEmpty();
        page.Count.Should().Be(0);
    }

    [Fact]
    public async Task ListAsync_NoQuery_SendsNoQueryString()
    {
        StubList("""{"protected_instances":[],"count":0}""");
        using SdrsClient client = _sdrs.CreateClient();

        await client.ProtectedInstances.ListAsync();

        _sdrs.SingleRequest().DecodedQuery().Should().BeEmpty();
    }

    [Fact]
    public async Task ListAsync_ThirtyIds_IsAccepted()
    {
        StubList("""{"protected_instances":[],"count":0}""");
        using SdrsClient client = _sdrs.CreateClient();

        await client.ProtectedInstances.ListAsync(new ProtectedInstanceQuery { ServerGroupIds = Ids(30), Limit = 1 });

        _sdrs
            .SingleRequest()
            .DecodedQuery()["server_group_ids"]
            .Should()
            .StartWith("['id-0','id-1',")
            .And.EndWith("'id-29']");
    }

    [Fact]
    public async Task ListAsync_ResponseWithoutCount_ReturnsPageWithNullCount()
    {
        StubList("""{"protected_instances":[]}""");
        using SdrsClient client = _sdrs.CreateClient();

        ProtectedInstancePage page = await client.ProtectedInstances.ListAsync();

        page.Count.Should().BeNull();
        page.ProtectedInstances.Should().BeEmpty();
    }

    [Fact]
    public async Task ListAsync_ResponseWithoutList_ThrowsInvalidResponse()
    {
        StubList("""{"count":3}""");
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.ProtectedInstances.ListAsync();

        (await act.Should().ThrowAsync<SdrsInvalidResponseException>())
            .Which.Message.Should()
            .Contain("protected_instances");
    }

    [Fact]
    public async Task ListAllAsync_ThreePages_WalksOffsetsUntilCountAndKeepsFilters()
    {
        StubPage(offset: 0, """{"protected_instances":[{"id":"pi-1"},{"id":"pi-2"}],"count":5}""");
        StubPage(offset: 2, """{"protected_instances":[{"id":"pi-3"},{"id":"pi-4"}],"count":5}""");
        StubPage(offset: 4, """{"protected_instances":[{"id":"pi-5"}],"count":5}""");
        using SdrsClient client = _sdrs.CreateClient();

        var ids = new List<string>();
        await foreach (
            ProtectedInstance instance in client.ProtectedInstances.ListAllAsync(
                new ProtectedInstanceQuery { ServerGroupId = "sg-1", Limit = 2 }
            )
        )
        {
            ids.Add(instance.Id);
        }

        ids.Should().Equal("pi-1", "pi-2", "pi-3", "pi-4", "pi-5");
        var requests = _sdrs.Requests();
        requests.Select(r => r.DecodedQuery()["offset"]).Should().Equal("0", "2", "4");
        requests
            .Should()
            .AllSatisfy(r =>
            {
                r.DecodedQuery()["limit"].Should().Be("2");
                r.DecodedQuery()["server_group_id"].Should().Be("sg-1");
            });
    }

    [Fact]
    public async Task ListAllAsync_NoQuery_UsesPagesOfOneHundredFromOffsetZero()
    {
        StubPage(offset: 0, """{"protected_instances":[{"id":"pi-1"}],"count":1}""");
        using SdrsClient client = _sdrs.CreateClient();

        var all = new List<ProtectedInstance>();
        await foreach (ProtectedInstance instance in client.ProtectedInstances.ListAllAsync())
        {
            all.Add(instance);
        }

        all.Should().ContainSingle().Which.Id.Should().Be("pi-1");
        _sdrs
            .SingleRequest()
            .DecodedQuery()
            .Should()
            .BeEquivalentTo(new Dictionary<string, string> { ["limit"] = "100", ["offset"] = "0" });
    }

    [Fact]
    public async Task ListAllAsync_EmptyResult_YieldsNothingAfterOneRequest()
    {
        StubList("""{"protected_instances":[],"count":0}""");
        using SdrsClient client = _sdrs.CreateClient();

        var all = new List<ProtectedInstance>();
        await foreach (
            ProtectedInstance instance in client.ProtectedInstances.ListAllAsync(
                new ProtectedInstanceQuery { Status = ProtectedInstanceStatus.Fault }
            )
        )
        {
            all.Add(instance);
        }

        all.Should().BeEmpty();
        _sdrs.SingleRequest().DecodedQuery()["status"].Should().Be("fault");
    }

    // ---- 5.5.4 get ----

    [Fact]
    public async Task GetAsync_ReferenceExample_ReadsEveryField()
    {
        _sdrs
            .Server.Given(
                Request.Create().WithPath(MockSdrs.ProjectPath($"protected-instances/{GetInstanceId}")).UsingGet()
            )
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody(Examples.Read("protected-instances/get.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        ProtectedInstance instance = await client.ProtectedInstances.GetAsync(GetInstanceId);

        IRequestMessage request = _sdrs.SingleRequest();
        request.Method.Should().Be("GET");
        request.Path.Should().Be(MockSdrs.ProjectPath($"protected-instances/{GetInstanceId}"));
        request.ShouldHaveValidSignature();
        instance.Id.Should().Be(GetInstanceId);
        instance.Name.Should().Be("ecs_sdrs_test");
        instance.Description.Should().Be("1111");
        instance.ServerGroupId.Should().Be("943c7d15-0371-4b89-b1a6-db1ef35c9263");
        instance.Status.Should().Be(ProtectedInstanceStatus.Available);
        instance.Progress.Should().Be(0);
        instance.SourceServer.Should().Be("5fb92d6c-b0cb-46c9-824b-b90ec5500ae6");
        instance.TargetServer.Should().Be("c6c0ff54-fa1f-43ef-9ccc-1774e40c8745");
        instance.CreatedAt.Should().Be(new DateTimeOffset(2018, 11, 6, 9, 27, 52, 258, TimeSpan.Zero));
        instance.UpdatedAt.Should().Be(new DateTimeOffset(2018, 11, 6, 9, 44, 59, 853, TimeSpan.Zero));
        instance.PriorityStation.Should().Be(PriorityStation.Target);
        instance
            .Attachment.Should()
            .ContainSingle()
            .Which.Should()
            .BeEquivalentTo(new { Replication = ReplicationId, Device = "/dev/vda" });
        ShouldHaveExampleTags(instance);
        instance.Metadata!.SystemFrozen.Should().BeNull();
        instance.Metadata.IsFrozen.Should().BeFalse();
    }

    [Fact]
    public async Task GetAsync_UnknownStatusFrozenAndNoLists_ReadsOpenValuesAndEmptyLists()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("protected-instances/pi-9")).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody(
                        """
                        {"protected_instance":{"id":"pi-9","status":"migrating","priority_station":"elsewhere","progress":"42",
                         "attachment":null,"metadata":{"__system__frozen":"true","owner":"ops"}}}
                        """
                    )
            );
        using SdrsClient client = _sdrs.CreateClient();

        ProtectedInstance instance = await client.ProtectedInstances.GetAsync("pi-9");

        instance.Status.Should().Be(new ProtectedInstanceStatus("migrating"));
        instance.Status.IsError.Should().BeFalse();
        instance.PriorityStation.Value.Should().Be("elsewhere");
        instance.Progress.Should().Be(42, "numbers sent as strings are read too");
        instance.Attachment.Should().BeEmpty();
        instance.Tags.Should().BeEmpty();
        instance.CreatedAt.Should().BeNull();
        instance.Metadata!.IsFrozen.Should().BeTrue();
        instance.Metadata.AdditionalProperties!["owner"].GetString().Should().Be("ops");
    }

    [Fact]
    public async Task StartDeleteAsync_NotFoundCode_ThrowsSdrsNotFoundException()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("protected-instances/pi-gone")).UsingDelete())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(400)
                    .WithBody("""{"badrequest":{"code":"SDRS.1320","message":"Protected instance not found"}}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.ProtectedInstances.StartDeleteAsync("pi-gone");

        (await act.Should().ThrowAsync<SdrsNotFoundException>()).Which.ErrorCode.Should().Be("SDRS.1320");
    }

    // ---- 5.5.5 update ----

    [Fact]
    public async Task UpdateAsync_ReferenceExample_SendsPutAndReadsEveryField()
    {
        _sdrs
            .Server.Given(
                Request.Create().WithPath(MockSdrs.ProjectPath($"protected-instances/{UpdateInstanceId}")).UsingPut()
            )
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody(Examples.Read("protected-instances/update.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient();

        ProtectedInstance instance = await client.ProtectedInstances.UpdateAsync(
            UpdateInstanceId,
            new UpdateProtectedInstanceRequest("test_protected_instance_name")
        );

        IRequestMessage request = _sdrs.SingleRequest();
        request.Method.Should().Be("PUT");
        request.Path.Should().Be(MockSdrs.ProjectPath($"protected-instances/{UpdateInstanceId}"));
        request.ShouldCarryToken();
        request.ShouldHaveJsonBody(Examples.Json("protected-instances/update.request.json"));
        instance.Id.Should().Be(UpdateInstanceId);
        instance.Name.Should().Be("test_protected_instance_name");
        instance.Description.Should().Be("_sdrs_protected_instance");
        instance.ServerGroupId.Should().Be("00000000632302f501632305ac75000a");
        instance.Status.Should().Be(ProtectedInstanceStatus.Available);
        instance.Progress.Should().Be(0);
        instance.SourceServer.Should().Be("5597a320-7a36-4462-9f85-a0d01edfb416");
        instance.TargetServer.Should().Be("e37ed7de-bd76-4189-8445-be747205322d");
        instance.CreatedAt.Should().Be(new DateTimeOffset(2018, 5, 2, 22, 43, 3, TimeSpan.Zero));
        instance.UpdatedAt.Should().Be(new DateTimeOffset(2018, 5, 2, 22, 47, 27, TimeSpan.Zero));
        instance.PriorityStation.Should().Be(PriorityStation.Target);
        instance
            .Attachment.Should()
            .ContainSingle()
            .Which.Should()
            .BeEquivalentTo(new { Replication = ReplicationId, Device = "/dev/vda" });
        ShouldHaveExampleTags(instance);
        instance.Metadata!.IsFrozen.Should().BeFalse();
    }

    // ---- statuses ----

    [Fact]
    public void ProtectedInstanceStatus_KnownValues_AreExactlyThoseOfAppendixA3()
    {
        string[] appendixA3 =
        [
            "creating",
            "available",
            "deleting",
            "error-deleting",
            "error",
            "nic-creating",
            "nic-deleting",
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
            "resizing",
            "error-resizing",
            "invalid",
            "fault",
        ];

        var known = typeof(ProtectedInstanceStatus)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(ProtectedInstanceStatus))
            .Select(p => ((ProtectedInstanceStatus)p.GetValue(null)!).Value);

        known.Should().BeEquivalentTo(appendixA3);
        ProtectedInstanceStatus.ErrorResizing.IsError.Should().BeTrue();
        ProtectedInstanceStatus.Error.IsError.Should().BeTrue();
        ProtectedInstanceStatus.Protected.IsError.Should().BeFalse();
        ((ProtectedInstanceStatus)"failed-over").Should().Be(ProtectedInstanceStatus.FailedOver);
    }

    public void Dispose() => _sdrs.Dispose();

    private static string[] Ids(int count) => [.. Enumerable.Range(0, count).Select(i => $"id-{i}")];

    private static void ShouldHaveExampleTags(ProtectedInstance instance) =>
        instance.Tags.Select(t => (t.Key, t.Value)).Should().Equal(("aaaaaaa", "01234567889"), ("ffffff", "dddd"));

    private void StubList(string body) =>
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("protected-instances")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(body));

    private void StubPage(int offset, string body) =>
        _sdrs
            .Server.Given(
                Request
                    .Create()
                    .WithPath(MockSdrs.ProjectPath("protected-instances"))
                    .UsingGet()
                    .WithParam("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture))
            )
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(body));
}
