namespace SdrsSdk.Testing.Internal.State;

/// <summary>A protection group (reference 5.4).</summary>
internal sealed class ServerGroupRecord(string id, string name, DateTimeOffset now, long sequence)
    : ResourceRecord(id, name, Statuses.Creating, now, sequence)
{
    public string? Description { get; init; }

    public required string SourceAvailabilityZone { get; init; }

    public required string TargetAvailabilityZone { get; init; }

    public required string DomainId { get; init; }

    public required string DomainName { get; init; }

    public required string SourceVpcId { get; init; }

    public required string DrType { get; init; }

    /// <summary>The current production site: <c>source</c> or <c>target</c>.</summary>
    public string PriorityStation { get; set; } = Statuses.Source;

    public DateTimeOffset? LastDrillAt { get; set; }

    /// <summary>The AZ that is the production site now (it moves with failovers).</summary>
    public string CurrentProductionAvailabilityZone =>
        PriorityStation == Statuses.Target ? TargetAvailabilityZone : SourceAvailabilityZone;
}
