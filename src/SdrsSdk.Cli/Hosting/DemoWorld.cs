using SdrsSdk.Testing;

namespace SdrsSdk.Cli.Hosting;

/// <summary>
/// The world <c>sdrs --emulator</c> starts with, so that the first command shows something: the reference's
/// active-active domain, two VPCs (production and drill), five registered servers and five disks in its production
/// zone, and one protection group (<c>demo-web</c>, protection started) holding one protected instance
/// (<c>web-01</c>, tagged <c>env=demo</c> and <c>tier=web</c>) with one replication pair (<c>web-01-system</c>). The
/// registered IDs are fixed, so the README's examples can name them; what the commands create gets fresh IDs.
/// </summary>
internal static class DemoWorld
{
    public const string VpcId = "0c1e8f40-3f5a-4c0e-9d1a-5a7e0d000001";
    public const string DrillVpcId = "0c1e8f40-3f5a-4c0e-9d1a-5a7e0d000002";
    public const string GroupName = "demo-web";
    public const string InstanceName = "web-01";
    public const string PairName = "web-01-system";

    public static IReadOnlyList<string> ServerIds { get; } =
    [
        "4a5c7f3e-1b2d-4e6f-8a9b-5a7e0d000101",
        "4a5c7f3e-1b2d-4e6f-8a9b-5a7e0d000102",
        "4a5c7f3e-1b2d-4e6f-8a9b-5a7e0d000103",
        "4a5c7f3e-1b2d-4e6f-8a9b-5a7e0d000104",
        "4a5c7f3e-1b2d-4e6f-8a9b-5a7e0d000105",
    ];

    public static IReadOnlyList<string> VolumeIds { get; } =
    [
        "7d2e9b1c-3a4f-4b5e-9c6d-5a7e0d000201",
        "7d2e9b1c-3a4f-4b5e-9c6d-5a7e0d000202",
        "7d2e9b1c-3a4f-4b5e-9c6d-5a7e0d000203",
        "7d2e9b1c-3a4f-4b5e-9c6d-5a7e0d000204",
        "7d2e9b1c-3a4f-4b5e-9c6d-5a7e0d000205",
    ];

    public static EmulatedDomain Domain { get; } = EmulatedDomain.ReferenceExample();

    /// <summary>The emulator's options for the demo world (before the protection group is created).</summary>
    public static SdrsEmulatorOptions Options()
    {
        var options = new SdrsEmulatorOptions { Domains = [Domain], VpcIds = [VpcId, DrillVpcId] };
        foreach (string serverId in ServerIds)
        {
            options.Servers.Add(
                new EmulatedServer(serverId) { AvailabilityZone = Domain.LocalAvailabilityZone, VpcId = VpcId }
            );
        }

        foreach (string volumeId in VolumeIds)
        {
            options.Volumes.Add(
                new EmulatedVolume(volumeId) { AvailabilityZone = Domain.LocalAvailabilityZone, SizeGb = 40 }
            );
        }

        return options;
    }

    /// <summary>Creates the demo protection group and its protected instance, and starts protection.</summary>
    public static async Task SeedAsync(SdrsClient client, CancellationToken cancellationToken)
    {
        SdrsJobOperation<ServerGroup> createGroup = await client
            .ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest(
                    GroupName,
                    Domain.LocalAvailabilityZone,
                    Domain.RemoteAvailabilityZone,
                    Domain.Id,
                    VpcId
                )
                {
                    Description = "Demo protection group of sdrs --emulator",
                },
                cancellationToken
            )
            .ConfigureAwait(false);
        ServerGroup group = await createGroup
            .WaitForResourceAsync(cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        SdrsJobOperation<ProtectedInstance> createInstance = await client
            .ProtectedInstances.StartCreateAsync(
                new CreateProtectedInstanceRequest(group.Id, ServerIds[0], InstanceName)
                {
                    Tags = [new ResourceTag("env", "demo"), new ResourceTag("tier", "web")],
                },
                cancellationToken
            )
            .ConfigureAwait(false);
        ProtectedInstance instance = await createInstance
            .WaitForResourceAsync(cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        SdrsJobOperation<ReplicationPair> createPair = await client
            .Replications.StartCreateAsync(
                new CreateReplicationPairRequest(group.Id, VolumeIds[0], PairName),
                cancellationToken
            )
            .ConfigureAwait(false);
        ReplicationPair pair = await createPair
            .WaitForResourceAsync(cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        SdrsJobOperation attach = await client
            .ProtectedInstances.StartAttachReplicationAsync(
                instance.Id,
                new AttachReplicationPairRequest(pair.Id, "/dev/vda"),
                cancellationToken
            )
            .ConfigureAwait(false);
        await attach.WaitForCompletionAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        SdrsJobOperation protect = await client
            .ServerGroups.StartProtectionAsync(group.Id, cancellationToken)
            .ConfigureAwait(false);
        await protect.WaitForCompletionAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A polling schedule for the emulator: its jobs end after a few polls, so poll often.</summary>
    public static JobPollingOptions FastPolling() =>
        new()
        {
            InitialDelay = TimeSpan.FromMilliseconds(20),
            MinInterval = TimeSpan.FromMilliseconds(20),
            MaxInterval = TimeSpan.FromMilliseconds(100),
        };
}
