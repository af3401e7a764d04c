using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>One page of protected instances found by tag (reference 5.8.1).</summary>
public sealed class TaggedProtectedInstancePage
{
    /// <summary>Gets the protected instances of this page (<c>resources</c>).</summary>
    [JsonPropertyName("resources")]
    public IReadOnlyList<TaggedProtectedInstance> Resources { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Gets the total number of protected instances the service reports (<c>total_count</c>); <see langword="null"/> when the service did not report it (a walk
    /// then stops at the first short or empty page).
    /// </summary>
    [JsonPropertyName("total_count")]
    public int? TotalCount { get; init; }
}
