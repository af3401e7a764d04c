using SdrsSdk.Http.Internal;

namespace SdrsSdk;

/// <summary>One page of RPO statistics, and the count the service reports.</summary>
public sealed class RpoStatisticPage : SdrsPage
{
    /// <summary>Gets or sets the time points on this page.</summary>
    public IReadOnlyList<RpoStatistic> RpoStatistics
    {
        get;
        set => field = value ?? [];
    } = [];

    /// <summary>Gets or sets the number of time points that match the filter (<c>count</c>); <see langword="null"/>
    /// when the service left it out.</summary>
    public int? Count { get; set; }

    /// <inheritdoc/>
    public override string ToString() => SdrsPageText.Describe(RpoStatistics.Count, Count, "RPO statistic point(s)");
}
