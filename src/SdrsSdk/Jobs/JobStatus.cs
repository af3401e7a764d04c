using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The status of an SDRS job (reference 5.1.1). An extensible value: a status the server adds later still
/// deserializes. Statuses compare ignoring case (ordinal, case-insensitive), so <c>success</c> is
/// <see cref="Success"/>: whether a job has ended must not depend on how a server spells it.
/// </summary>
/// <param name="Value">The status exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<JobStatus>))]
public readonly record struct JobStatus(string Value) : IStringValue<JobStatus>
{
    /// <summary>The job is being initialized (<c>INIT</c>).</summary>
    public static JobStatus Init { get; } = new("INIT");

    /// <summary>The job is in progress (<c>RUNNING</c>).</summary>
    public static JobStatus Running { get; } = new("RUNNING");

    /// <summary>The job was executed successfully (<c>SUCCESS</c>).</summary>
    public static JobStatus Success { get; } = new("SUCCESS");

    /// <summary>The job failed (<c>FAIL</c>).</summary>
    public static JobStatus Fail { get; } = new("FAIL");

    /// <summary>Gets a value indicating whether the job has ended, successfully or not.</summary>
    public bool IsTerminal => this == Success || this == Fail;

    /// <summary>Compares two statuses ignoring case.</summary>
    /// <param name="other">The other status.</param>
    /// <returns><see langword="true"/> when both have the same text, ignoring case.</returns>
    public bool Equals(JobStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Converts a wire string into a <see cref="JobStatus"/>.</summary>
    /// <param name="value">The status text.</param>
    public static implicit operator JobStatus(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="JobStatus"/>.</summary>
    /// <param name="value">The status text.</param>
    /// <returns>The status.</returns>
    public static JobStatus FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static JobStatus IStringValue<JobStatus>.FromWire(string value) => new(value);
}
