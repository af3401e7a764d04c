using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// What a failed task was doing when it failed (reference 5.9.1, <c>failure_status</c>). An extensible value: a
/// status the server adds later still deserializes, and compares by its exact (ordinal) text.
/// </summary>
/// <param name="Value">The status exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<FailureStatus>))]
public readonly record struct FailureStatus(string Value) : IStringValue<FailureStatus>
{
    /// <summary>Creating the resource failed (<c>createFail</c>).</summary>
    public static FailureStatus CreateFail { get; } = new("createFail");

    /// <summary>Deleting the resource failed (<c>deleteFail</c>).</summary>
    public static FailureStatus DeleteFail { get; } = new("deleteFail");

    /// <summary>Attaching failed (<c>attachFail</c>).</summary>
    public static FailureStatus AttachFail { get; } = new("attachFail");

    /// <summary>Detaching failed (<c>detachFail</c>).</summary>
    public static FailureStatus DetachFail { get; } = new("detachFail");

    /// <summary>Expanding failed (<c>expandFail</c>).</summary>
    public static FailureStatus ExpandFail { get; } = new("expandFail");

    /// <summary>Changing the specifications failed (<c>resizeFail</c>).</summary>
    public static FailureStatus ResizeFail { get; } = new("resizeFail");

    /// <summary>Enabling protection failed (<c>startFail</c>).</summary>
    public static FailureStatus StartFail { get; } = new("startFail");

    /// <summary>Disabling protection failed (<c>stopFail</c>).</summary>
    public static FailureStatus StopFail { get; } = new("stopFail");

    /// <summary>A planned failover failed (<c>reverseFail</c>).</summary>
    public static FailureStatus ReverseFail { get; } = new("reverseFail");

    /// <summary>A failover failed (<c>failoverFail</c>).</summary>
    public static FailureStatus FailoverFail { get; } = new("failoverFail");

    /// <summary>Enabling protection again (re-protection) failed (<c>reprotectFail</c>).</summary>
    public static FailureStatus ReprotectFail { get; } = new("reprotectFail");

    /// <summary>Converts a wire string into a <see cref="FailureStatus"/>.</summary>
    /// <param name="value">The status text.</param>
    public static implicit operator FailureStatus(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="FailureStatus"/>.</summary>
    /// <param name="value">The status text.</param>
    /// <returns>The status.</returns>
    public static FailureStatus FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static FailureStatus IStringValue<FailureStatus>.FromWire(string value) => new(value);
}
