using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Resources.ServerGroups;

/// <summary>Argument rules of the protection-group calls (reference 5.4): broken requests and IDs are refused before
/// any request.</summary>
public sealed class ServerGroupValidationTests : IDisposable
{
    private const string GroupId = "40df180b-9fe2-471a-8c64-1b758dc84189";
    private readonly MockSdrs _sdrs = new();

    public static TheoryData<string> InvalidIds =>
        new() { "", " ", "a/b", "..", "id?x=1", "id#frag", " padded", "tab\there" };

    // ---------------------------------------------------------------- create / update validation

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("has space")]
    [InlineData("slash/name")]
    [InlineData("angle<name")]
    [InlineData("comma,name")]
    [InlineData("名称@")]
    [InlineData("name@1")]
    public void CreateServerGroupRequest_InvalidName_ThrowsNamingName(string name)
    {
        Action act = () => _ = new CreateServerGroupRequest(name, "az-a", "az-b", "domain-1", "vpc-1");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public void CreateServerGroupRequest_NameOf65Bytes_ThrowsNamingLengthRule()
    {
        Action act = () => _ = new CreateServerGroupRequest(new string('a', 65), "az-a", "az-b", "domain-1", "vpc-1");

        var exception = act.Should().Throw<ArgumentException>().Which;
        exception.ParamName.Should().Be("name");
        exception.Message.Should().Contain("64 bytes");
    }

    [Fact]
    public void CreateServerGroupRequest_NameOf64BytesWithEveryAllowedCharacter_IsAccepted()
    {
        string name = "Az09._-" + new string('x', 57);

        var request = new CreateServerGroupRequest(name, "az-a", "az-b", "domain-1", "vpc-1");

        request.Name.Should().Be(name).And.HaveLength(64);
    }

    [Fact]
    public void CreateServerGroupRequest_NullName_ThrowsArgumentNull()
    {
        Action act = () => _ = new CreateServerGroupRequest(null!, "az-a", "az-b", "domain-1", "vpc-1");

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("name");
    }

    [Theory]
    [InlineData(null, "az-b", "domain-1", "vpc-1", "sourceAvailabilityZone", "source_availability_zone")]
    [InlineData("", "az-b", "domain-1", "vpc-1", "sourceAvailabilityZone", "source_availability_zone")]
    [InlineData("az-a", null, "domain-1", "vpc-1", "targetAvailabilityZone", "target_availability_zone")]
    [InlineData("az-a", " ", "domain-1", "vpc-1", "targetAvailabilityZone", "target_availability_zone")]
    [InlineData("az-a", "az-b", null, "vpc-1", "domainId", "domain_id")]
    [InlineData("az-a", "az-b", "", "vpc-1", "domainId", "domain_id")]
    [InlineData("az-a", "az-b", "domain-1", null, "sourceVpcId", "source_vpc_id")]
    [InlineData("az-a", "az-b", "domain-1", "\t", "sourceVpcId", "source_vpc_id")]
    public void CreateServerGroupRequest_MissingRequiredValue_ThrowsNamingField(
        string? source,
        string? target,
        string? domain,
        string? vpc,
        string paramName,
        string field
    )
    {
        Action act = () => _ = new CreateServerGroupRequest("pg-1", source!, target!, domain!, vpc!);

        var exception = act.Should().Throw<ArgumentException>().Which;
        exception.ParamName.Should().Be(paramName);
        exception.Message.Should().Contain(field).And.Contain("required");
    }

    [Theory]
    [InlineData("<script>")]
    [InlineData("a > b")]
    public void CreateServerGroupRequest_DescriptionWithAngleBracket_ThrowsNamingDescription(string description)
    {
        Action act = () =>
            _ = new CreateServerGroupRequest("pg-1", "az-a", "az-b", "domain-1", "vpc-1") { Description = description };

        var exception = act.Should().Throw<ArgumentException>().Which;
        exception.ParamName.Should().Be("Description");
        exception.Message.Should().Contain("description").And.Contain("'<' or '>'");
    }

    [Fact]
    public void CreateServerGroupRequest_DescriptionOver64Bytes_ThrowsNamingLengthRule()
    {
        // 22 three-byte characters: 22 characters but 66 bytes.
        string description = new('中', 22);

        Action act = () =>
            _ = new CreateServerGroupRequest("pg-1", "az-a", "az-b", "domain-1", "vpc-1") { Description = description };

        var exception = act.Should().Throw<ArgumentException>().Which;
        exception.ParamName.Should().Be("Description");
        exception.Message.Should().Contain("64 bytes");
    }

    [Fact]
    public void CreateServerGroupRequest_DescriptionOf64BytesWithOtherCharacters_IsAccepted()
    {
        string description = "desc: a & b; \"quoted\" " + new string('x', 42);

        var request = new CreateServerGroupRequest("pg-1", "az-a", "az-b", "domain-1", "vpc-1")
        {
            Description = description,
        };

        request.Description.Should().Be(description);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bad name")]
    [InlineData("bad<name")]
    public async Task UpdateAsync_InvalidName_ThrowsBeforeSending(string name)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.ServerGroups.UpdateAsync(GroupId, name);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("name");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateAsync_NameOf65Bytes_ThrowsBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.ServerGroups.UpdateAsync(GroupId, new string('n', 65));

        (await act.Should().ThrowAsync<ArgumentException>())
            .Which.Message.Should()
            .Contain("name")
            .And.Contain("64 bytes");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateAsync_NullRequest_ThrowsBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.ServerGroups.UpdateAsync(GroupId, (UpdateServerGroupRequest)null!);

        (await act.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("request");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    // ---------------------------------------------------------------- IDs as path segments

    [Theory]
    [MemberData(nameof(InvalidIds))]
    public async Task EveryOperationWithAnId_InvalidId_ThrowsBeforeSending(string id)
    {
        using SdrsClient client = _sdrs.CreateClient();
        ServerGroupsClient groups = client.ServerGroups;
        var calls = new (string Name, Func<Task> Call)[]
        {
            ("GetAsync", () => groups.GetAsync(id)),
            ("StartDeleteAsync", () => groups.StartDeleteAsync(id)),
            ("UpdateAsync(name)", () => groups.UpdateAsync(id, "new-name")),
            ("UpdateAsync(request)", () => groups.UpdateAsync(id, new UpdateServerGroupRequest("new-name"))),
            ("StartProtectionAsync", () => groups.StartProtectionAsync(id)),
            ("StartStopProtectionAsync", () => groups.StartStopProtectionAsync(id)),
            ("StartFailoverAsync", () => groups.StartFailoverAsync(id)),
            ("StartPlannedFailoverAsync", () => groups.StartPlannedFailoverAsync(id, PriorityStation.Target)),
        };

        foreach ((string name, Func<Task> call) in calls)
        {
            (await call.Should().ThrowAsync<ArgumentException>(name))
                .Which.ParamName.Should()
                .Be("serverGroupId", name);
        }

        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task EveryOperationWithAnId_NullId_ThrowsArgumentNull()
    {
        using SdrsClient client = _sdrs.CreateClient();
        ServerGroupsClient groups = client.ServerGroups;
        var calls = new Func<Task>[]
        {
            () => groups.GetAsync(null!),
            () => groups.StartDeleteAsync(null!),
            () => groups.UpdateAsync(null!, "new-name"),
            () => groups.StartProtectionAsync(null!),
            () => groups.StartStopProtectionAsync(null!),
            () => groups.StartFailoverAsync(null!),
            () => groups.StartPlannedFailoverAsync(null!, PriorityStation.Source),
        };

        foreach (Func<Task> call in calls)
        {
            (await call.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("serverGroupId");
        }

        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    public void Dispose() => _sdrs.Dispose();
}
