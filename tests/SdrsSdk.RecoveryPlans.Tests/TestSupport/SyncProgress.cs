namespace SdrsSdk.RecoveryPlans.Tests.TestSupport;

/// <summary>An <see cref="IProgress{T}"/> that records on the reporting thread (unlike <see cref="Progress{T}"/>,
/// which posts), so the order is the order of the reports.</summary>
internal sealed class SyncProgress(List<RecoveryProgress> reports) : IProgress<RecoveryProgress>
{
    public void Report(RecoveryProgress value)
    {
        lock (reports)
        {
            reports.Add(value);
        }
    }
}
