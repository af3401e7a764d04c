using System.Text.Json.Nodes;
using SdrsSdk.Tests.TestSupport;
using WireMock;

namespace SdrsSdk.Tests.Resources.ProtectedInstances;

/// <summary>The actions on protected instances (reference 5.5.6-5.5.12): replication pairs, NICs, resize and
/// batches.</summary>
public sealed class ProtectedInstanceActionTests : IDisposable
{
    private const string UpdateInstanceId = "00000000632302f501632305f63c000e";
    private const string ReplicationId = "6568f7c4-0510-4f39-929d-8ffccbd4fd47";
    private const string DedicatedHostId = "59f82ad6-6fc9-4bae-8621-aef2194e112c";
    private readonly MockSdrs _sdrs = new();

    // ---- 5.5.6 attach / 5.5.7 detach ----

    [Fact]
    public async Task StartAttachReplicationAsync_ReferenceExample_SendsReplicationAttachment()
    {
        _sdrs.StubExample(
            "POST",
            $"protected-instances/{UpdateInstanceId}/attachreplication",
            "protected-instances/attach-replication.response.json"
        );
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJobOperation operation = await client.ProtectedInstances.StartAttachReplicationAsync(
            UpdateInstanceId,
            new AttachReplicationPairRequest(ReplicationId, "/dev/vda")
        );

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
        _sdrs.StubExample(
            "DELETE",
            $"protected-instances/{UpdateInstanceId}/detachreplication/{ReplicationId}",
            "protected-instances/detach-replication.response.json"
        );
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        SdrsJobOperation operation = await client.ProtectedInstances.StartDetachReplicationAsync(
            UpdateInstanceId,
            ReplicationId
        );

        IRequestMessage request = _sdrs.SingleRequest();
        request.Method.Should().Be("DELETE");
        request
            .Path.Should()
            .Be(MockSdrs.ProjectPath($"protected-instances/{UpdateInstanceId}/detachreplication/{ReplicationId}"));
        request.ShouldHaveValidSignature();
        string.IsNullOrEmpty(request.Body).Should().BeTrue("5.5.7 has no request body");
        operation.Id.Should().Be("0000000062db92d70162db921dgf00bb");
        operation.ExpectedJobType.Should().Be(JobType.DetachReplicationPair);
    }

    // ---- 5.5.8 / 5.5.9 NICs ----

