using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The status of a protected instance (reference Appendix A.3). An extensible value: a status the server adds later
/// still deserializes, and compares by its exact (ordinal) text.
/// </summary>
/// <param name="Value">The value exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ProtectedInstanceStatus>))]
public readonly record struct ProtectedInstanceStatus(string Value) : IStringValue<ProtectedInstanceStatus>
{
    /// <summary>The protected instance is being created (<c>creating</c>).</summary>
    public static ProtectedInstanceStatus Creating { get; } = new("creating");

    /// <summary>The protected instance is available (<c>available</c>).</summary>
    public static ProtectedInstanceStatus Available { get; } = new("available");

    /// <summary>The protected instance is being deleted (<c>deleting</c>).</summary>
    public static ProtectedInstanceStatus Deleting { get; } = new("deleting");

    /// <summary>Deleting the protected instance failed (<c>error-deleting</c>).</summary>
    public static ProtectedInstanceStatus ErrorDeleting { get; } = new("error-deleting");

    /// <summary>Creating the protected instance failed (<c>error</c>).</summary>
    public static ProtectedInstanceStatus Error { get; } = new("error");

    /// <summary>A NIC is being added to the protected instance (<c>nic-creating</c>).</summary>
    public static ProtectedInstanceStatus NicCreating { get; } = new("nic-creating");

    /// <summary>A NIC is being deleted from the protected instance (<c>nic-deleting</c>).</summary>
    public static ProtectedInstanceStatus NicDeleting { get; } = new("nic-deleting");

    /// <summary>Protection is being enabled for the protected instance (<c>starting</c>).</summary>
    public static ProtectedInstanceStatus Starting { get; } = new("starting");

    /// <summary>Enabling protection for the protected instance failed (<c>error-starting</c>).</summary>
    public static ProtectedInstanceStatus ErrorStarting { get; } = new("error-starting");

    /// <summary>Protection is enabled for the protected instance (<c>protected</c>).</summary>
    public static ProtectedInstanceStatus Protected { get; } = new("protected");

    /// <summary>A planned failover is being performed for the protected instance (<c>reversing</c>).</summary>
    public static ProtectedInstanceStatus Reversing { get; } = new("reversing");

    /// <summary>A failover is being performed for the protected instance (<c>failing-over</c>).</summary>
    public static ProtectedInstanceStatus FailingOver { get; } = new("failing-over");

    /// <summary>A failover has been performed for the protected instance (<c>failed-over</c>).</summary>
    public static ProtectedInstanceStatus FailedOver { get; } = new("failed-over");

    /// <summary>Protection is being enabled again for the protected instance, after a failover
    /// (<c>reprotecting</c>).</summary>
    public static ProtectedInstanceStatus Reprotecting { get; } = new("reprotecting");

    /// <summary>Protection is being disabled for the protected instance (<c>stopping</c>).</summary>
    public static ProtectedInstanceStatus Stopping { get; } = new("stopping");

    /// <summary>Disabling protection for the protected instance failed (<c>error-stopping</c>).</summary>
    public static ProtectedInstanceStatus ErrorStopping { get; } = new("error-stopping");

    /// <summary>The planned failover of the protected instance failed (<c>error-reversing</c>).</summary>
    public static ProtectedInstanceStatus ErrorReversing { get; } = new("error-reversing");

    /// <summary>The failover of the protected instance failed (<c>error-failing-over</c>).</summary>
    public static ProtectedInstanceStatus ErrorFailingOver { get; } = new("error-failing-over");

    /// <summary>Enabling protection again for the protected instance failed (<c>error-reprotecting</c>).</summary>
    public static ProtectedInstanceStatus ErrorReprotecting { get; } = new("error-reprotecting");

    /// <summary>The specifications of the protected instance are being modified (<c>resizing</c>).</summary>
    public static ProtectedInstanceStatus Resizing { get; } = new("resizing");

    /// <summary>Modifying the specifications of the protected instance failed (<c>error-resizing</c>).</summary>
    public static ProtectedInstanceStatus ErrorResizing { get; } = new("error-resizing");

    /// <summary>A server in the protected instance has been deleted (<c>invalid</c>).</summary>
    public static ProtectedInstanceStatus Invalid { get; } = new("invalid");

    /// <summary>The synchronization status of the protected instance's replication pair is abnormal
    /// (<c>fault</c>).</summary>
    public static ProtectedInstanceStatus Fault { get; } = new("fault");

    /// <summary>
    /// Gets a value indicating whether the status reports a failed operation: <c>error</c> or one of the
    /// <c>error-…</c> statuses.
    /// </summary>
    public bool IsError =>
        string.Equals(Value, "error", StringComparison.Ordinal)
        || (Value is not null && Value.StartsWith("error-", StringComparison.Ordinal));

    /// <summary>Converts a wire string into a <see cref="ProtectedInstanceStatus"/>.</summary>
    /// <param name="value">The wire text.</param>
    public static implicit operator ProtectedInstanceStatus(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ProtectedInstanceStatus"/>.</summary>
    /// <param name="value">The wire text.</param>
    /// <returns>The value.</returns>
    public static ProtectedInstanceStatus FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ProtectedInstanceStatus IStringValue<ProtectedInstanceStatus>.FromWire(string value) => new(value);
}
