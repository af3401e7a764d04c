namespace SdrsSdk;

/// <summary>One page of DR drills, as returned by <see cref="DrillsClient.ListAsync"/> (reference 5.7.3).</summary>
public sealed class DisasterRecoveryDrillPage
{
    internal DisasterRecoveryDrillPage(IReadOnlyList<DisasterRecoveryDrill> disasterRecoveryDrills, int? count)
    {
        DisasterRecoveryDrills = disasterRecoveryDrills;
        Count = count;
    }

    /// <summary>Gets the DR drills on this page (<c>disaster_recovery_drills</c>).</summary>
    public IReadOnlyList<DisasterRecoveryDrill> DisasterRecoveryDrills { get; }

    /// <summary>
    /// Gets the number of DR drills that match the query, across all pages (<c>count</c>); <see langword="null"/> when
    /// the service did not report it.
    /// </summary>
    public int? Count { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{DisasterRecoveryDrills.Count} DR drill(s) of {Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}";
}
