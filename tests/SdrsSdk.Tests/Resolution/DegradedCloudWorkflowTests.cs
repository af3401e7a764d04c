using System.Globalization;
using Microsoft.Extensions.Logging;
using SdrsSdk.Resolution.Internal;
using SdrsSdk.Testing;
using SdrsSdk.Tests.TestSupport;
using Xunit.Abstractions;

namespace SdrsSdk.Tests.Resolution;

/// <summary>
/// Every asynchronous operation and every write of the SDK, in a disaster-recovery workflow, against an emulator that
/// fails 30 % of all requests with every fault kind (refused before the work, answer lost after it, garbled), with no
/// recovery code: each step is one plain call. The SDK must absorb every fault (retry, or read back and resolve), start
/// nothing twice, and let no exception reach the workflow.
/// </summary>
/// <remarks>One class per seed, so that the seeds run in parallel (xunit runs the classes of a run side by side; each
/// seed mostly waits on its jobs).</remarks>
public abstract class DegradedCloudWorkflowTests(ITestOutputHelper output, int seed)
{
    private const string Vpc = "3c1f2a9e-5d47-4b8e-9a61-0f2d7c8e4b15";

    /// <summary>Every fault the emulator can inject, drawn uniformly.</summary>
    private static readonly SdrsFault[] AllFaults =
    [
        SdrsFault.Status(503),
        SdrsFault.Status(502),
        SdrsFault.Status(500),
        SdrsFault.Throttled(TimeSpan.Zero),
        SdrsFault.DropConnection(),
        SdrsFault.StatusAfterProcessing(504),
        SdrsFault.StatusAfterProcessing(502),
        SdrsFault.DropConnection(afterProcessing: true),
        SdrsFault.EmptyResponse(),
        SdrsFault.MalformedResponse(),
    ];

