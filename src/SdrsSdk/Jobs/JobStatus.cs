using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The status of an SDRS job (reference 5.1.1). An extensible value: a status the server adds later still
/// deserializes, and compares by its exact (ordinal) text.
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
