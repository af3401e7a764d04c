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

    /// <summary>The extension NICs added through the API (5.5.8), from the moment the add is accepted (so that a
    /// concurrent add sees their IP addresses in use) until a delete job ends; the primary NIC is the production site
    /// server's (<see cref="EmulatedServer.PrimaryNicId"/>).</summary>
    public List<NicRecord> ExtensionNics { get; } = [];

    public string? ProductionFlavor { get; set; }

    public string? DrFlavor { get; set; }

    /// <summary>The status to return to when a NIC, resize or attach job ends.</summary>
    public string? StatusBefore { get; set; }
}
