using System.Collections.Frozen;

namespace SdrsSdk.RecoveryPlans.Readiness.Internal;

/// <summary>
/// Classifies the status values of protection groups, protected instances and replication pairs (Appendix A.2 to
/// A.4 share their spelling) into <see cref="StatusKind"/>.
/// </summary>
internal static class ResourceStatuses
{
    private static readonly FrozenDictionary<string, StatusKind> Kinds = new Dictionary<string, StatusKind>
    {
        ["available"] = StatusKind.Settled,
        ["protected"] = StatusKind.Settled,
        ["failed-over"] = StatusKind.Settled,
        ["error-starting"] = StatusKind.Settled,
        ["error-stopping"] = StatusKind.Settled,
        ["error-reversing"] = StatusKind.Settled,
        ["error-failing-over"] = StatusKind.Settled,
        ["error-reprotecting"] = StatusKind.Settled,
        ["creating"] = StatusKind.Transitional,
        ["deleting"] = StatusKind.Transitional,
        ["starting"] = StatusKind.Transitional,
        ["reprotecting"] = StatusKind.Transitional,
        ["stopping"] = StatusKind.Transitional,
        ["reversing"] = StatusKind.Transitional,
        ["failing-over"] = StatusKind.Transitional,
        ["nic-creating"] = StatusKind.Transitional,
        ["nic-deleting"] = StatusKind.Transitional,
        ["resizing"] = StatusKind.Transitional,
        ["extending"] = StatusKind.Transitional,
        ["attaching"] = StatusKind.Transitional,
        ["detaching"] = StatusKind.Transitional,
        ["error"] = StatusKind.Broken,
        ["error-deleting"] = StatusKind.Broken,
        ["error-resizing"] = StatusKind.Broken,
        ["error-extending"] = StatusKind.Broken,
        ["error-attaching"] = StatusKind.Broken,
        ["error-detaching"] = StatusKind.Broken,
        ["invalid"] = StatusKind.Broken,
        ["fault"] = StatusKind.SyncFault,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Classifies one status value; a value the reference does not list is <see
    /// cref="StatusKind.Unknown"/>.</summary>
    /// <param name="status">The status exactly as the service sent it (possibly null or empty).</param>
    /// <returns>The kind.</returns>
    public static StatusKind Classify(string? status) =>
        status is not null && Kinds.TryGetValue(status, out StatusKind kind) ? kind : StatusKind.Unknown;
}
