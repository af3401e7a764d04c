namespace SdrsSdk.Testing.Internal.State;

/// <summary>A DR drill (reference 5.7) and the drill servers it started.</summary>
internal sealed class DrillRecord(string id, string name, DateTimeOffset now, long sequence)
    : ResourceRecord(id, name, Statuses.Creating, now, sequence)
{
    public required string ServerGroupId { get; init; }

    public required string DrillVpcId { get; init; }

    /// <summary>Protected instance ID and drill server ID, one per instance of the group.</summary>
    public List<KeyValuePair<string, string>> DrillServers { get; } = [];
}
