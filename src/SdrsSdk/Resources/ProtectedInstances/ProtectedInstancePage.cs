namespace SdrsSdk;

/// <summary>One page of protected instances, and how many instances match the query in all (reference 5.5.3).</summary>
public sealed class ProtectedInstancePage
{
    internal ProtectedInstancePage(IReadOnlyList<ProtectedInstance> protectedInstances, int? count)
    {
        ProtectedInstances = protectedInstances;
        Count = count;
    }

    /// <summary>Gets the protected instances of this page (<c>protected_instances</c>).</summary>
    public IReadOnlyList<ProtectedInstance> ProtectedInstances { get; }

    /// <summary>
    /// Gets the number of protected instances the query matches (<c>count</c>); <see langword="null"/> when the service did not report it (a walk
    /// then stops at the first short or empty page).
    /// </summary>
    public int? Count { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{ProtectedInstances.Count} of {Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} protected instances";
}
