using SdrsSdk.Testing;

namespace SdrsSdk.Tests.Jobs;

/// <summary>A handle rebuilt from a saved job ID in another client (as another process would): the same typed handle
/// the start call returned, without sending the write again.</summary>
public sealed class RehydrationTests : IDisposable
{
    private const string VpcId = "046852ef-c49d-409b-8389-546aaaa5701f";
    private readonly SdrsEmulator _emulator = SdrsEmulator.Start();

    [Fact]
    public async Task ResumeCreate_InASecondClient_ReturnsTheCreatedGroupWithoutSendingAgain()
    {
        string jobId;
        using (SdrsClient first = _emulator.CreateClient())
        {
            SdrsJobOperation<ServerGroup> started = await first.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest(
                    "orders",
                    "cn-north-1a",
                    "cn-north-1b",
                    "fb4bb8e3-a574-4437-a156-78c916aeea4d",
                    VpcId
                )
            );
            jobId = started.Id!;
        }

        using SdrsClient second = _emulator.CreateClient();
        SdrsJobOperation<ServerGroup> resumed = second.ServerGroups.ResumeCreate(jobId);
        ServerGroup group = await resumed.WaitForResourceAsync();

        resumed.Id.Should().Be(jobId);
        resumed.ExpectedJobType.Should().Be(JobType.CreateProtectionGroup);
        resumed.EntityKey.Should().Be("server_group_id");
        resumed.ResourceId.Should().Be(group.Id);
        group.Name.Should().Be("orders");
        _emulator.Journal.Count(entry => entry.Method == "POST").Should().Be(1, "the creation was sent once");
    }

    [Fact]
    public async Task Resume_AnUntypedHandle_WaitsForTheSavedJob()
    {
        using SdrsClient client = _emulator.CreateClient();
        ServerGroup group = await (
            await client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest(
                    "orders",
                    "cn-north-1a",
                    "cn-north-1b",
                    "fb4bb8e3-a574-4437-a156-78c916aeea4d",
                    VpcId
                )
            )
        ).WaitForResourceAsync();
        string jobId = (await client.ServerGroups.StartDeleteAsync(group.Id)).Id!;

        using SdrsClient other = _emulator.CreateClient();
        SdrsJob job = await other.Jobs.Resume(jobId, JobType.DeleteProtectionGroup).WaitForCompletionAsync();

        job.Status.Should().Be(JobStatus.Success);
        (await other.ServerGroups.ListAsync()).ServerGroups.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("../jobs")]
    public void Resume_NotAJobId_IsRefusedBeforeAnyRequest(string jobId)
    {
        using SdrsClient client = _emulator.CreateClient();

        Action typed = () => client.Drills.ResumeCreate(jobId);
        Action untyped = () => client.Jobs.Resume(jobId, JobType.CreateProtectionGroup);

        typed.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("jobId");
        untyped.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("jobId");
        _emulator.Journal.Should().BeEmpty();
    }

    public void Dispose() => _emulator.Dispose();
}
