using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Resources.Replications;

/// <summary>Argument rules of the replication-pair calls (reference 5.6): broken values are refused before any
/// request.</summary>
public sealed class ReplicationPairValidationTests : IDisposable
{
    private const string ReplicationId = "b93bc1c4-67ee-45a1-bc8a-d022fdd28811";
    private readonly MockSdrs _sdrs = new();

    // ---- validation: nothing reaches the server ---------------------------------------------------------------

    public static TheoryData<string?, string?, string?, string> InvalidCreateArguments =>
        new()
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
    public async Task StartCreateAsync_InvalidRequiredValue_ThrowsBeforeSending(
        string? serverGroupId,
        string? volumeId,
        string? name,
        string expectedParam
    )
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () =>
            client.Replications.StartCreateAsync(new CreateReplicationPairRequest(serverGroupId!, volumeId!, name!));

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

        await FluentActions
            .Awaiting(() => client.Replications.GetAsync(null!))
            .Should()
            .ThrowAsync<ArgumentNullException>();
        await FluentActions
            .Awaiting(() => client.Replications.StartDeleteAsync(null!))
            .Should()
            .ThrowAsync<ArgumentNullException>();
        await FluentActions
            .Awaiting(() => client.Replications.StartExpandAsync(null!, 20))
            .Should()
            .ThrowAsync<ArgumentNullException>();
        await FluentActions
            .Awaiting(() => client.Replications.UpdateAsync(null!, new UpdateReplicationPairRequest("n")))
            .Should()
            .ThrowAsync<ArgumentNullException>();
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task StartDeleteAsync_EmptyServerGroupId_ThrowsBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () =>
            client.Replications.StartDeleteAsync(
                ReplicationId,
                new DeleteReplicationPairRequest { ServerGroupId = "" }
            );

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

    public static TheoryData<ReplicationPairQuery, string> InvalidQueries =>
        new()
        {
            {
                new ReplicationPairQuery { Limit = -1 },
                "limit"
            },
            {
                new ReplicationPairQuery { Limit = 1001 },
                "limit"
            },
            {
                new ReplicationPairQuery { Offset = -1 },
                "offset"
            },
            {
                new ReplicationPairQuery { ServerGroupIds = Enumerable.Range(0, 31).Select(i => $"sg-{i}").ToArray() },
                "serverGroupIds"
            },
            {
                new ReplicationPairQuery { ServerGroupIds = [] },
                "serverGroupIds"
            },
            {
                new ReplicationPairQuery { ServerGroupIds = ["sg-1", " "] },
                "serverGroupIds"
            },
            {
                new ReplicationPairQuery { ServerGroupIds = ["sg-1','sg-2"] },
                "serverGroupIds"
            },
            {
                new ReplicationPairQuery
                {
                    ProtectedInstanceIds = Enumerable.Range(0, 31).Select(i => $"pi-{i}").ToArray(),
                },
                "protectedInstanceIds"
            },
            {
                new ReplicationPairQuery { ProtectedInstanceIds = [] },
                "protectedInstanceIds"
            },
            {
                new ReplicationPairQuery { ProtectedInstanceIds = ["pi\"1"] },
                "protectedInstanceIds"
            },
        };

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public async Task ListAsync_InvalidQuery_ThrowsBeforeSending(ReplicationPairQuery query, string expectedParam)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> list = () => client.Replications.ListAsync(query);
        Action listAll = () => client.Replications.ListAllAsync(query);

        (await list.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be(expectedParam);
        listAll
            .Should()
            .Throw<ArgumentException>("the walk checks its query before returning")
            .Which.ParamName.Should()
            .Be(expectedParam);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task ListAsync_ThirtyIds_IsAccepted()
    {
        _sdrs.StubExample("GET", "replications", "replications/list.response.json");
        using SdrsClient client = _sdrs.CreateClient();
        string[] ids = Enumerable.Range(0, 30).Select(i => $"sg-{i}").ToArray();

        await client.Replications.ListAsync(new ReplicationPairQuery { ServerGroupIds = ids, Limit = 1 });

        _sdrs
            .SingleRequest()
            .DecodedQuery()["server_group_ids"]
            .Should()
            .Be("[" + string.Join(',', ids.Select(id => $"'{id}'")) + "]");
    }

    [Fact]
    public void ListAllAsync_ZeroPageSize_ThrowsBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Action act = () => client.Replications.ListAllAsync(new ReplicationPairQuery { Limit = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("limit");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    public void Dispose() => _sdrs.Dispose();
}
