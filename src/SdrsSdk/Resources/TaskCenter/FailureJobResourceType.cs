using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The kind of resource a failed task was working on (reference 5.9.1, <c>resource_type</c>). An extensible value:
/// the reference's own example answers <c>protectedInstance</c>, a value its table does not list, so any text the
/// server sends deserializes and compares by its exact (ordinal) text.
/// </summary>
/// <param name="Value">The type exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<FailureJobResourceType>))]
public readonly record struct FailureJobResourceType(string Value) : IStringValue<FailureJobResourceType>
{
    /// <summary>A protection group (<c>server_groups</c>).</summary>
    public static FailureJobResourceType ServerGroups { get; } = new("server_groups");

    /// <summary>A protected instance (<c>protected_instances</c>).</summary>
    public static FailureJobResourceType ProtectedInstances { get; } = new("protected_instances");

    /// <summary>A replication pair (<c>replications</c>).</summary>
    public static FailureJobResourceType Replications { get; } = new("replications");

    /// <summary>A DR drill (<c>disaster_recovery_drills</c>).</summary>
    public static FailureJobResourceType DisasterRecoveryDrills { get; } = new("disaster_recovery_drills");

    /// <summary>Converts a wire string into a <see cref="FailureJobResourceType"/>.</summary>
    /// <param name="value">The type text.</param>
    public static implicit operator FailureJobResourceType(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="FailureJobResourceType"/>.</summary>
    /// <param name="value">The type text.</param>
    /// <returns>The resource type.</returns>
    public static FailureJobResourceType FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static FailureJobResourceType IStringValue<FailureJobResourceType>.FromWire(string value) => new(value);
}
