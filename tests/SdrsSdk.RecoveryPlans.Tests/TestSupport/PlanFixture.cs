using SdrsSdk.Testing;

namespace SdrsSdk.RecoveryPlans.Tests.TestSupport;

/// <summary>
/// An emulator with protected protection groups (one server, one attached disk each), a client, a store, a stub
/// readiness checker, and plan and runner builders with short waits.
/// </summary>
internal sealed class PlanFixture : IAsyncDisposable
{
    private PlanFixture(SdrsEmulator emulator, SdrsClient client)
    {
        Emulator = emulator;
        Client = client;
    }

    public SdrsEmulator Emulator { get; }

    public SdrsClient Client { get; private set; }

    public MemoryRunStore Store { get; } = new();

    public StubReadinessChecker Readiness { get; } = new();

    public List<string> Groups { get; } = [];

    /// <summary>How many requests the setup made: the journal entries of the test come after.</summary>
    public int SetupRequests { get; private set; }

    /// <summary>The journal entries after the setup.</summary>
    public List<SdrsJournalEntry> Journal => [.. Emulator.Journal.Skip(SetupRequests)];

    public static async Task<PlanFixture> StartAsync(
        int groups,
        SdrsEmulatorOptions? options = null,
        Action<SdrsClientOptions>? configure = null
    )
    {
        SdrsEmulator emulator = SdrsEmulator.Start(options);
        var fixture = new PlanFixture(emulator, emulator.CreateClient(configure: configure));
        ActiveDomain domain = (await fixture.Client.ActiveDomains.ListAsync()).First(d => d.SoldOut != true);
        string[] ids = await Task.WhenAll(
            Enumerable.Range(0, groups).Select(index => ProtectAsync(fixture.Client, domain, $"group-{index}"))
        );
        fixture.Groups.AddRange(ids);
        fixture.SetupRequests = emulator.Journal.Count;
        return fixture;
    }

    /// <summary>A new client, as a new process would make after a crash.</summary>
    public SdrsClient NewClient(Action<SdrsClientOptions>? configure = null)
    {
        Client = Emulator.CreateClient(configure: configure);
        return Client;
    }

    /// <summary>A plan of the fixture's groups, split into tiers of the given sizes, in order.</summary>
    public RecoveryPlan Plan(PlanFailurePolicy policy, int parallelism, params int[] tierSizes)
    {
        var plan = new RecoveryPlan
        {
            Name = "shop",
            FailurePolicy = policy,
            MaxDegreeOfParallelism = parallelism,
        };
        int next = 0;
        for (int tier = 0; tier < tierSizes.Length; tier++)
        {
            plan.Tiers.Add(
                new RecoveryTier
                {
                    Name = $"tier-{tier + 1}",
                    Groups =
                    [
                        .. Groups
                            .Skip(next)
                            .Take(tierSizes[tier])
                            .Select(id => new RecoveryPlanGroup
                            {
                                ServerGroupId = id,
                                Name = "g" + Groups.IndexOf(id),
                                DrillVpcId = EmulatedIds.NewVpcId(),
                            }),
                    ],
                }
            );
            next += tierSizes[tier];
        }

        return plan;
    }

    public RecoveryPlanRunner Runner(RecoveryPlanHooks? hooks = null, IRecoveryRunStore? store = null) =>
        new(
            Client,
            new RecoveryPlanRunnerOptions
            {
                Store = store ?? Store,
                ReadinessChecker = Readiness,
                Hooks = hooks ?? new RecoveryPlanHooks(),
                StatePollInterval = TimeSpan.FromMilliseconds(10),
            }
        );

    /// <summary>The action requests the emulator took in (not refused before processing), per path and body.</summary>
    public List<SdrsJournalEntry> ProcessedWrites() =>
        [
            .. Journal
                .Where(entry => entry.Method is "POST" or "DELETE")
                .Where(entry =>
                    entry.Path.EndsWith("/action", StringComparison.Ordinal)
                    || entry.Path.Contains("/disaster-recovery-drills", StringComparison.Ordinal)
                )
                .Where(entry =>
                    (entry.StatusCode is >= 200 and < 300 && entry.Fault is null)
                    || entry.Fault?.AfterProcessing == true
                ),
        ];

    /// <summary>How many action requests were taken in for one group (its ID in the path or the body).</summary>
    public int ActionsFor(string serverGroupId) =>
        ProcessedWrites()
            .Count(entry =>
                entry.Path.Contains(serverGroupId, StringComparison.Ordinal)
                || (entry.Body?.Contains(serverGroupId, StringComparison.Ordinal) ?? false)
            );

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }

    private static async Task<string> ProtectAsync(SdrsClient client, ActiveDomain domain, string name)
    {
        ServerGroup group = await (
            await client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest(
                    name,
                    domain.LocalReplicationCluster!.AvailabilityZone!,
                    domain.RemoteReplicationCluster!.AvailabilityZone!,
                    domain.Id,
                    EmulatedIds.NewVpcId()
                )
            )
        ).WaitForResourceAsync();
        ProtectedInstance instance = await (
            await client.ProtectedInstances.StartCreateAsync(
                new CreateProtectedInstanceRequest(group.Id, EmulatedIds.NewServerId(), name + "-vm")
            )
        ).WaitForResourceAsync();
        ReplicationPair pair = await (
            await client.Replications.StartCreateAsync(
                new CreateReplicationPairRequest(group.Id, EmulatedIds.NewVolumeId(), name + "-disk")
            )
        ).WaitForResourceAsync();
        await (
            await client.ProtectedInstances.StartAttachReplicationAsync(
                instance.Id,
                new AttachReplicationPairRequest(pair.Id, "/dev/vda")
            )
        ).WaitForCompletionAsync();
        await (await client.ServerGroups.StartProtectionAsync(group.Id)).WaitForCompletionAsync();
        return group.Id;
    }
}