    [Fact]
    public async Task EveryWrite_ThirtyPercentFaults_CompletesWithoutDuplicatesOrSurfacedExceptions()
    {
        await using SdrsEmulator emulator = SdrsEmulator.Start(
            new SdrsEmulatorOptions
            {
                FaultRate = 0.3,
                Seed = seed,
                RandomFaults = AllFaults,
                VpcIds = [Vpc, TestIds.Of("vpc-drill")],
                Servers =
                [
                    new(TestIds.Of("ecs-a")) { VpcId = Vpc },
                    new(TestIds.Of("ecs-b")) { VpcId = Vpc },
                    new(TestIds.Of("ecs-c")) { VpcId = Vpc },
                ],
                Volumes = [new(TestIds.Of("evs-a")) { SizeGb = 10 }],

                // Jobs run by time, as the service's do (a handle resolved by lookup follows the resource, not the
                // job), and long enough that a read-back right after a lost answer finds a resize or a NIC job
                // running: SDRS shows neither's result once it ended.
                JobDuration = TimeSpan.FromMilliseconds(300),
            }
        );
        var logs = new CapturingLoggerProvider();
        using SdrsClient client = emulator.CreateClient(configure: options =>
        {
            // Configuration, not recovery: enough retries that a read rarely meets 30 % faults 11 times in a row, and a
            // short settle wait and skew window, since the emulator and the client share one clock.
            options.Retry.MaxRetries = 10;
            options.Resolution = new SdrsResolutionOptions
            {
                SettleDelay = TimeSpan.FromMilliseconds(20),
                ClockSkew = TimeSpan.FromMilliseconds(200),
            };
            options.LoggerFactory = LoggerFactory.Create(builder =>
                builder.AddProvider(logs).SetMinimumLevel(LogLevel.Information)
            );
        });

        try
        {
            // A hang is a failure with the story so far, not a stuck test run.
            await RunWorkflowAsync(client, emulator).WaitAsync(TimeSpan.FromSeconds(90));
        }
        catch (Exception)
        {
            foreach (SdrsJournalEntry entry in emulator.Journal.TakeLast(15))
            {
                output.WriteLine("journal: " + entry);
            }

            foreach (string line in logs.Lines(5001).Concat(logs.Lines(5002)).TakeLast(10))
            {
                output.WriteLine("log: " + line);
            }

            throw;
        }

        IReadOnlyList<SdrsJournalEntry> journal = emulator.Journal;
        int injected = journal.Count(entry => entry.Fault is not null);
        int resolutions = logs.Count(5001);
        int resends = logs.Count(5002);
        int applied = logs.Lines(5001).Count(line => line.Contains(": Applied.", StringComparison.Ordinal));
        int retried = logs.Count(3010);
        int pollsRidden = logs.Count(2002);
        output.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"seed {seed}: {journal.Count} requests, {injected} faults injected; absorbed by the request retry "
                    + $"{retried}, by the job poller {pollsRidden}; resolved by lookup {resolutions} "
                    + $"({applied} applied, "
                    + $"{resends} sent again); surfaced 0"
            )
        );
        foreach (string line in logs.Lines(5001).Concat(logs.Lines(5002)))
        {
            output.WriteLine("  " + line);
        }

        injected.Should().BeGreaterThan(20, "the seed must exercise the faults");
        resolutions.Should().BeGreaterThan(0, "some writes must have lost their answer");
        NoDuplicates(journal);
    }

    /// <summary>The workflow: every call a plain await; the assertions check the state, not the path taken.</summary>
    private static async Task RunWorkflowAsync(SdrsClient client, SdrsEmulator emulator)
    {
        ActiveDomain domain = (await client.ActiveDomains.ListAsync()).First(candidate => candidate.SoldOut != true);
        string production = domain.LocalReplicationCluster!.AvailabilityZone!;
        string disasterRecovery = domain.RemoteReplicationCluster!.AvailabilityZone!;

        ServerGroup group = await (
            await client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest("orders", production, disasterRecovery, domain.Id, Vpc)
            )
        ).WaitForResourceAsync();
        await client.ServerGroups.UpdateAsync(group.Id, new UpdateServerGroupRequest("orders-prod"));

        ProtectedInstance instance = await (
            await client.ProtectedInstances.StartCreateAsync(
                new CreateProtectedInstanceRequest(group.Id, TestIds.Of("ecs-a"), "a")
            )
        ).WaitForResourceAsync();
        await client.ProtectedInstances.UpdateAsync(instance.Id, new UpdateProtectedInstanceRequest("a-prod"));
        ReplicationPair pair = await (
            await client.Replications.StartCreateAsync(
                new CreateReplicationPairRequest(group.Id, TestIds.Of("evs-a"), "a-sys")
            )
        ).WaitForResourceAsync();
        await client.Replications.UpdateAsync(pair.Id, new UpdateReplicationPairRequest("a-system"));
        await (
            await client.ProtectedInstances.StartAttachReplicationAsync(
                instance.Id,
                new AttachReplicationPairRequest(pair.Id, "/dev/vda")
            )
        ).WaitForCompletionAsync();
        await (
            await client.ProtectedInstances.StartBatchCreateAsync(
                new BatchCreateProtectedInstancesRequest(
                    "web",
                    group.Id,
                    [
                        new ProtectedInstanceServerInfo(TestIds.Of("ecs-b")),
                        new ProtectedInstanceServerInfo(TestIds.Of("ecs-c")),
                    ]
                )
            )
        ).WaitForCompletionAsync();

        // Tags: each write repeatable, each search a read.
        await client.Tags.AddTagAsync(instance.Id, "tier", "gold");
        await client.Tags.AddTagsAsync(instance.Id, [new ResourceTag("app", "orders"), new ResourceTag("env", "prod")]);
        await client.Tags.DeleteTagsAsync(instance.Id, [new ResourceTag("env", "prod")]);
        await client.Tags.DeleteTagAsync(instance.Id, "tier");
        (await client.Tags.CountAsync()).Should().Be(3, "the search without a filter counts every instance");
        (await client.Tags.ListAsync(instance.Id)).Should().ContainSingle().Which.Key.Should().Be("app");

        // Changes to the instance and the pair, before protection. SDRS shows no flavor, so a lost answer to a resize
        // resolves only while it runs or when the instance is untouched since before the request (by the skew
        // window): the expansion, which does not touch the instance, gives it that time.
        await (await client.Replications.StartExpandAsync(pair.Id, 20)).WaitForCompletionAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(250));
        await (
            await client.ProtectedInstances.StartResizeAsync(
                instance.Id,
                new ResizeProtectedInstanceRequest { FlavorRef = "s3.large.2" }
            )
        ).WaitForCompletionAsync();
        await (await client.ServerGroups.StartProtectionAsync(group.Id)).WaitForCompletionAsync();

        // NICs: SDRS lists none, so a lost answer resolves only while the job runs or when the instance is untouched
        // since before the request; waiting out the skew window keeps the second case decidable.
        await Task.Delay(TimeSpan.FromMilliseconds(250));
        SdrsJob addedNic = await (
            await client.ProtectedInstances.StartAddNicAsync(
                instance.Id,
                new AddNicRequest("d32019d3-bc6e-4319-9c1d-6722fc136a23")
            )
        ).WaitForCompletionAsync();
        ProtectedInstance withNic = await client.ProtectedInstances.GetAsync(instance.Id);
        withNic.Status.Should().Be(ProtectedInstanceStatus.Protected);

        // The drill: one that fails (for the task center), one that works.
        emulator.FailNextJob(JobType.CreateDisasterRecoveryDrill, "SDRS.9999", "drill servers could not start");
        SdrsJobOperation<DisasterRecoveryDrill> failing = await client.Drills.StartCreateAsync(
            new CreateDisasterRecoveryDrillRequest(group.Id, "drill-1") { DrillVpcId = TestIds.Of("vpc-drill") }
        );
        SdrsJobFailedException failed = (
            await FluentActions
                .Awaiting(() => failing.WaitForCompletionAsync())
                .Should()
                .ThrowAsync<SdrsJobFailedException>()
        ).Which;
        failed.JobType.Should().Be(JobType.CreateDisasterRecoveryDrill);
        FailureJob failure = (
            await client.TaskCenter.ListFailedJobsAsync(new FailureJobQuery { ServerGroupId = group.Id })
        )
            .FailureJobs.Should()
            .ContainSingle()
            .Subject;
        await client.TaskCenter.DeleteFailedJobAsync(failure.JobId);
        DisasterRecoveryDrill broken = (await client.Drills.ListAsync())
            .DisasterRecoveryDrills.Should()
            .ContainSingle()
            .Subject;
        await (await client.Drills.StartDeleteAsync(broken.Id)).WaitForCompletionAsync();

        DisasterRecoveryDrill drill = await (
            await client.Drills.StartCreateAsync(new CreateDisasterRecoveryDrillRequest(group.Id, "drill-2"))
        ).WaitForResourceAsync();
        await client.Drills.UpdateAsync(drill.Id, new UpdateDisasterRecoveryDrillRequest("drill-daily"));
        await (await client.Drills.StartDeleteAsync(drill.Id)).WaitForCompletionAsync();

        // Failover, re-protection, planned failover and back.
        await (await client.ServerGroups.StartFailoverAsync(group.Id)).WaitForCompletionAsync();
        (await client.ServerGroups.GetAsync(group.Id)).Status.Should().Be(ServerGroupStatus.FailedOver);
        await (await client.ServerGroups.StartProtectionAsync(group.Id)).WaitForCompletionAsync();
        await (
            await client.ServerGroups.StartPlannedFailoverAsync(group.Id, PriorityStation.Source)
        ).WaitForCompletionAsync();
        (await client.ServerGroups.GetAsync(group.Id)).PriorityStation.Should().Be(PriorityStation.Source);
        await (
            await client.ServerGroups.StartPlannedFailoverAsync(group.Id, PriorityStation.Target)
        ).WaitForCompletionAsync();
        (await client.ServerGroups.GetAsync(group.Id)).PriorityStation.Should().Be(PriorityStation.Target);

        // NIC deletion and tear-down.
        await Task.Delay(TimeSpan.FromMilliseconds(250));
        // The NIC's ID is in its job's entities; an add whose answer was lost and resolved has no job to read it from
        // (as with the service), and deleting another ID is refused (SDRS.1310), so the delete needs the job.
        if (addedNic.Entities?.NicId is { } nicId)
        {
            await (await client.ProtectedInstances.StartDeleteNicAsync(instance.Id, nicId)).WaitForCompletionAsync();
        }

        await (await client.ServerGroups.StartStopProtectionAsync(group.Id)).WaitForCompletionAsync();
        await (
            await client.ProtectedInstances.StartDetachReplicationAsync(instance.Id, pair.Id)
        ).WaitForCompletionAsync();
        await (await client.Replications.StartDeleteAsync(pair.Id)).WaitForCompletionAsync();
        string[] web =
        [
            .. (await client.ProtectedInstances.ListAsync())
                .ProtectedInstances.Where(candidate => candidate.Id != instance.Id)
                .Select(candidate => candidate.Id),
        ];
        web.Should().HaveCount(2, "the batch created two instances, once");
        await (
            await client.ProtectedInstances.StartBatchDeleteAsync(new BatchDeleteProtectedInstancesRequest(web))
        ).WaitForCompletionAsync();
        await (await client.ProtectedInstances.StartDeleteAsync(instance.Id)).WaitForCompletionAsync();
        await client.TaskCenter.DeleteFailedJobsOfServerGroupAsync(group.Id);
        await client.TaskCenter.DeleteAllFailedJobsAsync();
        await (await client.ServerGroups.StartDeleteAsync(group.Id)).WaitForCompletionAsync();

        (await client.ServerGroups.ListAsync()).Count.Should().Be(0);
        (await client.ProtectedInstances.ListAsync()).Count.Should().Be(0);
        (await client.Replications.ListAsync()).Count.Should().Be(0);
        (await client.Drills.ListAsync()).Count.Should().Be(0);
    }

    /// <summary>
    /// No write that starts a job was processed twice: per distinct request (method, path, body), the journal's
    /// processed ones (a 2xx, or a fault after processing) number what the workflow sends — once, but enabling
    /// protection twice (before and after the failover). Tags and failed tasks are idempotent and not counted.
    /// </summary>
    private static void NoDuplicates(IReadOnlyList<SdrsJournalEntry> journal)
    {
        var processed = journal
            .Where(entry => entry.Method is "POST" or "DELETE")
            .Where(entry => !entry.Path.Contains("/tags", StringComparison.Ordinal))
            .Where(entry => !entry.Path.Contains("/task-center/", StringComparison.Ordinal))
            .Where(entry => !entry.Path.EndsWith("/resource_instances/action", StringComparison.Ordinal))
            .Where(entry =>
                (entry.StatusCode is >= 200 and < 300 && entry.Fault is null) || entry.Fault?.AfterProcessing == true
            )
            .GroupBy(entry => entry.Method + " " + entry.Path + " " + entry.Body)
            .Select(same =>
                (
                    Request: same.Key,
                    Count: same.Count(),
                    Expected: same.Key.Contains("start-server-group", StringComparison.Ordinal) ? 2 : 1
                )
            )
            .ToList();
        processed.Should().NotBeEmpty();
        processed
            .Where(request => request.Count != request.Expected)
            .Select(request => $"{request.Request} processed {request.Count} times, sent {request.Expected}")
            .Should()
            .BeEmpty("no create, action, batch or delete may be processed twice");
    }
}

/// <summary>Seed 1 of <see cref="DegradedCloudWorkflowTests"/>.</summary>
public sealed class DegradedCloudWorkflowSeed1Tests(ITestOutputHelper output) : DegradedCloudWorkflowTests(output, 1);

/// <summary>Seed 2 of <see cref="DegradedCloudWorkflowTests"/>.</summary>
public sealed class DegradedCloudWorkflowSeed2Tests(ITestOutputHelper output) : DegradedCloudWorkflowTests(output, 2);

/// <summary>Seed 3 of <see cref="DegradedCloudWorkflowTests"/>.</summary>
public sealed class DegradedCloudWorkflowSeed3Tests(ITestOutputHelper output) : DegradedCloudWorkflowTests(output, 3);

/// <summary>Seed 4 of <see cref="DegradedCloudWorkflowTests"/>.</summary>
public sealed class DegradedCloudWorkflowSeed4Tests(ITestOutputHelper output) : DegradedCloudWorkflowTests(output, 4);

/// <summary>Seed 5 of <see cref="DegradedCloudWorkflowTests"/>.</summary>
public sealed class DegradedCloudWorkflowSeed5Tests(ITestOutputHelper output) : DegradedCloudWorkflowTests(output, 5);
