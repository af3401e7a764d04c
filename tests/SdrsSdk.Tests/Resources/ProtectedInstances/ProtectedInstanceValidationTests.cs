using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Resources.ProtectedInstances;

/// <summary>Argument rules of the protected-instance calls (reference 5.5): broken values are refused before any
/// request.</summary>
public sealed class ProtectedInstanceValidationTests : IDisposable
{
    private readonly MockSdrs _sdrs = new();

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

            (await act.Should().ThrowAsync<ArgumentException>($"'{id}' must be refused"))
                .Which.ParamName.Should()
                .Be("protectedInstanceId");
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
    public void CreateProtectedInstanceRequest_MissingOrInvalidRequiredValue_Throws(
        string? serverGroupId,
        string? serverId,
        string? name,
        string expectedParam
    )
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

    public static TheoryData<string, string> InvalidCreateRequests =>
        new()
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
    public async Task StartCreateAsync_ValueBreaksReferenceRule_ThrowsBeforeSending(
        string scenario,
        string expectedParam
    )
    {
        using SdrsClient client = _sdrs.CreateClient();
        var request = new CreateProtectedInstanceRequest("sg-1", "srv-1", "pi-1");
        switch (scenario)
        {
            case "description-angle":
                request.Description = "a <b>";
                break;
            case "description-65-bytes":
                request.Description = new string('d', 65);
                break;
            case "description-multibyte":
                request.Description = new string('é', 33);
                break;
            case "ip-without-subnet":
                request.PrimaryIpAddress = "192.168.0.5";
                break;
            case "empty-flavor":
                request.FlavorRef = "";
                break;
            case "empty-cluster":
                request.ClusterId = " ";
                break;
            case "empty-subnet":
                request.PrimarySubnetId = "";
                break;
            case "host-without-tenancy":
                request.DedicatedHostId = "deh-1";
                break;
            case "host-with-shared-tenancy":
                request.Tenancy = Tenancy.Shared;
                request.DedicatedHostId = "deh-1";
                break;
            default:
                request.Tags = InvalidTags(scenario);
                break;
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

    public static TheoryData<string, string> InvalidQueries =>
        new()
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
    public async Task ListAsyncAndListAllAsync_QueryBreaksReferenceRule_ThrowBeforeSending(
        string scenario,
        string expectedParam
    )
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
        listAll
            .Should()
            .Throw<ArgumentException>("ListAllAsync checks its query when called, not on first read")
            .Which.ParamName.Should()
            .Be(expectedParam);
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
    [InlineData("rep-1", "/dev/vdaa", "device")]
    public void AttachReplicationRequest_InvalidValue_Throws(
        string? replicationId,
        string? device,
        string expectedParam
    )
    {
        Action act = () => _ = new AttachReplicationPairRequest(replicationId!, device!);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(expectedParam);
    }

    [Theory]
    [InlineData("/dev/sda")]
    [InlineData("/dev/sdc")]
    [InlineData("/dev/vdb")]
    [InlineData("/dev/vdz")]
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
        Func<Task> emptyGroup = () =>
            client.ProtectedInstances.StartAddNicAsync(
                "pi-1",
                new AddNicRequest("subnet-1") { SecurityGroupIds = ["sg-a", ""] }
            );
        Func<Task> emptyIp = () =>
            client.ProtectedInstances.StartAddNicAsync("pi-1", new AddNicRequest("subnet-1") { IpAddress = "" });

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

    public static TheoryData<string, string, string> InvalidResizes =>
        new()
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
    public async Task StartResizeAsync_CombinationTheReferenceRulesOut_ThrowsBeforeSending(
        string scenario,
        string expectedParam,
        string expectedMessage
    )
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
    public void ProtectedInstanceServerInfo_InvalidValue_Throws(
        string? serverId,
        string? flavorRef,
        string expectedParam
    )
    {
        Action act = () => _ = new ProtectedInstanceServerInfo(serverId!, flavorRef);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(expectedParam);
    }

    public static TheoryData<string, string> InvalidBatchCreates =>
        new()
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
    public async Task StartBatchCreateAsync_ValueBreaksReferenceRule_ThrowsBeforeSending(
        string scenario,
        string expectedParam
    )
    {
        using SdrsClient client = _sdrs.CreateClient();
        var request = new BatchCreateProtectedInstancesRequest(
            "web",
            "sg-1",
            [new ProtectedInstanceServerInfo("srv-1")]
        );
        switch (scenario)
        {
            case "description-65-characters":
                request.Description = new string('é', 65);
                break;
            case "description-angle":
                request.Description = "<script>";
                break;
            case "empty-cluster":
                request.ClusterId = "";
                break;
            case "host-without-tenancy":
                request.DedicatedHostId = "deh-1";
                break;
            default:
                request.Tags = InvalidTags(scenario);
                break;
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

    private static Task CallWithInstanceId(ProtectedInstancesClient client, string operation, string id) =>
        operation switch
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

    private static List<ResourceTag> InvalidTags(string scenario) =>
        scenario switch
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
}
