using SdrsSdk.Http.Internal;

namespace SdrsSdk;

/// <summary>One page of protection groups, as returned by <see cref="ServerGroupsClient.ListAsync"/> (reference
/// 5.4.2).</summary>
public sealed class ServerGroupPage : SdrsPage
{
    /// <summary>Gets or sets the protection groups on this page (<c>server_groups</c>).</summary>
    public IReadOnlyList<ServerGroup> ServerGroups
    {
        get;
        set => field = value ?? [];
    } = [];

    /// <summary>
    /// Gets or sets the number of protection groups that match the query, across all pages (<c>count</c>); <see
    /// langword="null"/> when the service did not report it.
    /// </summary>
    public int? Count { get; set; }

    /// <inheritdoc/>
    public override string ToString() => SdrsPageText.Describe(ServerGroups.Count, Count, "protection group(s)");
}
