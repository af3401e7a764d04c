using System.Text.Json.Serialization;
using SdrsSdk.Http.Internal;

namespace SdrsSdk;

/// <summary>One page of protected instances found by tag (reference 5.8.1).</summary>
public sealed class TaggedProtectedInstancePage : SdrsPage
{
    /// <summary>Gets or sets the protected instances of this page (<c>resources</c>).</summary>
    [JsonRequired]
    [JsonPropertyName("resources")]
    public IReadOnlyList<TaggedProtectedInstance> Resources
    {
        get;
        set => field = value ?? [];
    } = [];

    /// <summary>
    /// Gets or sets the total number of protected instances that match (<c>total_count</c>); <see langword="null"/>
    /// when the service did not report it.
    /// </summary>
    [JsonPropertyName("total_count")]
    public int? Count { get; set; }

    /// <inheritdoc/>
    public override string ToString() => SdrsPageText.Describe(Resources.Count, Count, "protected instance(s)");
}
