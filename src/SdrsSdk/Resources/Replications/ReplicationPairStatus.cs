using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The status of a replication pair (reference Appendix A.4, field <c>status</c>). An extensible value: a status the
/// server adds later still deserializes, and compares by its exact (ordinal) text.
/// </summary>
/// <param name="Value">The value exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ReplicationPairStatus>))]
public readonly record struct ReplicationPairStatus(string Value) : IStringValue<ReplicationPairStatus>
{
    /// <summary>The replication pair is being created (<c>creating</c>).</summary>
    public static ReplicationPairStatus Creating { get; } = new("creating");

    /// <summary>The replication pair is available (<c>available</c>).</summary>
    public static ReplicationPairStatus Available { get; } = new("available");

    /// <summary>The replication pair is being deleted (<c>deleting</c>).</summary>
    public static ReplicationPairStatus Deleting { get; } = new("deleting");

    /// <summary>Deleting the replication pair failed (<c>error-deleting</c>).</summary>
    public static ReplicationPairStatus ErrorDeleting { get; } = new("error-deleting");

    /// <summary>Creating the replication pair failed (<c>error</c>).</summary>
    public static ReplicationPairStatus Error { get; } = new("error");

    /// <summary>The capacity of the replication pair is being expanded (<c>extending</c>).</summary>
    public static ReplicationPairStatus Extending { get; } = new("extending");

    /// <summary>Expanding the capacity of the replication pair failed (<c>error-extending</c>).</summary>
    public static ReplicationPairStatus ErrorExtending { get; } = new("error-extending");

    /// <summary>Protection is being enabled for the replication pair (<c>starting</c>).</summary>
    public static ReplicationPairStatus Starting { get; } = new("starting");

    /// <summary>Enabling protection for the replication pair failed (<c>error-starting</c>).</summary>
    public static ReplicationPairStatus ErrorStarting { get; } = new("error-starting");

    /// <summary>Protection is enabled for the replication pair (<c>protected</c>).</summary>
    public static ReplicationPairStatus Protected { get; } = new("protected");

    /// <summary>A planned failover is being performed for the replication pair (<c>reversing</c>).</summary>
    public static ReplicationPairStatus Reversing { get; } = new("reversing");

    /// <summary>A failover is being performed for the replication pair (<c>failing-over</c>).</summary>
    public static ReplicationPairStatus FailingOver { get; } = new("failing-over");

    /// <summary>A failover has been performed for the replication pair (<c>failed-over</c>).</summary>
    public static ReplicationPairStatus FailedOver { get; } = new("failed-over");

    /// <summary>Protection is being enabled again for the replication pair, after a failover
    /// (<c>reprotecting</c>).</summary>
    public static ReplicationPairStatus Reprotecting { get; } = new("reprotecting");

    /// <summary>Protection is being disabled for the replication pair (<c>stopping</c>).</summary>
    public static ReplicationPairStatus Stopping { get; } = new("stopping");

    /// <summary>Disabling protection for the replication pair failed (<c>error-stopping</c>).</summary>
    public static ReplicationPairStatus ErrorStopping { get; } = new("error-stopping");

    /// <summary>The planned failover of the replication pair failed (<c>error-reversing</c>).</summary>
    public static ReplicationPairStatus ErrorReversing { get; } = new("error-reversing");

    /// <summary>The failover of the replication pair failed (<c>error-failing-over</c>).</summary>
    public static ReplicationPairStatus ErrorFailingOver { get; } = new("error-failing-over");

    /// <summary>Enabling protection again for the replication pair failed (<c>error-reprotecting</c>).</summary>
    public static ReplicationPairStatus ErrorReprotecting { get; } = new("error-reprotecting");

    /// <summary>A disk of the replication pair has been deleted (<c>invalid</c>).</summary>
    public static ReplicationPairStatus Invalid { get; } = new("invalid");

    /// <summary>The synchronization status of the replication pair is abnormal (<c>fault</c>).</summary>
    public static ReplicationPairStatus Fault { get; } = new("fault");

    /// <summary>The replication pair is being attached to a protected instance (<c>attaching</c>).</summary>
    public static ReplicationPairStatus Attaching { get; } = new("attaching");

    /// <summary>The replication pair is being detached from a protected instance (<c>detaching</c>).</summary>
    public static ReplicationPairStatus Detaching { get; } = new("detaching");

    /// <summary>Attaching the replication pair to a protected instance failed (<c>error-attaching</c>).</summary>
    public static ReplicationPairStatus ErrorAttaching { get; } = new("error-attaching");

    /// <summary>Detaching the replication pair from a protected instance failed (<c>error-detaching</c>).</summary>
    public static ReplicationPairStatus ErrorDetaching { get; } = new("error-detaching");

    /// <summary>Converts a wire string into a <see cref="ReplicationPairStatus"/>.</summary>
    /// <param name="value">The wire text.</param>
    public static implicit operator ReplicationPairStatus(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ReplicationPairStatus"/>.</summary>
    /// <param name="value">The wire text.</param>
    /// <returns>The value.</returns>
    public static ReplicationPairStatus FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ReplicationPairStatus IStringValue<ReplicationPairStatus>.FromWire(string value) => new(value);
}
