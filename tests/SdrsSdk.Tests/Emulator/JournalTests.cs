using Microsoft.Extensions.Time.Testing;
using SdrsSdk.Testing;
using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Emulator;

public sealed class JournalTests
{
    [Fact]
    public async Task Journal_RecordsEachRequestWithWhatItWasAnswered()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 15, 8, 30, 0, TimeSpan.Zero));
        using SdrsEmulator emulator = SdrsEmulator.Start(new SdrsEmulatorOptions { TimeProvider = clock });
        using SdrsClient client = emulator.CreateClient();
        await client.ServerGroups.ListAsync(new ServerGroupQuery { Limit = 10 });
        clock.Advance(TimeSpan.FromSeconds(5));
        Func<Task> missing = () => client.ServerGroups.GetAsync("missing-group");
        SdrsNotFoundException notFound = (await missing.Should().ThrowAsync<SdrsNotFoundException>()).Which;
        await client.ServerGroups.StartCreateAsync(
            new CreateServerGroupRequest(
                "g",
                "cn-north-1a",
                "cn-north-1b",
                "fb4bb8e3-a574-4437-a156-78c916aeea4d",
                TestIds.Of("vpc-1")
            )
        );

        IReadOnlyList<SdrsJournalEntry> journal = emulator.Journal;

        journal.Should().HaveCount(3);
        journal[0].Method.Should().Be("GET");
        journal[0].Path.Should().Be($"/v1/{emulator.ProjectId}/server-groups");
        journal[0].Query.Should().Be("limit=10");
        journal[0].StatusCode.Should().Be(200);
        journal[0].ErrorCode.Should().BeNull();
        journal[0].Body.Should().BeNull();
        journal[0].Authentication.Should().Be(SdrsAuthenticationKind.AccessKey);
        journal[0].Time.Should().Be(new DateTimeOffset(2024, 3, 15, 8, 30, 0, TimeSpan.Zero));
        journal[1].Time.Should().Be(new DateTimeOffset(2024, 3, 15, 8, 30, 5, TimeSpan.Zero));
        journal[1].StatusCode.Should().Be(400);
        journal[1].ErrorCode.Should().Be("SDRS.1013");
        journal[1].RequestId.Should().Be(notFound.RequestId, "the journal and the client see the same X-Request-Id");
        journal[2].Method.Should().Be("POST");
        journal[2].Body.Should().Contain("\"server_group\"");
        journal[2].ToString().Should().Be($"POST /v1/{emulator.ProjectId}/server-groups -> 200");
        journal.Select(entry => entry.RequestId).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Reset_ForgetsStateJournalFaultsAndPlannedFailures()
    {
        using SdrsEmulator emulator = SdrsEmulator.Start();
        using SdrsClient client = emulator.CreateClient();
        await (
            await client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest(
                    "g",
                    "cn-north-1a",
                    "cn-north-1b",
                    "fb4bb8e3-a574-4437-a156-78c916aeea4d",
                    TestIds.Of("vpc-1")
                )
            )
        ).WaitForCompletionAsync();
        emulator.InjectFault(SdrsFault.ServiceUnavailable(), count: 3);
        emulator.FailNextJob(JobType.CreateProtectionGroup);

        emulator.Reset();

        emulator.Journal.Should().BeEmpty();
        (await client.ServerGroups.ListAsync()).Count.Should().Be(0);
        SdrsJob created = await (
            await client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest(
                    "g",
                    "cn-north-1a",
                    "cn-north-1b",
                    "fb4bb8e3-a574-4437-a156-78c916aeea4d",
                    TestIds.Of("vpc-1")
                )
            )
        ).WaitForCompletionAsync();
        created.Status.Should().Be(JobStatus.Success);
        emulator.Journal.Should().OnlyContain(entry => entry.StatusCode == 200);
    }
}
