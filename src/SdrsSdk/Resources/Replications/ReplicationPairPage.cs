using SdrsSdk.Http.Internal;

namespace SdrsSdk;

/// <summary>One page of replication pairs, as returned by <see cref="ReplicationsClient.ListAsync"/> (reference
/// 5.6.3).</summary>
public sealed class ReplicationPairPage : SdrsPage
{
    /// <summary>Gets or sets the replication pairs on this page (<c>replications</c>).</summary>
    public IReadOnlyList<ReplicationPair> Replications
    {
        get;
        set => field = value ?? [];
    } = [];

    /// <summary>
    /// Gets or sets the number of replication pairs that match the query, across all pages (<c>count</c>); <see
    /// langword="null"/> when the service did not report it.
    /// </summary>
    public int? Count { get; set; }

    /// <inheritdoc/>
    public override string ToString() => SdrsPageText.Describe(Replications.Count, Count, "replication pair(s)");
}
