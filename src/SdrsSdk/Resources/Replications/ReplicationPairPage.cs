namespace SdrsSdk;

/// <summary>One page of replication pairs, as returned by <see cref="ReplicationsClient.ListAsync"/> (reference 5.6.3).</summary>
public sealed class ReplicationPairPage
{
    internal ReplicationPairPage(IReadOnlyList<ReplicationPair> replications, int? count)
    {
        Replications = replications;
        Count = count;
    }

    /// <summary>Gets the replication pairs on this page (<c>replications</c>).</summary>
    public IReadOnlyList<ReplicationPair> Replications { get; }

    /// <summary>
    /// Gets the number of replication pairs that match the query, across all pages (<c>count</c>); <see langword="null"/>
    /// when the service did not report it.
    /// </summary>
    public int? Count { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Replications.Count} replication pair(s) of {Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}";
}
