using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The kind of protected-instance query (<c>query_type</c>, reference 5.5.3). An extensible value: the server may
/// accept more values than this SDK version knows.
/// </summary>
/// <param name="Value">The value exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ProtectedInstanceQueryType>))]
public readonly record struct ProtectedInstanceQueryType(string Value) : IStringValue<ProtectedInstanceQueryType>
{
    /// <summary>Only protected instances in an abnormal status (<c>status_abnormal</c>).</summary>
    public static ProtectedInstanceQueryType StatusAbnormal { get; } = new("status_abnormal");

    /// <summary>All protected instances: the filter has no effect, as when it is left out (<c>general</c>).</summary>
    public static ProtectedInstanceQueryType General { get; } = new("general");

    /// <summary>Converts a wire string into a <see cref="ProtectedInstanceQueryType"/>.</summary>
    /// <param name="value">The wire text.</param>
    public static implicit operator ProtectedInstanceQueryType(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ProtectedInstanceQueryType"/>.</summary>
    /// <param name="value">The wire text.</param>
    /// <returns>The value.</returns>
    public static ProtectedInstanceQueryType FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ProtectedInstanceQueryType IStringValue<ProtectedInstanceQueryType>.FromWire(string value) => new(value);
}
