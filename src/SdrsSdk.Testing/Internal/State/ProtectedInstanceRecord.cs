namespace SdrsSdk.Testing.Internal.State;

/// <summary>A protected instance (reference 5.5): a production site server and the DR site server created for
/// it.</summary>
internal sealed class ProtectedInstanceRecord(string id, string name, DateTimeOffset now, long sequence)
    : ResourceRecord(id, name, Statuses.Creating, now, sequence)
{
    public string? Description { get; init; }

    public required string ServerGroupId { get; init; }

    public required string SourceServer { get; init; }

    public required string TargetServer { get; init; }

    public List<KeyValuePair<string, string>> Tags { get; } = [];

    /// <summary>Port IDs of the NICs added through the API (5.5.8).</summary>
    public List<string> AddedNics { get; } = [];

    public string? ProductionFlavor { get; set; }

    public string? DrFlavor { get; set; }

    /// <summary>The status to return to when a NIC, resize or attach job ends.</summary>
    public string? StatusBefore { get; set; }
}
