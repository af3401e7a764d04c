namespace SdrsSdk;

/// <summary>One page of protected instances, and how many instances match the query in all (reference 5.5.3).</summary>
public sealed class ProtectedInstancePage
{
    internal ProtectedInstancePage(IReadOnlyList<ProtectedInstance> protectedInstances, int count)
    {
        ProtectedInstances = protectedInstances;
        Count = count;
    }

    /// <summary>Gets the protected instances of this page (<c>protected_instances</c>).</summary>
    public IReadOnlyList<ProtectedInstance> ProtectedInstances { get; }

    /// <summary>Gets the number of protected instances the query matches (<c>count</c>).</summary>
    public int Count { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{ProtectedInstances.Count} of {Count} protected instances";
}
