namespace SdrsSdk.Testing.Internal.State;

/// <summary>A failed task in the task center (reference 5.9.1).</summary>
internal sealed class FailureRecord
{
    public required string JobId { get; init; }

    public required string JobType { get; init; }

    public required DateTimeOffset BeginTime { get; init; }

    public required string ErrorCode { get; init; }

    public required string FailReason { get; init; }

    public required FailureTarget Target { get; init; }

    public required long Sequence { get; init; }
}

/// <summary>The resource a job works on, as the task center reports a failure of it.</summary>
/// <param name="ResourceId">The resource's ID.</param>
/// <param name="ResourceName">The resource's name when the job started.</param>
/// <param name="ResourceType">server_groups, protected_instances, replications or disaster_recovery_drills.</param>
/// <param name="ServerGroupId">The protection group the resource is (or is in).</param>
/// <param name="FailureStatus">createFail, deleteFail, startFail, … (reference 5.9.1).</param>
internal sealed record FailureTarget(
    string ResourceId,
    string ResourceName,
    string ResourceType,
    string ServerGroupId,
    string FailureStatus
)
{
    /// <summary>Failures of protection groups themselves are "of the protection group level" (5.9.3); the others are in
    /// a group (5.9.4).</summary>
    public bool IsGroupLevel => ResourceType == ResourceTypes.ServerGroups;
}

/// <summary>The resource types of reference 5.9.1.</summary>
internal static class ResourceTypes
{
    public const string ServerGroups = "server_groups";
    public const string ProtectedInstances = "protected_instances";
    public const string Replications = "replications";
    public const string Drills = "disaster_recovery_drills";

    /// <summary>The values of 5.9.1's <c>resource_type</c> filter.</summary>
    public static readonly string[] All = [ServerGroups, ProtectedInstances, Replications, Drills];
}
