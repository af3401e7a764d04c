using SdrsSdk.Http.Internal;

namespace SdrsSdk;

/// <summary>One page of DR drills, as returned by <see cref="DrillsClient.ListAsync"/> (reference 5.7.3).</summary>
public sealed class DisasterRecoveryDrillPage : SdrsPage
{
    /// <summary>Gets or sets the DR drills on this page (<c>disaster_recovery_drills</c>).</summary>
    public IReadOnlyList<DisasterRecoveryDrill> DisasterRecoveryDrills
    {
        get;
        set => field = value ?? [];
    } = [];

    /// <summary>
    /// Gets or sets the number of DR drills that match the query, across all pages (<c>count</c>); <see
    /// langword="null"/> when the service did not report it.
    /// </summary>
    public int? Count { get; set; }

    /// <inheritdoc/>
    public override string ToString() => SdrsPageText.Describe(DisasterRecoveryDrills.Count, Count, "DR drill(s)");
}
