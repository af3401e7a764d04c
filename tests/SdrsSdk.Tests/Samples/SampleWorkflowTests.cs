using DrDrill;
using Failover;
using QuickStart;
using SdrsSdk.Testing;

namespace SdrsSdk.Tests.Samples;

/// <summary>The sample programs' workflows, run against the embedded emulator as the README's main command runs
/// them.</summary>
public sealed class SampleWorkflowTests : Emulator.EmulatorTest
{
    [Fact]
    public async Task QuickStart_AgainstTheEmulator_RunsEveryStepAndCleansUp()
    {
        using SdrsClient client = Emulator.CreateClient();
        var output = new StringWriter();

        int jobs = await new QuickStartWorkflow(
            client,
            new QuickStartSite(EmulatedIds.NewVpcId(), EmulatedIds.NewServerId(), EmulatedIds.NewVolumeId()),
            output
        ).RunAsync();

        jobs.Should().Be(14);
        string text = output.ToString();
        foreach (
            string step in new[]
            {
                "1. Active-active domains",
                "2. Creating protection group",
                "3. Protecting server",
                "4. Replicating disk",
                "5. Enabling protection",
                "6. Running a DR drill",
                "7. Planned failover",
                "8. Cleaning up",
                "Done: 14 jobs completed.",
            }
        )
        {
            text.Should().Contain(step);
        }

        text.Should().Contain("production now runs in cn-north-1b").And.Contain("production back in cn-north-1a");
        text.Should().Contain("SUCCESS").And.NotContain("FAIL ");
        (await client.ServerGroups.ListAsync()).Count.Should().Be(0, "the quick start deletes what it created");
        (await client.Replications.ListAsync()).Count.Should().Be(0);
        Emulator
            .Journal.Should()
            .OnlyContain(entry => entry.Authentication == SdrsAuthenticationKind.AccessKey || entry.Path == "/");
    }

    [Fact]
    public async Task QuickStart_JobFails_CleansUpAndSurfacesTheFailure()
    {
        using SdrsClient client = Emulator.CreateClient();
        Emulator.FailNextJob(JobType.CreateDisasterRecoveryDrill);
        var output = new StringWriter();

        Func<Task> act = () =>
            new QuickStartWorkflow(
                client,
                new QuickStartSite(EmulatedIds.NewVpcId(), EmulatedIds.NewServerId(), EmulatedIds.NewVolumeId()),
                output
            ).RunAsync();

        (await act.Should().ThrowAsync<SdrsJobFailedException>())
            .Which.JobType.Should()
            .Be(JobType.CreateDisasterRecoveryDrill);
        output.ToString().Should().Contain("8. Cleaning up");
        (await client.ProtectedInstances.ListAsync()).Count.Should().Be(0, "cleanup ran although the drill failed");
    }

    [Fact]
    public async Task DrDrill_ProtectedGroup_PassesAndDeletesTheDrill()
    {
        using SdrsClient client = Emulator.CreateClient();
        string groupId = (await CreateProtectedAsync()).Group.Id;
        var output = new StringWriter();

        DrillReport report = await new DrillRunbook(client, output).RunAsync(groupId);

        report.Succeeded.Should().BeTrue(output.ToString());
        report.Drill!.DrillServers.Should().ContainSingle();
        (await client.Drills.ListAsync()).Count.Should().Be(0, "the runbook always deletes its drill");
        output.ToString().Should().Contain("DRILL PASSED");
    }

    [Fact]
    public async Task DrDrill_DrillJobFails_ReportsTheFailure()
    {
        using SdrsClient client = Emulator.CreateClient();
        string groupId = (await CreateProtectedAsync()).Group.Id;
        Emulator.FailNextJob(JobType.CreateDisasterRecoveryDrill, "SDRS.1920");
        var output = new StringWriter();

        DrillReport report = await new DrillRunbook(client, output).RunAsync(groupId);

        report.Succeeded.Should().BeFalse();
        report.Problems.Should().ContainSingle().Which.Should().Contain("SDRS.1920");
        output.ToString().Should().Contain("DRILL FAILED");
    }
}

/// <summary>The failover runbook, on an emulator whose jobs take 600 ms so the first wait can be interrupted.</summary>
public sealed class FailoverSampleTests()
    : Emulator.EmulatorTest(new SdrsEmulatorOptions { JobDuration = TimeSpan.FromMilliseconds(600) })
{
    [Fact]
    public async Task Failover_InterruptedThenResumed_FromTheSavedJobId()
    {
        SdrsEmulator slow = Emulator;
        string state = Path.Combine(Path.GetTempPath(), $"sdrs-failover-test-{Guid.NewGuid():N}.json");
        string groupId = (await CreateProtectedAsync()).Group.Id;

        using (SdrsClient first = slow.CreateClient())
        using (var crash = new CancellationTokenSource(TimeSpan.FromMilliseconds(150)))
        {
            Func<Task> interrupted = () =>
                new FailoverRunbook(first, state, TextWriter.Null).FailOverAsync(groupId, crash.Token);
            await interrupted.Should().ThrowAsync<OperationCanceledException>();
        }

        File.Exists(state).Should().BeTrue("the job ID was saved before waiting");
        using SdrsClient second = slow.CreateClient();
        ServerGroup group = await new FailoverRunbook(second, state, TextWriter.Null).ResumeAsync();

        group.Status.Should().Be(ServerGroupStatus.FailedOver);
        group.CurrentProductionAvailabilityZone.Should().Be("cn-north-1b");
        File.Exists(state).Should().BeFalse();
        slow.Journal.Count(entry =>
                entry.Method == "POST"
                && entry.Path.EndsWith("/action", StringComparison.Ordinal)
                && entry.Body!.Contains("failover", StringComparison.Ordinal)
            )
            .Should()
            .Be(1, "resuming never starts a second failover");
    }
}
