using System.Text;
using System.Text.Json.Nodes;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Validation;

/// <summary>
/// One name rule for protection groups, protected instances (and batch name prefixes), replication pairs and drills:
/// letters and digits of any script, '.', '_' and '-', 1 to 64 bytes of UTF-8. Huawei's API definitions allow Chinese
/// names; the SDK must never be stricter than the service.
/// </summary>
public sealed class NameRuleTests : IDisposable
{
    /// <summary>21 Chinese characters: 63 bytes of UTF-8, just within the limit.</summary>
    private static readonly string TwentyOneChinese = string.Concat(Enumerable.Repeat("灾", 21));

    private static readonly Dictionary<string, Func<string, object>> Requests = new()
    {
        ["CreateServerGroupRequest"] = name => new CreateServerGroupRequest(name, "az-a", "az-b", "domain-1", "vpc-1"),
        ["UpdateServerGroupRequest"] = name => new UpdateServerGroupRequest(name),
        ["CreateProtectedInstanceRequest"] = name => new CreateProtectedInstanceRequest("sg-1", "srv-1", name),
        ["UpdateProtectedInstanceRequest"] = name => new UpdateProtectedInstanceRequest(name),
        ["BatchCreateProtectedInstancesRequest"] = name => new BatchCreateProtectedInstancesRequest(
            name,
            "sg-1",
            [new ProtectedInstanceServerInfo("srv-1")]
        ),
        ["CreateReplicationPairRequest"] = name => new CreateReplicationPairRequest("sg-1", "vol-1", name),
        ["UpdateReplicationPairRequest"] = name => new UpdateReplicationPairRequest(name),
        ["CreateDisasterRecoveryDrillRequest"] = name => new CreateDisasterRecoveryDrillRequest("sg-1", name),
        ["UpdateDisasterRecoveryDrillRequest"] = name => new UpdateDisasterRecoveryDrillRequest(name),
    };

    private readonly MockSdrs _sdrs = new();

    public static TheoryData<string, string> AcceptedNames()
    {
        string[] names =
        [
            "生产组-01",
            "容灾演练_v1.0",
            TwentyOneChinese,
            "𠀋站点", // a CJK character outside the BMP (two UTF-16 units)
            "名前テスト",
            "Дом-1",
            "café",
            "cafe\u0301", // the same word with a combining accent
            "निदेशक", // Devanagari needs combining marks
            "plain-ASCII_1.0",
        ];
        var data = new TheoryData<string, string>();
        foreach (string request in Requests.Keys)
        {
            foreach (string name in names)
            {
                data.Add(request, name);
            }
        }

        return data;
    }

    public static TheoryData<string, string> RefusedNames()
    {
        string[] names =
        [
            "生产 组",
            "生产组!",
            "名称@1",
            "a/b",
            "a,b",
            "tab\tname",
            "emoji😀",
            "quote'name",
            "line\nbreak",
            "\u3000全角空格",
        ];
        var data = new TheoryData<string, string>();
        foreach (string request in Requests.Keys)
        {
            foreach (string name in names)
            {
                data.Add(request, name);
            }
        }

        return data;
    }

    public static TheoryData<string> RequestNames => new(Requests.Keys);

    [Theory]
    [MemberData(nameof(AcceptedNames))]
    public void Constructor_NameInAnyScript_IsAccepted(string request, string name)
    {
        Action act = () => Requests[request](name);

        act.Should().NotThrow();
    }

    [Theory]
    [MemberData(nameof(RefusedNames))]
    public void Constructor_SpaceOrPunctuation_IsRefusedNamingTheCharacter(string request, string name)
    {
        Action act = () => Requests[request](name);

        ArgumentException exception = act.Should().Throw<ArgumentException>().Which;
        exception.ParamName.Should().BeOneOf("name", "namePrefix");
        exception.Message.Should().Contain("any script");
    }

    [Theory]
    [MemberData(nameof(RequestNames))]
    public void Constructor_TwentyTwoChineseCharacters_IsRefusedByByteLength(string request)
    {
        string name = TwentyOneChinese + "灾";
        Encoding.UTF8.GetByteCount(name).Should().Be(66);

        Action act = () => Requests[request](name);

        if (request == "BatchCreateProtectedInstancesRequest")
        {
            // name_prefix is counted in characters (1 to 59, Table 5-35), not bytes: 22 are fine; the service decides
            // whether the names it derives fit.
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("64 bytes").And.Contain("66");
        }
    }

    [Fact]
    public void BatchCreate_PrefixOf60Characters_IsRefusedByCharacterCount()
    {
        string prefix = string.Concat(Enumerable.Repeat("𠀋", 60)); // 120 UTF-16 units, 60 characters

        Action tooLong = () =>
            _ = new BatchCreateProtectedInstancesRequest(prefix, "sg-1", [new ProtectedInstanceServerInfo("srv-1")]);
        Action fits = () =>
            _ = new BatchCreateProtectedInstancesRequest(
                prefix[2..],
                "sg-1",
                [new ProtectedInstanceServerInfo("srv-1")]
            );

        tooLong.Should().Throw<ArgumentException>().Which.Message.Should().Contain("it has 60");
        fits.Should().NotThrow();
    }

    [Fact]
    public async Task StartCreateAsync_ChineseName_IsSentAsUtf8()
    {
        const string Name = "生产组-01";
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("server-groups")).UsingPost())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody(Examples.Read("server-groups/create.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        await client.ServerGroups.StartCreateAsync(
            new CreateServerGroupRequest(Name, "az-a", "az-b", "domain-1", "vpc-1")
        );

        var sent = _sdrs.SingleRequest();
        byte[] body = sent.BodyAsBytes!;
        body.AsSpan()
            .IndexOf(Encoding.UTF8.GetBytes($"\"name\":\"{Name}\""))
            .Should()
            .BeGreaterThanOrEqualTo(0, "the name travels as UTF-8, not as \\u escapes");
        JsonNode.Parse(body)!["server_group"]!["name"]!.GetValue<string>().Should().Be(Name);
        sent.ShouldHaveValidSignature();
    }

    [Fact]
    public async Task Emulator_ChineseName_IsAcceptedLikeTheService()
    {
        await using var emulator = Testing.SdrsEmulator.Start();
        using SdrsClient client = emulator.CreateClient();
        ActiveDomain domain = (await client.ActiveDomains.ListAsync())[0];

        SdrsJobOperation<ServerGroup> create = await client.ServerGroups.StartCreateAsync(
            new CreateServerGroupRequest(
                "生产组-01",
                domain.LocalReplicationCluster!.AvailabilityZone!,
                domain.RemoteReplicationCluster!.AvailabilityZone!,
                domain.Id,
                Testing.EmulatedIds.NewVpcId()
            )
        );
        ServerGroup group = await create.WaitForResourceAsync();

        group.Name.Should().Be("生产组-01");

        // Looser than the service is safe: a name the SDK lets through and the service refuses comes back typed.
        Func<Task> cyrillic = () =>
            client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest(
                    "Дом-1",
                    domain.LocalReplicationCluster!.AvailabilityZone!,
                    domain.RemoteReplicationCluster!.AvailabilityZone!,
                    domain.Id,
                    Testing.EmulatedIds.NewVpcId()
                )
            );
        (await cyrillic.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.0202");
    }

    public void Dispose() => _sdrs.Dispose();
}
