using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The status of a protection group (reference Appendix A.2, <c>status</c>). An extensible value: a status the server
/// adds later still deserializes, and compares by its exact (ordinal) text.
/// </summary>
/// <param name="Value">The status exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ServerGroupStatus>))]
public readonly record struct ServerGroupStatus(string Value) : IStringValue<ServerGroupStatus>
{
    /// <summary>The protection group is being created (<c>creating</c>).</summary>
    public static ServerGroupStatus Creating { get; } = new("creating");

    /// <summary>The protection group is available and protection is disabled (<c>available</c>).</summary>
    public static ServerGroupStatus Available { get; } = new("available");

    /// <summary>Protection is enabled for the protection group (<c>protected</c>).</summary>
    public static ServerGroupStatus Protected { get; } = new("protected");

    /// <summary>The protection group is being deleted (<c>deleting</c>).</summary>
    public static ServerGroupStatus Deleting { get; } = new("deleting");

    /// <summary>Deleting the protection group failed (<c>error-deleting</c>).</summary>
    public static ServerGroupStatus ErrorDeleting { get; } = new("error-deleting");

    /// <summary>Creating the protection group failed (<c>error</c>).</summary>
    public static ServerGroupStatus Error { get; } = new("error");

    /// <summary>Protection is being enabled for the protection group (<c>starting</c>).</summary>
    public static ServerGroupStatus Starting { get; } = new("starting");

    /// <summary>Enabling protection failed (<c>error-starting</c>).</summary>
    public static ServerGroupStatus ErrorStarting { get; } = new("error-starting");

    /// <summary>Protection is being enabled again after a failover or planned failover (<c>reprotecting</c>).</summary>
    public static ServerGroupStatus Reprotecting { get; } = new("reprotecting");

    /// <summary>Enabling protection again failed (<c>error-reprotecting</c>).</summary>
    public static ServerGroupStatus ErrorReprotecting { get; } = new("error-reprotecting");

    /// <summary>Protection is being disabled for the protection group (<c>stopping</c>).</summary>
    public static ServerGroupStatus Stopping { get; } = new("stopping");

    /// <summary>Disabling protection failed (<c>error-stopping</c>).</summary>
    public static ServerGroupStatus ErrorStopping { get; } = new("error-stopping");

    /// <summary>A planned failover is in progress (<c>reversing</c>).</summary>
    public static ServerGroupStatus Reversing { get; } = new("reversing");

    /// <summary>The planned failover failed (<c>error-reversing</c>).</summary>
    public static ServerGroupStatus ErrorReversing { get; } = new("error-reversing");

    /// <summary>A failover is in progress (<c>failing-over</c>).</summary>
    public static ServerGroupStatus FailingOver { get; } = new("failing-over");

    /// <summary>The failover is complete (<c>failed-over</c>).</summary>
    public static ServerGroupStatus FailedOver { get; } = new("failed-over");

    /// <summary>The failover failed (<c>error-failing-over</c>).</summary>
    public static ServerGroupStatus ErrorFailingOver { get; } = new("error-failing-over");

    /// <summary>
    /// Gets a value indicating whether the status reports a failed operation: <c>error</c> or any <c>error-…</c>
    /// status.
    /// </summary>
    public bool IsError =>
        Value is not null && (Value == "error" || Value.StartsWith("error-", StringComparison.Ordinal));

    /// <summary>Converts a wire string into a <see cref="ServerGroupStatus"/>.</summary>
    /// <param name="value">The status text.</param>
    public static implicit operator ServerGroupStatus(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ServerGroupStatus"/>.</summary>
    /// <param name="value">The status text.</param>
    /// <returns>The status.</returns>
    public static ServerGroupStatus FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ServerGroupStatus IStringValue<ServerGroupStatus>.FromWire(string value) => new(value);
}
