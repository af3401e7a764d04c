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
    private const string DedicatedHostId = "59f82ad6-6fc9-4bae-8621-aef2194e112c";
    private readonly MockSdrs _sdrs = new();

    // ---- 5.5.1 create ----

    [Fact]
    public async Task StartCreateAsync_ReferenceExample_SendsSignedBodyAndReturnsJob()
    {
        StubJob("POST", "protected-instances", "protected-instances/create.response.json");
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        SdrsJobOperation operation = await client.ProtectedInstances.StartCreateAsync(
            new CreateProtectedInstanceRequest("523ab8ad-3759-4933-9436-4cf4ebb20867", "403b603d-1d91-42cc-a357-81f3c2daf43f", "test_protected_instance_name")
            {
                Description = "my description",
                PrimarySubnetId = "a32217fh-3413-c313-6342-3124d3491502",
                PrimaryIpAddress = "192.168.0.5",
                FlavorRef = "s3.large.2",
                Tenancy = Tenancy.Dedicated,
                DedicatedHostId = "0bc41598-1b5a-4bd2-872a-82e6abb82e68",
            });

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
        StubJob("POST", "protected-instances", "protected-instances/create.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.ProtectedInstances.StartCreateAsync(
            new CreateProtectedInstanceRequest("sg-1", "srv-1", "pi.1_a-b")
            {
                ClusterId = "dss-pool-1",
                Tenancy = Tenancy.Shared,
                Tags = [new ResourceTag("env", "prod"), new ResourceTag(new string('k', 36), string.Empty), new ResourceTag("ключ", new string('v', 43))],
            });

        IRequestMessage request = _sdrs.SingleRequest();
        request.ShouldCarryToken();
        request.ShouldHaveJsonBody(JsonNode.Parse($$$"""
            {"protected_instance":{"server_group_id":"sg-1","server_id":"srv-1","name":"pi.1_a-b","cluster_id":"dss-pool-1",
             "tenancy":"shared","tags":[{"key":"env","value":"prod"},{"key":"{{{new string('k', 36)}}}","value":""},
             {"key":"ключ","value":"{{{new string('v', 43)}}}"}]}}
            """)!);
    }

    // ---- 5.5.2 delete ----

    [Fact]
    public async Task StartDeleteAsync_ReferenceExample_SendsDeleteWithSignedBody()
    {
        StubJob("DELETE", $"protected-instances/{DeleteInstanceId}", "protected-instances/delete.response.json");
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        SdrsJobOperation operation = await client.ProtectedInstances.StartDeleteAsync(
            DeleteInstanceId, new DeleteProtectedInstanceRequest { DeleteTargetServer = false, DeleteTargetEip = false });

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
        StubJob("DELETE", $"protected-instances/{DeleteInstanceId}", "protected-instances/delete.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.ProtectedInstances.StartDeleteAsync(DeleteInstanceId);

        _sdrs.SingleRequest().ShouldHaveJsonBody(JsonNode.Parse("""{"delete_target_server":false,"delete_target_eip":false}""")!);
    }

    [Fact]
    public async Task StartDeleteAsync_DeleteServerAndEip_SendsBothFlagsTrue()
    {
        StubJob("DELETE", $"protected-instances/{DeleteInstanceId}", "protected-instances/delete.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.ProtectedInstances.StartDeleteAsync(DeleteInstanceId, new DeleteProtectedInstanceRequest { DeleteTargetServer = true, DeleteTargetEip = true });

        _sdrs.SingleRequest().ShouldHaveJsonBody(JsonNode.Parse("""{"delete_target_server":true,"delete_target_eip":true}""")!);
    }

    // ---- 5.5.3 list ----

    [Fact]
    public async Task ListAsync_ReferenceExample_SendsIdListFilterAndReadsEveryField()
    {
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("protected-instances")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("protected-instances/list.response.json")));
        using SdrsClient client = _sdrs.CreateClient();

        ProtectedInstancePage page = await client.ProtectedInstances.ListAsync(new ProtectedInstanceQuery
        {
            ServerGroupIds = ["21d65fa4-430e-4761-b9ad-4e27364f874c", "943c7d15-0371-4b89-b1a6-db1ef35c9263"],
            Status = ProtectedInstanceStatus.Available,
        });

        IRequestMessage request = _sdrs.SingleRequest();
        request.Method.Should().Be("GET");
        request.Path.Should().Be(MockSdrs.ProjectPath("protected-instances"));
        Query(request).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["server_group_ids"] = "['21d65fa4-430e-4761-b9ad-4e27364f874c','943c7d15-0371-4b89-b1a6-db1ef35c9263']",
            ["status"] = "available",
        });
        request.RawQuery.Should().Contain("server_group_ids=%5B%2721d65fa4-430e-4761-b9ad-4e27364f874c%27%2C%27943c7d15", "the id list is URL-encoded");
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
        first.Attachment.Select(a => (a.Replication, a.Device)).Should().Equal(
            ("08d6b5a0-9a12-4263-a468-30d71d10498c", "/dev/vdb"),
            ("4c332757-dc77-458d-9883-03d701cde2f2", "/dev/vda"));
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
        second.Attachment.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Replication = ReplicationId, Device = "/dev/vda" });
        ShouldHaveExampleTags(second);
        second.Metadata!.IsFrozen.Should().BeFalse();
    }

    [Fact]
    public async Task ListAsync_EveryFilter_SendsEveryQueryParameter()
    {
        StubList("""{"protected_instances":[],"count":0}""");
        using SdrsClient client = _sdrs.CreateClient();

        ProtectedInstancePage page = await client.ProtectedInstances.ListAsync(new ProtectedInstanceQuery
        {
            ServerGroupId = "sg-1",
            ProtectedInstanceIds = ["pi-1", "pi-2", "pi-3"],
            Status = ProtectedInstanceStatus.ErrorFailingOver,
            Name = "web server",
            QueryType = ProtectedInstanceQueryType.StatusAbnormal,
            AvailabilityZone = "cn-north-1a",
            Limit = 50,
            Offset = 100,
        });

        Query(_sdrs.SingleRequest()).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["server_group_id"] = "sg-1",
            ["protected_instance_ids"] = "['pi-1','pi-2','pi-3']",
            ["status"] = "error-failing-over",
            ["name"] = "web server",
            ["query_type"] = "status_abnormal",
            ["availability_zone"] = "cn-north-1a",
            ["limit"] = "50",
            ["offset"] = "100",
        });
        page.ProtectedInstances.Should().BeEmpty();
        page.Count.Should().Be(0);
    }

    [Fact]
    public async Task ListAsync_NoQuery_SendsNoQueryString()
    {
        StubList("""{"protected_instances":[],"count":0}""");
        using SdrsClient client = _sdrs.CreateClient();

        await client.ProtectedInstances.ListAsync();

        Query(_sdrs.SingleRequest()).Should().BeEmpty();
    }

    [Fact]
    public async Task ListAsync_ThirtyIds_IsAccepted()
    {
        StubList("""{"protected_instances":[],"count":0}""");
        using SdrsClient client = _sdrs.CreateClient();

        await client.ProtectedInstances.ListAsync(new ProtectedInstanceQuery { ServerGroupIds = Ids(30), Limit = 1 });

        Query(_sdrs.SingleRequest())["server_group_ids"].Should().StartWith("['id-0','id-1',").And.EndWith("'id-29']");
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

        (await act.Should().ThrowAsync<SdrsInvalidResponseException>()).Which.Message.Should().Contain("protected_instances");
    }

    [Fact]
    public async Task ListAllAsync_ThreePages_WalksOffsetsUntilCountAndKeepsFilters()
    {
        StubPage(offset: 0, """{"protected_instances":[{"id":"pi-1"},{"id":"pi-2"}],"count":5}""");
        StubPage(offset: 2, """{"protected_instances":[{"id":"pi-3"},{"id":"pi-4"}],"count":5}""");
        StubPage(offset: 4, """{"protected_instances":[{"id":"pi-5"}],"count":5}""");
        using SdrsClient client = _sdrs.CreateClient();

        var ids = new List<string>();
        await foreach (ProtectedInstance instance in client.ProtectedInstances.ListAllAsync(new ProtectedInstanceQuery { ServerGroupId = "sg-1", Limit = 2 }))
        {
            ids.Add(instance.Id);
        }

        ids.Should().Equal("pi-1", "pi-2", "pi-3", "pi-4", "pi-5");
        var requests = _sdrs.Requests();
        requests.Select(r => Query(r)["offset"]).Should().Equal("0", "2", "4");
        requests.Should().AllSatisfy(r =>
        {
            Query(r)["limit"].Should().Be("2");
            Query(r)["server_group_id"].Should().Be("sg-1");
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
        Query(_sdrs.SingleRequest()).Should().BeEquivalentTo(new Dictionary<string, string> { ["limit"] = "100", ["offset"] = "0" });
    }

    [Fact]
    public async Task ListAllAsync_EmptyResult_YieldsNothingAfterOneRequest()
    {
        StubList("""{"protected_instances":[],"count":0}""");
        using SdrsClient client = _sdrs.CreateClient();

        var all = new List<ProtectedInstance>();
        await foreach (ProtectedInstance instance in client.ProtectedInstances.ListAllAsync(new ProtectedInstanceQuery { Status = ProtectedInstanceStatus.Fault }))
        {
            all.Add(instance);
        }

        all.Should().BeEmpty();
        Query(_sdrs.SingleRequest())["status"].Should().Be("fault");
    }

    // ---- 5.5.4 get ----

    [Fact]
    public async Task GetAsync_ReferenceExample_ReadsEveryField()
    {
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"protected-instances/{GetInstanceId}")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("protected-instances/get.response.json")));
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
        instance.Attachment.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Replication = ReplicationId, Device = "/dev/vda" });
        ShouldHaveExampleTags(instance);
        instance.Metadata!.SystemFrozen.Should().BeNull();
        instance.Metadata.IsFrozen.Should().BeFalse();
    }

    [Fact]
    public async Task GetAsync_UnknownStatusFrozenAndNoLists_ReadsOpenValuesAndEmptyLists()
    {
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("protected-instances/pi-9")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""
                {"protected_instance":{"id":"pi-9","status":"migrating","priority_station":"elsewhere","progress":"42",
                 "attachment":null,"metadata":{"__system__frozen":"true","owner":"ops"}}}
                """));
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
    public async Task GetAsync_NotFoundCode_ThrowsSdrsNotFoundException()
    {
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("protected-instances/pi-gone")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json")
                .WithHeader("X-Request-Id", "req-1320")
                .WithBody("""{"error":{"code":"SDRS.1320","message":"Protected instance not found"}}"""));
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.ProtectedInstances.GetAsync("pi-gone");

        SdrsNotFoundException exception = (await act.Should().ThrowAsync<SdrsNotFoundException>()).Which;
        exception.Status.Should().Be(400);
        exception.ErrorCode.Should().Be("SDRS.1320");
        exception.ErrorMessage.Should().Be("Protected instance not found");
        exception.RequestId.Should().Be("req-1320");
        exception.Method.Should().Be("GET");
        exception.Path.Should().Be(MockSdrs.ProjectPath("protected-instances/pi-gone"));
        exception.IsNotFound.Should().BeTrue();
    }

    [Fact]
    public async Task StartDeleteAsync_NotFoundCode_ThrowsSdrsNotFoundException()
    {
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("protected-instances/pi-gone")).UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(400).WithBody("""{"badrequest":{"code":"SDRS.1320","message":"Protected instance not found"}}"""));
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.ProtectedInstances.StartDeleteAsync("pi-gone");

        (await act.Should().ThrowAsync<SdrsNotFoundException>()).Which.ErrorCode.Should().Be("SDRS.1320");
    }

    [Fact]
    public async Task GetAsync_EmptyEnvelope_ThrowsInvalidResponse()
    {
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("protected-instances/pi-1")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.ProtectedInstances.GetAsync("pi-1");

        (await act.Should().ThrowAsync<SdrsInvalidResponseException>()).Which.Message.Should().Contain("protected_instance");
    }

    // ---- 5.5.5 update ----

    [Fact]
    public async Task UpdateAsync_ReferenceExample_SendsPutAndReadsEveryField()
    {
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"protected-instances/{UpdateInstanceId}")).UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("protected-instances/update.response.json")));
        using SdrsClient client = _sdrs.CreateClient();

        ProtectedInstance instance = await client.ProtectedInstances.UpdateAsync(UpdateInstanceId, new UpdateProtectedInstanceRequest("test_protected_instance_name"));

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
        instance.Attachment.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Replication = ReplicationId, Device = "/dev/vda" });
        ShouldHaveExampleTags(instance);
        instance.Metadata!.IsFrozen.Should().BeFalse();
    }

    // ---- 5.5.6 attach / 5.5.7 detach ----

    [Fact]
    public async Task StartAttachReplicationAsync_ReferenceExample_SendsReplicationAttachment()
    {
        StubJob("POST", $"protected-instances/{UpdateInstanceId}/attachreplication", "protected-instances/attach-replication.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJobOperation operation = await client.ProtectedInstances.StartAttachReplicationAsync(
            UpdateInstanceId, new AttachReplicationPairRequest(ReplicationId, "/dev/vda"));

        IRequestMessage request = _sdrs.SingleRequest();
        request.Method.Should().Be("POST");
        request.Path.Should().Be(MockSdrs.ProjectPath($"protected-instances/{UpdateInstanceId}/attachreplication"));
        request.ShouldHaveJsonBody(Examples.Json("protected-instances/attach-replication.request.json"));
        operation.Id.Should().Be("0000000062db92d70162db9d200f00bb");
        operation.ExpectedJobType.Should().Be(JobType.AttachReplicationPair);
    }

    [Fact]
    public async Task StartDetachReplicationAsync_ReferenceExample_SendsDeleteWithBothIds()
    {
        StubJob("DELETE", $"protected-instances/{UpdateInstanceId}/detachreplication/{ReplicationId}", "protected-instances/detach-replication.response.json");
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        SdrsJobOperation operation = await client.ProtectedInstances.StartDetachReplicationAsync(UpdateInstanceId, ReplicationId);

        IRequestMessage request = _sdrs.SingleRequest();
        request.Method.Should().Be("DELETE");
        request.Path.Should().Be(MockSdrs.ProjectPath($"protected-instances/{UpdateInstanceId}/detachreplication/{ReplicationId}"));
        request.ShouldHaveValidSignature();
        string.IsNullOrEmpty(request.Body).Should().BeTrue("5.5.7 has no request body");
        operation.Id.Should().Be("0000000062db92d70162db921dgf00bb");
        operation.ExpectedJobType.Should().Be(JobType.DetachReplicationPair);
    }

    // ---- 5.5.8 / 5.5.9 NICs ----

    [Fact]
    public async Task StartAddNicAsync_ReferenceExample_SendsFlatBody()
    {
        StubJob("POST", $"protected-instances/{UpdateInstanceId}/nic", "protected-instances/add-nic.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJobOperation operation = await client.ProtectedInstances.StartAddNicAsync(UpdateInstanceId, new AddNicRequest("d32019d3-bc6e-4319-9c1d-6722fc136a23")
        {
            SecurityGroupIds = ["f0ac4394-7e4a-4409-9701-ba8be283dbc3"],
            IpAddress = "192.168.97.25",
        });

        IRequestMessage request = _sdrs.SingleRequest();
        request.Method.Should().Be("POST");
        request.Path.Should().Be(MockSdrs.ProjectPath($"protected-instances/{UpdateInstanceId}/nic"));
        request.ShouldHaveJsonBody(Examples.Json("protected-instances/add-nic.request.json"));
        operation.Id.Should().Be("0000000062db92d70162db9d200f32dh");
        operation.ExpectedJobType.Should().Be(JobType.AddNic);
    }

    [Fact]
    public async Task StartAddNicAsync_SubnetOnly_SendsOnlySubnet()
    {
        StubJob("POST", "protected-instances/pi-1/nic", "protected-instances/add-nic.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.ProtectedInstances.StartAddNicAsync("pi-1", new AddNicRequest("subnet-1"));

        _sdrs.SingleRequest().ShouldHaveJsonBody(JsonNode.Parse("""{"subnet_id":"subnet-1"}""")!);
    }

    [Fact]
    public async Task StartDeleteNicAsync_ReferenceExample_SendsNicId()
    {
        StubJob("POST", $"protected-instances/{UpdateInstanceId}/nic/delete", "protected-instances/delete-nic.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJobOperation operation = await client.ProtectedInstances.StartDeleteNicAsync(UpdateInstanceId, "f0ac4394-7e4a-4409-9701-husge283dbc3");

        IRequestMessage request = _sdrs.SingleRequest();
        request.Method.Should().Be("POST");
        request.Path.Should().Be(MockSdrs.ProjectPath($"protected-instances/{UpdateInstanceId}/nic/delete"));
        request.ShouldHaveJsonBody(Examples.Json("protected-instances/delete-nic.request.json"));
        operation.Id.Should().Be("0000000011db92d70162db9d20df32ch");
        operation.ExpectedJobType.Should().Be(JobType.DeleteNic);
    }

    // ---- 5.5.10 resize ----

    [Theory]
    [InlineData("resize.request.json")]
    [InlineData("resize.split-flavors.request.json")]
    [InlineData("resize.production-only.request.json")]
    [InlineData("resize.dr-only.request.json")]
    [InlineData("resize.production-dedicated-host.request.json")]
    [InlineData("resize.dr-dedicated-host.request.json")]
    public async Task StartResizeAsync_ReferenceExample_SendsExactlyThatBody(string example)
    {
        StubJob("POST", $"protected-instances/{UpdateInstanceId}/resize", "protected-instances/resize.response.json");
        using SdrsClient client = _sdrs.CreateClient();
        ResizeProtectedInstanceRequest resize = example switch
        {
            "resize.request.json" => new() { FlavorRef = "e2.small" },
            "resize.split-flavors.request.json" => new() { ProductionFlavorRef = "s3.small.1", DrFlavorRef = "s3.large.2" },
            "resize.production-only.request.json" => new() { ProductionFlavorRef = "e2.small" },
            "resize.dr-only.request.json" => new() { DrFlavorRef = "e2.small" },
            "resize.production-dedicated-host.request.json" => new() { ProductionFlavorRef = "e2.small", ProductionDedicatedHostId = DedicatedHostId },
            "resize.dr-dedicated-host.request.json" => new() { DrFlavorRef = "e2.small", DrDedicatedHostId = DedicatedHostId },
            _ => throw new ArgumentOutOfRangeException(nameof(example)),
        };

        SdrsJobOperation operation = await client.ProtectedInstances.StartResizeAsync(UpdateInstanceId, resize);

        IRequestMessage request = _sdrs.SingleRequest();
        request.Method.Should().Be("POST");
        request.Path.Should().Be(MockSdrs.ProjectPath($"protected-instances/{UpdateInstanceId}/resize"));
        request.ShouldHaveJsonBody(Examples.Json("protected-instances/" + example));
        operation.Id.Should().Be("0000000011db92d70162db9d20df32ch");
        operation.ExpectedJobType.Should().Be(JobType.ResizeProtectedInstance);
    }

    [Fact]
    public async Task StartResizeAsync_BothSitesOnDedicatedHosts_SendsBothHostIds()
    {
        StubJob("POST", "protected-instances/pi-1/resize", "protected-instances/resize.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.ProtectedInstances.StartResizeAsync("pi-1", new ResizeProtectedInstanceRequest
        {
            FlavorRef = "e2.small",
            ProductionDedicatedHostId = "deh-1",
            DrDedicatedHostId = "deh-2",
        });

        _sdrs.SingleRequest().ShouldHaveJsonBody(JsonNode.Parse(
            """{"resize":{"flavorRef":"e2.small","production_dedicated_host_id":"deh-1","dr_dedicated_host_id":"deh-2"}}""")!);
    }

    // ---- 5.5.11 / 5.5.12 batches ----

    [Fact]
    public async Task StartBatchCreateAsync_ReferenceExample_SendsBodyAndAccepts202()
    {
        StubJob("POST", "protected-instances/batch", "protected-instances/batch-create.response.json", status: 202);
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        SdrsJobOperation operation = await client.ProtectedInstances.StartBatchCreateAsync(
            new BatchCreateProtectedInstancesRequest(
                "test_protected_instance_name",
                "523ab8ad-3759-4933-9436-4cf4ebb20867",
                [new ProtectedInstanceServerInfo("403b603d-1d91-42cc-a357-81f3c2daf43f", "c3.medium.2"), new ProtectedInstanceServerInfo("8f5dd226-6cc0-4fe8-9786-b8b3359b234b")])
            {
                Description = "my description",
                PrimarySubnetId = "a32217fh-3413-c313-6342-3124d3491502",
                Tenancy = Tenancy.Dedicated,
                DedicatedHostId = "0bc41598-1b5a-4bd2-872a-82e6abb82e68",
                Tags = [new ResourceTag("test", "aaaaa")],
            });

        IRequestMessage request = _sdrs.SingleRequest();
        request.Method.Should().Be("POST");
        request.Path.Should().Be(MockSdrs.ProjectPath("protected-instances/batch"));
        request.ShouldHaveJsonBody(Examples.Json("protected-instances/batch-create.request.json"));
        request.ShouldHaveValidSignature();
        operation.Id.Should().Be("0000000062db92d70162db9d200f00bb");
        operation.ExpectedJobType.Should().Be(JobType.CreateProtectedInstance);
    }

    [Fact]
    public async Task StartBatchCreateAsync_FiveServersLongestPrefixAndMultiByteDescription_IsAccepted()
    {
        StubJob("POST", "protected-instances/batch", "protected-instances/batch-create.response.json", status: 202);
        using SdrsClient client = _sdrs.CreateClient();
        string prefix = new('p', 59);
        string description = new('é', 64);

        await client.ProtectedInstances.StartBatchCreateAsync(
            new BatchCreateProtectedInstancesRequest(prefix, "sg-1", Ids(5).Select(id => new ProtectedInstanceServerInfo(id)))
            {
                Description = description,
                ClusterId = "dss-1",
            });

        JsonNode body = JsonNode.Parse(_sdrs.SingleRequest().Body!)!["protected_instances"]!;
        body["name_prefix"]!.GetValue<string>().Should().Be(prefix);
        body["description"]!.GetValue<string>().Should().Be(description, "the batch description is limited in characters, not bytes");
        body["cluster_id"]!.GetValue<string>().Should().Be("dss-1");
        body["servers"]!.AsArray().Select(s => s!["server_id"]!.GetValue<string>()).Should().Equal(Ids(5));
        body["servers"]!.AsArray().Should().AllSatisfy(s => s!.AsObject().ContainsKey("flavorRef").Should().BeFalse());
    }

    [Fact]
    public async Task StartBatchDeleteAsync_ReferenceExample_SendsBodyAndAccepts202()
    {
        StubJob("POST", "protected-instances/delete", "protected-instances/batch-delete.response.json", status: 202);
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJobOperation operation = await client.ProtectedInstances.StartBatchDeleteAsync(
            new BatchDeleteProtectedInstancesRequest(["127842d5-f98e-451e-963e-9fb464fbb911", "8f5dd226-6cc0-4fe8-9786-b8b3359b234b"]));

        IRequestMessage request = _sdrs.SingleRequest();
        request.Method.Should().Be("POST");
        request.Path.Should().Be(MockSdrs.ProjectPath("protected-instances/delete"));
        request.ShouldCarryToken();
        request.ShouldHaveJsonBody(Examples.Json("protected-instances/batch-delete.request.json"));
        operation.Id.Should().Be("0000000062db92d70162db3ab00f00df");
        operation.ExpectedJobType.Should().Be(JobType.DeleteProtectedInstance);
    }

    [Fact]
    public async Task StartBatchDeleteAsync_TwentyInstancesWithServersAndEips_SendsEveryIdAndFlags()
    {
        StubJob("POST", "protected-instances/delete", "protected-instances/batch-delete.response.json", status: 202);
        using SdrsClient client = _sdrs.CreateClient();

        await client.ProtectedInstances.StartBatchDeleteAsync(
            new BatchDeleteProtectedInstancesRequest(Ids(20)) { DeleteTargetServer = true, DeleteTargetEip = true });

        JsonNode body = JsonNode.Parse(_sdrs.SingleRequest().Body!)!;
        body["protected_instances"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).Should().Equal(Ids(20));
        body["delete_target_server"]!.GetValue<bool>().Should().BeTrue();
        body["delete_target_eip"]!.GetValue<bool>().Should().BeTrue();
    }

    // ---- statuses ----

    [Fact]
    public void ProtectedInstanceStatus_KnownValues_AreExactlyThoseOfAppendixA3()
    {
        string[] appendixA3 =
        [
            "creating", "available", "deleting", "error-deleting", "error", "nic-creating", "nic-deleting", "starting",
            "error-starting", "protected", "reversing", "failing-over", "failed-over", "reprotecting", "stopping",
            "error-stopping", "error-reversing", "error-failing-over", "error-reprotecting", "resizing", "error-resizing",
            "invalid", "fault",
        ];

        var known = typeof(ProtectedInstanceStatus).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(ProtectedInstanceStatus))
            .Select(p => ((ProtectedInstanceStatus)p.GetValue(null)!).Value);

        known.Should().BeEquivalentTo(appendixA3);
        ProtectedInstanceStatus.ErrorResizing.IsError.Should().BeTrue();
        ProtectedInstanceStatus.Error.IsError.Should().BeTrue();
        ProtectedInstanceStatus.Protected.IsError.Should().BeFalse();
        ((ProtectedInstanceStatus)"failed-over").Should().Be(ProtectedInstanceStatus.FailedOver);
    }

    // ---- validation: IDs in paths ----

    public static TheoryData<string> OperationsWithInstanceId =>
        ["delete", "get", "update", "attach", "detach", "add-nic", "delete-nic", "resize"];

    [Theory]
    [MemberData(nameof(OperationsWithInstanceId))]
    public async Task EveryOperationOnOneInstance_IdNotAPathSegment_ThrowsBeforeSending(string operation)
    {
        using SdrsClient client = _sdrs.CreateClient();

        foreach (string id in new[] { "", " ", "a/b", "..", "pi?x=1", "pi#1", " pi" })
        {
            Func<Task> act = () => CallWithInstanceId(client.ProtectedInstances, operation, id);

            (await act.Should().ThrowAsync<ArgumentException>($"'{id}' must be refused")).Which.ParamName.Should().Be("protectedInstanceId");
        }

        Func<Task> nullId = () => CallWithInstanceId(client.ProtectedInstances, operation, null!);
        (await nullId.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("protectedInstanceId");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("r/1")]
    [InlineData("..")]
    public async Task StartDetachReplicationAsync_ReplicationIdNotAPathSegment_ThrowsBeforeSending(string replicationId)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.ProtectedInstances.StartDetachReplicationAsync("pi-1", replicationId);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("replicationId");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task RequestMethods_NullRequest_ThrowArgumentNullBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();
        ProtectedInstancesClient instances = client.ProtectedInstances;

        Func<Task>[] calls =
        [
            () => instances.StartCreateAsync(null!),
            () => instances.UpdateAsync("pi-1", null!),
            () => instances.StartAttachReplicationAsync("pi-1", null!),
            () => instances.StartAddNicAsync("pi-1", null!),
            () => instances.StartResizeAsync("pi-1", null!),
            () => instances.StartBatchCreateAsync(null!),
            () => instances.StartBatchDeleteAsync(null!),
        ];

        foreach (Func<Task> call in calls)
        {
            (await call.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("request");
        }

        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    // ---- validation: create ----

    [Theory]
    [InlineData(null, "srv", "name", "serverGroupId")]
    [InlineData(" ", "srv", "name", "serverGroupId")]
    [InlineData("sg", null, "name", "serverId")]
    [InlineData("sg", "", "name", "serverId")]
    [InlineData("sg", "srv", null, "name")]
    [InlineData("sg", "srv", "", "name")]
    [InlineData("sg", "srv", "my name", "name")]
    [InlineData("sg", "srv", "name!", "name")]
    [InlineData("sg", "srv", "名 前", "name")]
    public void CreateProtectedInstanceRequest_MissingOrInvalidRequiredValue_Throws(string? serverGroupId, string? serverId, string? name, string expectedParam)
    {
        Action act = () => _ = new CreateProtectedInstanceRequest(serverGroupId!, serverId!, name!);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(expectedParam);
    }

    [Fact]
    public void CreateProtectedInstanceRequest_NameOf65Bytes_ThrowsNamingTheLimit()
    {
        Action act = () => _ = new CreateProtectedInstanceRequest("sg", "srv", new string('n', 65));

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("name").And.Contain("64 bytes");
        _ = new CreateProtectedInstanceRequest("sg", "srv", new string('n', 64));
    }

    public static TheoryData<string, string> InvalidCreateRequests => new()
    {
        { "description-angle", "Description" },
        { "description-65-bytes", "Description" },
        { "description-multibyte", "Description" },
        { "ip-without-subnet", "PrimaryIpAddress" },
        { "empty-flavor", "FlavorRef" },
        { "empty-cluster", "ClusterId" },
        { "empty-subnet", "PrimarySubnetId" },
        { "host-without-tenancy", "DedicatedHostId" },
        { "host-with-shared-tenancy", "DedicatedHostId" },
        { "eleven-tags", "Tags" },
        { "null-tag", "Tags" },
        { "empty-key", "Tags" },
        { "blank-key", "Tags" },
        { "key-37-characters", "Tags" },
        { "key-with-equals", "Tags" },
        { "key-with-slash", "Tags" },
        { "key-with-control-character", "Tags" },
        { "null-value", "Tags" },
        { "value-44-characters", "Tags" },
        { "value-with-asterisk", "Tags" },
        { "value-with-pipe", "Tags" },
        { "duplicate-keys", "Tags" },
    };

    [Theory]
    [MemberData(nameof(InvalidCreateRequests))]
    public async Task StartCreateAsync_ValueBreaksReferenceRule_ThrowsBeforeSending(string scenario, string expectedParam)
    {
        using SdrsClient client = _sdrs.CreateClient();
        var request = new CreateProtectedInstanceRequest("sg-1", "srv-1", "pi-1");
        switch (scenario)
        {
            case "description-angle": request.Description = "a <b>"; break;
            case "description-65-bytes": request.Description = new string('d', 65); break;
            case "description-multibyte": request.Description = new string('é', 33); break;
            case "ip-without-subnet": request.PrimaryIpAddress = "192.168.0.5"; break;
            case "empty-flavor": request.FlavorRef = ""; break;
            case "empty-cluster": request.ClusterId = " "; break;
            case "empty-subnet": request.PrimarySubnetId = ""; break;
            case "host-without-tenancy": request.DedicatedHostId = "deh-1"; break;
            case "host-with-shared-tenancy": request.Tenancy = Tenancy.Shared; request.DedicatedHostId = "deh-1"; break;
            default: request.Tags = InvalidTags(scenario); break;
        }

        Func<Task> act = () => client.ProtectedInstances.StartCreateAsync(request);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be(expectedParam);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task StartCreateAsync_TagRuleBroken_MessageNamesTheRule()
    {
        using SdrsClient client = _sdrs.CreateClient();

        async Task<string> MessageFor(string scenario)
        {
            var request = new CreateProtectedInstanceRequest("sg-1", "srv-1", "pi-1") { Tags = InvalidTags(scenario) };
            Func<Task> act = () => client.ProtectedInstances.StartCreateAsync(request);
            return (await act.Should().ThrowAsync<ArgumentException>()).Which.Message;
        }

        (await MessageFor("eleven-tags")).Should().Contain("at most 10 tags");
        (await MessageFor("key-37-characters")).Should().Contain("key").And.Contain("36");
        (await MessageFor("value-44-characters")).Should().Contain("value").And.Contain("43");
        (await MessageFor("key-with-equals")).Should().Contain("'='");
        (await MessageFor("duplicate-keys")).Should().Contain("must not repeat a key");
        (await MessageFor("empty-key")).Should().Contain("must not be empty or white space");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    // ---- validation: list ----

    public static TheoryData<string, string> InvalidQueries => new()
    {
        { "31-group-ids", "ServerGroupIds" },
        { "31-instance-ids", "ProtectedInstanceIds" },
        { "id-with-quote", "ProtectedInstanceIds" },
        { "empty-id", "ServerGroupIds" },
        { "limit-1001", "Limit" },
        { "limit-negative", "Limit" },
        { "offset-negative", "Offset" },
        { "empty-group-id", "ServerGroupId" },
    };

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public async Task ListAsyncAndListAllAsync_QueryBreaksReferenceRule_ThrowBeforeSending(string scenario, string expectedParam)
    {
        using SdrsClient client = _sdrs.CreateClient();
        ProtectedInstanceQuery query = scenario switch
        {
            "31-group-ids" => new() { ServerGroupIds = Ids(31) },
            "31-instance-ids" => new() { ProtectedInstanceIds = Ids(31) },
            "id-with-quote" => new() { ProtectedInstanceIds = ["pi-1", "pi'2"] },
            "empty-id" => new() { ServerGroupIds = ["sg-1", ""] },
            "limit-1001" => new() { Limit = 1001 },
            "limit-negative" => new() { Limit = -1 },
            "offset-negative" => new() { Offset = -1 },
            "empty-group-id" => new() { ServerGroupId = "" },
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };

        Func<Task> list = () => client.ProtectedInstances.ListAsync(query);
        Action listAll = () => client.ProtectedInstances.ListAllAsync(query);

        (await list.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be(expectedParam);
        listAll.Should().Throw<ArgumentException>("ListAllAsync checks its query when called, not on first read").Which.ParamName.Should().Be(expectedParam);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    // ---- validation: update, attach, NICs ----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("new name")]
    [InlineData("x<y")]
    public void UpdateProtectedInstanceRequest_InvalidName_Throws(string? name)
    {
        Action act = () => _ = new UpdateProtectedInstanceRequest(name!);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Theory]
    [InlineData(null, "/dev/vda", "replicationId")]
    [InlineData("", "/dev/vda", "replicationId")]
    [InlineData("rep-1", null, "device")]
    [InlineData("rep-1", "", "device")]
    [InlineData("rep-1", "vda", "device")]
    [InlineData("rep-1", "/dev/hda", "device")]
    [InlineData("rep-1", "/dev/vd", "device")]
    [InlineData("rep-1", "/dev/vdB", "device")]
    [InlineData("rep-1", "/dev/vdb1", "device")]
    public void AttachReplicationRequest_InvalidValue_Throws(string? replicationId, string? device, string expectedParam)
    {
        Action act = () => _ = new AttachReplicationPairRequest(replicationId!, device!);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(expectedParam);
    }

    [Theory]
    [InlineData("/dev/sda")]
    [InlineData("/dev/sdc")]
    [InlineData("/dev/vdb")]
    [InlineData("/dev/vdaa")]
    public void AttachReplicationRequest_DeviceNameOfTheReference_IsAccepted(string device)
    {
        new AttachReplicationPairRequest("rep-1", device).Device.Should().Be(device);
    }

    [Fact]
    public async Task StartAddNicAsync_InvalidValue_ThrowsBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Action nullSubnet = () => _ = new AddNicRequest(null!);
        Action emptySubnet = () => _ = new AddNicRequest(" ");
        Func<Task> emptyGroup = () => client.ProtectedInstances.StartAddNicAsync("pi-1", new AddNicRequest("subnet-1") { SecurityGroupIds = ["sg-a", ""] });
        Func<Task> emptyIp = () => client.ProtectedInstances.StartAddNicAsync("pi-1", new AddNicRequest("subnet-1") { IpAddress = "" });

        nullSubnet.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("subnetId");
        emptySubnet.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("subnetId");
        (await emptyGroup.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("SecurityGroupIds");
        (await emptyIp.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("IpAddress");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task StartDeleteNicAsync_MissingNicId_ThrowsBeforeSending(string? nicId)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.ProtectedInstances.StartDeleteNicAsync("pi-1", nicId!);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("nicId");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    // ---- validation: resize ----

    public static TheoryData<string, string, string> InvalidResizes => new()
    {
        { "nothing", "FlavorRef", "nothing to modify" },
        { "only-production-host", "FlavorRef", "nothing to modify" },
        { "flavor-and-production", "ProductionFlavorRef", "does not take effect" },
        { "flavor-and-dr", "DrFlavorRef", "does not take effect" },
        { "production-host-with-dr-flavor", "ProductionDedicatedHostId", "production_flavorRef" },
        { "dr-host-with-production-flavor", "DrDedicatedHostId", "dr_flavorRef" },
        { "empty-flavor", "FlavorRef", "must not be empty" },
        { "empty-dr-host", "DrDedicatedHostId", "must not be empty" },
    };

    [Theory]
    [MemberData(nameof(InvalidResizes))]
    public async Task StartResizeAsync_CombinationTheReferenceRulesOut_ThrowsBeforeSending(string scenario, string expectedParam, string expectedMessage)
    {
        using SdrsClient client = _sdrs.CreateClient();
        ResizeProtectedInstanceRequest resize = scenario switch
        {
            "nothing" => new(),
            "only-production-host" => new() { ProductionDedicatedHostId = "deh-1" },
            "flavor-and-production" => new() { FlavorRef = "e2.small", ProductionFlavorRef = "s3.small.1" },
            "flavor-and-dr" => new() { FlavorRef = "e2.small", DrFlavorRef = "s3.large.2" },
            "production-host-with-dr-flavor" => new() { DrFlavorRef = "e2.small", ProductionDedicatedHostId = "deh-1" },
            "dr-host-with-production-flavor" => new() { ProductionFlavorRef = "e2.small", DrDedicatedHostId = "deh-1" },
            "empty-flavor" => new() { FlavorRef = "" },
            "empty-dr-host" => new() { DrFlavorRef = "e2.small", DrDedicatedHostId = " " },
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };

        Func<Task> act = () => client.ProtectedInstances.StartResizeAsync("pi-1", resize);

        ArgumentException exception = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        exception.ParamName.Should().Be(expectedParam);
        exception.Message.Should().Contain(expectedMessage);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    // ---- validation: batches ----

    [Theory]
    [InlineData(null, "namePrefix")]
    [InlineData("", "namePrefix")]
    [InlineData("bad prefix", "namePrefix")]
    [InlineData("prefix/1", "namePrefix")]
    [InlineData("60", "namePrefix")]
    [InlineData("no-servers", "servers")]
    [InlineData("null-server", "servers")]
    [InlineData("null-servers", "servers")]
    [InlineData("no-group", "serverGroupId")]
    public void BatchCreateProtectedInstancesRequest_InvalidRequiredValue_Throws(string? scenario, string expectedParam)
    {
        string? prefix = scenario switch
        {
            null or "" or "bad prefix" or "prefix/1" => scenario,
            "60" => new string('p', 60),
            _ => "prefix",
        };
        string? group = scenario == "no-group" ? " " : "sg-1";
        IEnumerable<ProtectedInstanceServerInfo>? servers = scenario switch
        {
            "no-servers" => [],
            "null-server" => [new ProtectedInstanceServerInfo("srv-1"), null!],
            "null-servers" => null,
            _ => [new ProtectedInstanceServerInfo("srv-1")],
        };

        Action act = () => _ = new BatchCreateProtectedInstancesRequest(prefix!, group!, servers!);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(expectedParam);
    }

    [Theory]
    [InlineData(null, null, "serverId")]
    [InlineData("", null, "serverId")]
    [InlineData("srv-1", "", "flavorRef")]
    public void ProtectedInstanceServerInfo_InvalidValue_Throws(string? serverId, string? flavorRef, string expectedParam)
    {
        Action act = () => _ = new ProtectedInstanceServerInfo(serverId!, flavorRef);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(expectedParam);
    }

    public static TheoryData<string, string> InvalidBatchCreates => new()
    {
        { "description-65-characters", "Description" },
        { "description-angle", "Description" },
        { "empty-cluster", "ClusterId" },
        { "host-without-tenancy", "DedicatedHostId" },
        { "eleven-tags", "Tags" },
        { "key-with-comma", "Tags" },
    };

    [Theory]
    [MemberData(nameof(InvalidBatchCreates))]
    public async Task StartBatchCreateAsync_ValueBreaksReferenceRule_ThrowsBeforeSending(string scenario, string expectedParam)
    {
        using SdrsClient client = _sdrs.CreateClient();
        var request = new BatchCreateProtectedInstancesRequest("web", "sg-1", [new ProtectedInstanceServerInfo("srv-1")]);
        switch (scenario)
        {
            case "description-65-characters": request.Description = new string('é', 65); break;
            case "description-angle": request.Description = "<script>"; break;
            case "empty-cluster": request.ClusterId = ""; break;
            case "host-without-tenancy": request.DedicatedHostId = "deh-1"; break;
            default: request.Tags = InvalidTags(scenario); break;
        }

        Func<Task> act = () => client.ProtectedInstances.StartBatchCreateAsync(request);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be(expectedParam);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Theory]
    [InlineData("none", "at least one")]
    [InlineData("empty-id", "empty ID")]
    [InlineData("duplicate", "more than once")]
    public void BatchDeleteProtectedInstancesRequest_InvalidIds_Throws(string scenario, string expectedMessage)
    {
        IEnumerable<string> ids = scenario switch
        {
            "none" => [],
            "empty-id" => ["pi-1", " "],
            "duplicate" => ["pi-1", "pi-2", "pi-1"],
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };

        Action act = () => _ = new BatchDeleteProtectedInstancesRequest(ids);

        ArgumentException exception = act.Should().Throw<ArgumentException>().Which;
        exception.ParamName.Should().Be("protectedInstanceIds");
        exception.Message.Should().Contain(expectedMessage);
    }

    [Fact]
    public void BatchDeleteProtectedInstancesRequest_NullIds_ThrowsArgumentNull()
    {
        Action act = () => _ = new BatchDeleteProtectedInstancesRequest(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("protectedInstanceIds");
    }

    public void Dispose() => _sdrs.Dispose();

    // ---- helpers ----

    private static Task CallWithInstanceId(ProtectedInstancesClient client, string operation, string id) => operation switch
    {
        "delete" => client.StartDeleteAsync(id),
        "get" => client.GetAsync(id),
        "update" => client.UpdateAsync(id, new UpdateProtectedInstanceRequest("name")),
        "attach" => client.StartAttachReplicationAsync(id, new AttachReplicationPairRequest("rep-1", "/dev/vdb")),
        "detach" => client.StartDetachReplicationAsync(id, "rep-1"),
        "add-nic" => client.StartAddNicAsync(id, new AddNicRequest("subnet-1")),
        "delete-nic" => client.StartDeleteNicAsync(id, "nic-1"),
        "resize" => client.StartResizeAsync(id, new ResizeProtectedInstanceRequest { FlavorRef = "e2.small" }),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    private static List<ResourceTag> InvalidTags(string scenario) => scenario switch
    {
        "eleven-tags" => [.. Enumerable.Range(0, 11).Select(i => new ResourceTag($"k{i}", "v"))],
        "null-tag" => [new("k", "v"), null!],
        "empty-key" => [new("", "v")],
        "blank-key" => [new("  ", "v")],
        "key-37-characters" => [new(new string('k', 37), "v")],
        "key-with-equals" => [new("a=b", "v")],
        "key-with-slash" => [new("a/b", "v")],
        "key-with-comma" => [new("a,b", "v")],
        "key-with-control-character" => [new("a\tb", "v")],
        "null-value" => [new("k", null!)],
        "value-44-characters" => [new("k", new string('v', 44))],
        "value-with-asterisk" => [new("k", "v*")],
        "value-with-pipe" => [new("k", "a|b")],
        "duplicate-keys" => [new("env", "a"), new("env", "b")],
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };

    private static string[] Ids(int count) => [.. Enumerable.Range(0, count).Select(i => $"id-{i}")];

    private static void ShouldHaveExampleTags(ProtectedInstance instance) =>
        instance.Tags.Select(t => (t.Key, t.Value)).Should().Equal(("aaaaaaa", "01234567889"), ("ffffff", "dddd"));

    /// <summary>The query string as sent, decoded, one value per name.</summary>
    private static Dictionary<string, string> Query(IRequestMessage request)
    {
        string raw = request.RawQuery ?? string.Empty;
        return raw.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(
                parts => Uri.UnescapeDataString(parts[0]),
                parts => Uri.UnescapeDataString((parts.Length > 1 ? parts[1] : string.Empty).Replace('+', ' ')));
    }

    private void StubJob(string method, string relativePath, string responseFile, int status = 200) =>
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath(relativePath)).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(Examples.Read(responseFile)));

    private void StubList(string body) =>
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("protected-instances")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(body));

    private void StubPage(int offset, string body) =>
        _sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("protected-instances")).UsingGet()
                .WithParam("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(body));
}
