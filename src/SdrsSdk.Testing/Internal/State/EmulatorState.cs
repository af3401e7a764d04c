using SdrsSdk.Testing.Internal.Jobs;

namespace SdrsSdk.Testing.Internal.State;

/// <summary>Everything the emulator holds: resources, infrastructure, jobs. Callers hold the emulator's lock.</summary>
internal sealed class EmulatorState
{
    private long _sequence;

    public EmulatorState(SdrsEmulatorOptions options)
    {
        Options = options;
        Jobs = new JobBook(this);
        Domains = [.. options.Domains];
        foreach (EmulatedServer server in options.Servers)
        {
            Servers[server.Id] = server;
        }

        foreach (EmulatedVolume volume in options.Volumes)
        {
            Volumes[volume.Id] = volume;
        }

        foreach (string vpcId in options.VpcIds)
        {
            Vpcs.Add(vpcId);
        }
    }

    public SdrsEmulatorOptions Options { get; }

    /// <summary>The emulator's base address, for the version links (5.2).</summary>
    public Uri Endpoint { get; set; } = new("http://127.0.0.1/");

    /// <summary>The time of the request being handled, by the emulator's clock.</summary>
    public DateTimeOffset Now { get; set; }

    public IReadOnlyList<EmulatedDomain> Domains { get; }

    public Dictionary<string, ServerGroupRecord> Groups { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ProtectedInstanceRecord> Instances { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ReplicationPairRecord> Pairs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, DrillRecord> Drills { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EmulatedServer> Servers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EmulatedVolume> Volumes { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Vpcs { get; } = new(StringComparer.Ordinal);

    public JobBook Jobs { get; }

    public long NextSequence() => ++_sequence;

    public ServerGroupRecord Group(string id) =>
        Groups.TryGetValue(id, out ServerGroupRecord? group)
            ? group
            : throw new EmulatorException("SDRS.1013", $"protection group {id} does not exist");

    public ProtectedInstanceRecord Instance(string id) =>
        Instances.TryGetValue(id, out ProtectedInstanceRecord? instance)
            ? instance
            : throw new EmulatorException("SDRS.1320", $"protected instance {id} does not exist");

    public ReplicationPairRecord Pair(string id) =>
        Pairs.TryGetValue(id, out ReplicationPairRecord? pair)
            ? pair
            : throw new EmulatorException("SDRS.1608", $"replication pair {id} does not exist");

    public DrillRecord Drill(string id) =>
        Drills.TryGetValue(id, out DrillRecord? drill)
            ? drill
            : throw new EmulatorException("SDRS.1902", $"DR drill {id} does not exist");

    public List<ProtectedInstanceRecord> InstancesOf(string groupId) =>
        [
            .. Instances
                .Values.Where(instance => instance.ServerGroupId == groupId)
                .OrderBy(instance => instance.Sequence),
        ];

    public List<ReplicationPairRecord> PairsOf(string groupId) =>
        [.. Pairs.Values.Where(pair => pair.ServerGroupId == groupId).OrderBy(pair => pair.Sequence)];

    public List<DrillRecord> DrillsOf(string groupId) =>
        [.. Drills.Values.Where(drill => drill.ServerGroupId == groupId).OrderBy(drill => drill.Sequence)];

    /// <summary>The replication pairs attached to an instance, with their device names, in attach order.</summary>
    public List<(ReplicationPairRecord Pair, PairAttachment Attachment)> AttachmentsOf(string instanceId) =>
        [
            .. Pairs
                .Values.SelectMany(pair =>
                    pair.Attachments.Where(attachment => attachment.InstanceId == instanceId)
                        .Select(attachment => (pair, attachment))
                )
                .OrderBy(item => item.attachment.Sequence),
        ];

    /// <summary>The status a member of a group returns to after a failed operation of its own: the group's settled
    /// status.</summary>
    public string SettledStatus(string groupId) =>
        Groups.TryGetValue(groupId, out ServerGroupRecord? group)
        && group.Status is Statuses.Protected or Statuses.FailedOver
            ? group.Status
            : Statuses.Available;

    /// <summary>Makes a failed task target for a resource of a group, with the failure status of the job
    /// type.</summary>
    public static FailureTarget Target(
        ResourceRecord resource,
        string resourceType,
        string serverGroupId,
        string jobType
    ) => new(resource.Id, resource.Name, resourceType, serverGroupId, JobTypes.FailureStatus(jobType));
}
