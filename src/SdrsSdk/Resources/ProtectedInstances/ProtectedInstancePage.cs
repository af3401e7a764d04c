using SdrsSdk.Http.Internal;

namespace SdrsSdk;

/// <summary>One page of protected instances, as returned by <see cref="ProtectedInstancesClient.ListAsync"/> (reference
/// 5.5.3).</summary>
public sealed class ProtectedInstancePage : SdrsPage
{
    /// <summary>Gets or sets the protected instances on this page (<c>protected_instances</c>).</summary>
    public IReadOnlyList<ProtectedInstance> ProtectedInstances
    {
        get;
        set => field = value ?? [];
    } = [];

    /// <summary>
    /// Gets or sets the number of protected instances that match the query, across all pages (<c>count</c>); <see
    /// langword="null"/> when the service did not report it.
    /// </summary>
    public int? Count { get; set; }

    /// <inheritdoc/>
    public override string ToString() =>
        SdrsPageText.Describe(ProtectedInstances.Count, Count, "protected instance(s)");
}
