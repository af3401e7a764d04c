using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>One page of protection groups and the number of groups that match the filter (reference 5.4.2).</summary>
public sealed class ServerGroupPage
{
    /// <summary>Gets the protection groups on this page (<c>server_groups</c>).</summary>
    [JsonPropertyName("server_groups")]
    public IReadOnlyList<ServerGroup> ServerGroups { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Gets the number of protection groups that match the filter, on every page (<c>count</c>); <see langword="null"/> when the service did not report it (a walk
    /// then stops at the first short or empty page).
    /// </summary>
    [JsonPropertyName("count")]
    public int? Count { get; init; }
}
