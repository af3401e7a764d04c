using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using SdrsSdk.Testing;
using SdrsSdk.Testing.Internal;

namespace SdrsSdk.Tests.Emulator;

/// <summary>
/// The rename answers (reference 5.4.5, 5.5.5) and 5.8.1's <c>resource_detail</c> print timestamps as their examples
/// do, the fraction without trailing zeros (<c>22:11:45.0</c>, <c>01:40:00.74</c>), and the SDK reads that form.
/// </summary>
public sealed class TimestampFormEmulationTests : EmulatorTest
{
    private static readonly DateTimeOffset Created = new(2018, 5, 9, 22, 11, 45, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Renamed = new(2019, 5, 30, 1, 40, 0, 740, TimeSpan.Zero);

    public TimestampFormEmulationTests()
        : base(new SdrsEmulatorOptions { TimeProvider = new FakeTimeProvider(Created) }) { }

    private FakeTimeProvider Clock => (FakeTimeProvider)Emulator.TimeProvider;

    [Theory]
    [InlineData(0, "2018-05-09 22:11:45.0")]
    [InlineData(740, "2018-05-09 22:11:45.74")]
    [InlineData(66, "2018-05-09 22:11:45.066")]
    [InlineData(100, "2018-05-09 22:11:45.1")]
    [InlineData(256, "2018-05-09 22:11:45.256")]
    public void TrimmedResourceTime_DropsTrailingZerosButKeepsOneDigit(int milliseconds, string expected)
    {
        Wire.TrimmedResourceTime(Created.AddMilliseconds(milliseconds)).Should().Be(expected);
    }

    [Fact]
    public async Task RenameGroup_AnswersTheTrimmedForm_WhichTheSdkReads()
    {
        string groupId = await GroupAsync();
        Clock.SetUtcNow(Renamed);

        (int status, JsonNode? raw, _) = await SendRawAsync(
            HttpMethod.Put,
            ProjectPath($"server-groups/{groupId}"),
            """{"server_group":{"name":"raw-name"}}"""
        );
        ServerGroup renamed = await Client.ServerGroups.UpdateAsync(groupId, "sdk-name");

        status.Should().Be(200);
        raw!["server_group"]!["created_at"]!.GetValue<string>().Should().Be("2018-05-09 22:11:45.0");
        raw["server_group"]!["updated_at"]!.GetValue<string>().Should().Be("2019-05-30 01:40:00.74");
        renamed.CreatedAt.Should().Be(Created);
        renamed.UpdatedAt.Should().Be(Renamed);
        (await Client.ServerGroups.GetAsync(groupId)).UpdatedAt.Should().Be(Renamed);
    }

    [Fact]
    public async Task RenameInstanceAndTagFilter_AnswerTheTrimmedForm_WhichTheSdkReads()
    {
        string instanceId = await InstanceAsync(await GroupAsync());
        Clock.SetUtcNow(Renamed);

        (int status, JsonNode? raw, _) = await SendRawAsync(
            HttpMethod.Put,
            ProjectPath($"protected-instances/{instanceId}"),
            """{"protected_instance":{"name":"raw-name"}}"""
        );
        ProtectedInstance renamed = await Client.ProtectedInstances.UpdateAsync(
            instanceId,
            new UpdateProtectedInstanceRequest("sdk-name")
        );
        (int filterStatus, JsonNode? filtered, _) = await SendRawAsync(
            HttpMethod.Post,
            ProjectPath("protected-instances/resource_instances/action"),
            """{"action":"filter"}"""
        );
        TaggedProtectedInstancePage page = await Client.Tags.FilterAsync();

        status.Should().Be(200);
        raw!["protected_instance"]!["created_at"]!.GetValue<string>().Should().Be("2018-05-09 22:11:45.0");
        raw["protected_instance"]!["updated_at"]!.GetValue<string>().Should().Be("2019-05-30 01:40:00.74");
        renamed.UpdatedAt.Should().Be(Renamed);
        filterStatus.Should().Be(200, filtered?.ToJsonString());
        JsonNode detail = filtered!["resources"]![0]!["resource_detail"]!;
        detail["created_at"]!.GetValue<string>().Should().Be("2018-05-09 22:11:45.0");
        detail["updated_at"]!.GetValue<string>().Should().Be("2019-05-30 01:40:00.74");
        ProtectedInstance read = page.Resources.Should().ContainSingle().Subject.ResourceDetail!;
        read.CreatedAt.Should().Be(Created);
        read.UpdatedAt.Should().Be(Renamed);
    }

    [Fact]
    public async Task Get_KeepsThreeFractionDigits()
    {
        string groupId = await GroupAsync();

        (_, JsonNode? raw, _) = await SendRawAsync(HttpMethod.Get, ProjectPath($"server-groups/{groupId}"));

        raw!["server_group"]!["created_at"]!.GetValue<string>().Should().Be("2018-05-09 22:11:45.000");
    }

    /// <summary>Creates a group without polling (the clock is fake), and returns its ID.</summary>
    private async Task<string> GroupAsync()
    {
        SdrsJobOperation<ServerGroup> create = await Client.ServerGroups.StartCreateAsync(
            new CreateServerGroupRequest("group-1", SourceAz, TargetAz, DomainId, VpcId)
        );
        Emulator.CompletePendingJobs();
        return (await Client.Jobs.GetAsync(create.Id!)).Entities!.ServerGroupId!;
    }

    private async Task<string> InstanceAsync(string groupId)
    {
        SdrsJobOperation<ProtectedInstance> create = await Client.ProtectedInstances.StartCreateAsync(
            new CreateProtectedInstanceRequest(groupId, "3c4a1b7e-9f0d-4e52-8a61-0b2f7d9c5e14", "instance-1")
        );
        Emulator.CompletePendingJobs();
        return (await Client.Jobs.GetAsync(create.Id!)).Entities!.ProtectedInstanceId!;
    }
}
