using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The type of an SDRS job (reference 5.1.1, <c>job_type</c>). An extensible value: sub-job types such as
/// <c>stopProtectionGroupRepNoCG</c> and types the server adds later still deserialize.
/// </summary>
/// <param name="Value">The job type exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<JobType>))]
public readonly record struct JobType(string Value) : IStringValue<JobType>
{
    /// <summary>Creates a protection group (<c>createProtectionGroupNoCG</c>).</summary>
    public static JobType CreateProtectionGroup { get; } = new("createProtectionGroupNoCG");

    /// <summary>Deletes a protection group (<c>deleteProtectionGroupNoCG</c>).</summary>
    public static JobType DeleteProtectionGroup { get; } = new("deleteProtectionGroupNoCG");

    /// <summary>Enables protection for a protection group (<c>startProtectionGroupNoCG</c>).</summary>
    public static JobType StartProtectionGroup { get; } = new("startProtectionGroupNoCG");

    /// <summary>Enables protection again for a protection group (<c>reprotectProtectionGroupNoCG</c>).</summary>
    public static JobType ReprotectProtectionGroup { get; } = new("reprotectProtectionGroupNoCG");

    /// <summary>Disables protection for a protection group (<c>stopProtectionGroupNoCG</c>).</summary>
    public static JobType StopProtectionGroup { get; } = new("stopProtectionGroupNoCG");

    /// <summary>Performs a failover for a protection group (<c>failoverProtectionGroupNoCG</c>).</summary>
    public static JobType FailoverProtectionGroup { get; } = new("failoverProtectionGroupNoCG");

    /// <summary>Performs a planned failover for a protection group (<c>reverseProtectionGroupNoCG</c>).</summary>
    public static JobType ReverseProtectionGroup { get; } = new("reverseProtectionGroupNoCG");

    /// <summary>Creates a protected instance (<c>createProtectedInstanceNoCG</c>).</summary>
    public static JobType CreateProtectedInstance { get; } = new("createProtectedInstanceNoCG");

    /// <summary>Deletes a protected instance (<c>deleteProtectedInstanceNoCG</c>).</summary>
    public static JobType DeleteProtectedInstance { get; } = new("deleteProtectedInstanceNoCG");

    /// <summary>Attaches a replication pair to a protected instance (<c>attachReplicationPairNew</c>).</summary>
    public static JobType AttachReplicationPair { get; } = new("attachReplicationPairNew");

    /// <summary>Detaches a replication pair from a protected instance (<c>detachReplicationPairNew</c>).</summary>
    public static JobType DetachReplicationPair { get; } = new("detachReplicationPairNew");

    /// <summary>Adds a NIC to a protected instance (<c>addNicNew</c>).</summary>
    public static JobType AddNic { get; } = new("addNicNew");

    /// <summary>Deletes a NIC from a protected instance (<c>deleteNicNew</c>).</summary>
    public static JobType DeleteNic { get; } = new("deleteNicNew");

    /// <summary>Modifies the specifications of a protected instance (<c>resizeProtectedInstanceNew</c>).</summary>
    public static JobType ResizeProtectedInstance { get; } = new("resizeProtectedInstanceNew");

    /// <summary>Creates a replication pair (<c>createReplicationPairNoCG</c>).</summary>
    public static JobType CreateReplicationPair { get; } = new("createReplicationPairNoCG");

    /// <summary>Deletes a replication pair (<c>deleteReplicationPairNoCG</c>).</summary>
    public static JobType DeleteReplicationPair { get; } = new("deleteReplicationPairNoCG");

    /// <summary>Expands the capacity of a replication pair (<c>expandReplicationPairNew</c>).</summary>
    public static JobType ExpandReplicationPair { get; } = new("expandReplicationPairNew");

    /// <summary>Creates a DR drill (<c>createDisasterRecoveryDrill</c>).</summary>
    public static JobType CreateDisasterRecoveryDrill { get; } = new("createDisasterRecoveryDrill");

    /// <summary>Deletes a DR drill (<c>deleteDisasterRecoveryDrill</c>).</summary>
    public static JobType DeleteDisasterRecoveryDrill { get; } = new("deleteDisasterRecoveryDrill");

    /// <summary>Converts a wire string into a <see cref="JobType"/>.</summary>
    /// <param name="value">The job type text.</param>
    public static implicit operator JobType(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="JobType"/>.</summary>
    /// <param name="value">The job type text.</param>
    /// <returns>The job type.</returns>
    public static JobType FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static JobType IStringValue<JobType>.FromWire(string value) => new(value);
}