    [Fact]
    public async Task StartAddNicAsync_ReferenceExample_SendsFlatBody()
    {
        _sdrs.StubExample(
            "POST",
            $"protected-instances/{UpdateInstanceId}/nic",
            "protected-instances/add-nic.response.json"
        );
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJobOperation operation = await client.ProtectedInstances.StartAddNicAsync(
            UpdateInstanceId,
            new AddNicRequest("d32019d3-bc6e-4319-9c1d-6722fc136a23")
            {
                SecurityGroupIds = ["f0ac4394-7e4a-4409-9701-ba8be283dbc3"],
                IpAddress = "192.168.97.25",
            }
        );

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
        _sdrs.StubExample("POST", "protected-instances/pi-1/nic", "protected-instances/add-nic.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.ProtectedInstances.StartAddNicAsync("pi-1", new AddNicRequest("subnet-1"));

        _sdrs.SingleRequest().ShouldHaveJsonBody(JsonNode.Parse("""{"subnet_id":"subnet-1"}""")!);
    }

    [Fact]
    public async Task StartDeleteNicAsync_ReferenceExample_SendsNicId()
    {
        _sdrs.StubExample(
            "POST",
            $"protected-instances/{UpdateInstanceId}/nic/delete",
            "protected-instances/delete-nic.response.json"
        );
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJobOperation operation = await client.ProtectedInstances.StartDeleteNicAsync(
            UpdateInstanceId,
            "f0ac4394-7e4a-4409-9701-husge283dbc3"
        );

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
        _sdrs.StubExample(
            "POST",
            $"protected-instances/{UpdateInstanceId}/resize",
            "protected-instances/resize.response.json"
        );
        using SdrsClient client = _sdrs.CreateClient();
        ResizeProtectedInstanceRequest resize = example switch
        {
            "resize.request.json" => new() { FlavorRef = "e2.small" },
            "resize.split-flavors.request.json" => new()
            {
                ProductionFlavorRef = "s3.small.1",
                DrFlavorRef = "s3.large.2",
            },
            "resize.production-only.request.json" => new() { ProductionFlavorRef = "e2.small" },
            "resize.dr-only.request.json" => new() { DrFlavorRef = "e2.small" },
            "resize.production-dedicated-host.request.json" => new()
            {
                ProductionFlavorRef = "e2.small",
                ProductionDedicatedHostId = DedicatedHostId,
            },
            "resize.dr-dedicated-host.request.json" => new()
            {
                DrFlavorRef = "e2.small",
                DrDedicatedHostId = DedicatedHostId,
            },
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
        _sdrs.StubExample("POST", "protected-instances/pi-1/resize", "protected-instances/resize.response.json");
        using SdrsClient client = _sdrs.CreateClient();

        await client.ProtectedInstances.StartResizeAsync(
            "pi-1",
            new ResizeProtectedInstanceRequest
            {
                FlavorRef = "e2.small",
                ProductionDedicatedHostId = "deh-1",
                DrDedicatedHostId = "deh-2",
            }
        );

        _sdrs
            .SingleRequest()
            .ShouldHaveJsonBody(
                JsonNode.Parse(
                    """{"resize":{"flavorRef":"e2.small","production_dedicated_host_id":"deh-1","dr_dedicated_host_id":"deh-2"}}"""
                )!
            );
    }

    // ---- 5.5.11 / 5.5.12 batches ----

    [Fact]
    public async Task StartBatchCreateAsync_ReferenceExample_SendsBodyAndAccepts202()
    {
        _sdrs.StubExample(
            "POST",
            "protected-instances/batch",
            "protected-instances/batch-create.response.json",
            status: 202
        );
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        SdrsJobOperation operation = await client.ProtectedInstances.StartBatchCreateAsync(
            new BatchCreateProtectedInstancesRequest(
                "test_protected_instance_name",
                "523ab8ad-3759-4933-9436-4cf4ebb20867",
                [
                    new ProtectedInstanceServerInfo("403b603d-1d91-42cc-a357-81f3c2daf43f", "c3.medium.2"),
                    new ProtectedInstanceServerInfo("8f5dd226-6cc0-4fe8-9786-b8b3359b234b"),
                ]
            )
            {
                Description = "my description",
                PrimarySubnetId = "a32217fh-3413-c313-6342-3124d3491502",
                Tenancy = Tenancy.Dedicated,
                DedicatedHostId = "0bc41598-1b5a-4bd2-872a-82e6abb82e68",
                Tags = [new ResourceTag("test", "aaaaa")],
            }
        );

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
        _sdrs.StubExample(
            "POST",
            "protected-instances/batch",
            "protected-instances/batch-create.response.json",
            status: 202
        );
        using SdrsClient client = _sdrs.CreateClient();
        string prefix = new('p', 59);
        string description = new('é', 64);

        await client.ProtectedInstances.StartBatchCreateAsync(
            new BatchCreateProtectedInstancesRequest(
                prefix,
                "sg-1",
                Ids(5).Select(id => new ProtectedInstanceServerInfo(id))
            )
            {
                Description = description,
                ClusterId = "dss-1",
            }
        );

        JsonNode body = JsonNode.Parse(_sdrs.SingleRequest().Body!)!["protected_instances"]!;
        body["name_prefix"]!.GetValue<string>().Should().Be(prefix);
        body["description"]!
            .GetValue<string>()
            .Should()
            .Be(description, "the batch description is limited in characters, not bytes");
        body["cluster_id"]!.GetValue<string>().Should().Be("dss-1");
        body["servers"]!.AsArray().Select(s => s!["server_id"]!.GetValue<string>()).Should().Equal(Ids(5));
        body["servers"]!.AsArray().Should().AllSatisfy(s => s!.AsObject().ContainsKey("flavorRef").Should().BeFalse());
    }

    [Fact]
    public async Task StartBatchDeleteAsync_ReferenceExample_SendsBodyAndAccepts202()
    {
        _sdrs.StubExample(
            "POST",
            "protected-instances/delete",
            "protected-instances/batch-delete.response.json",
            status: 202
        );
        using SdrsClient client = _sdrs.CreateClient();

        SdrsJobOperation operation = await client.ProtectedInstances.StartBatchDeleteAsync(
            new BatchDeleteProtectedInstancesRequest([
                "127842d5-f98e-451e-963e-9fb464fbb911",
                "8f5dd226-6cc0-4fe8-9786-b8b3359b234b",
            ])
        );

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
        _sdrs.StubExample(
            "POST",
            "protected-instances/delete",
            "protected-instances/batch-delete.response.json",
            status: 202
        );
        using SdrsClient client = _sdrs.CreateClient();

        await client.ProtectedInstances.StartBatchDeleteAsync(
            new BatchDeleteProtectedInstancesRequest(Ids(20)) { DeleteTargetServer = true, DeleteTargetEip = true }
        );

        JsonNode body = JsonNode.Parse(_sdrs.SingleRequest().Body!)!;
        body["protected_instances"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).Should().Equal(Ids(20));
        body["delete_target_server"]!.GetValue<bool>().Should().BeTrue();
        body["delete_target_eip"]!.GetValue<bool>().Should().BeTrue();
    }

    public void Dispose() => _sdrs.Dispose();

    private static string[] Ids(int count) => [.. Enumerable.Range(0, count).Select(i => $"id-{i}")];
}
