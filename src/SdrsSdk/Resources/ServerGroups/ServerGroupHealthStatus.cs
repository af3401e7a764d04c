using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The health of a protection group (reference 5.4.2, Table 5-10, <c>health_status</c>). An extensible value.
/// </summary>
/// <param name="Value">The health status exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ServerGroupHealthStatus>))]
public readonly record struct ServerGroupHealthStatus(string Value) : IStringValue<ServerGroupHealthStatus>
{
    /// <summary>The protection group is normal (<c>normal</c>).</summary>
    public static ServerGroupHealthStatus Normal { get; } = new("normal");

    /// <summary>The protection group is abnormal (<c>abnormal</c>).</summary>
    public static ServerGroupHealthStatus Abnormal { get; } = new("abnormal");

    /// <summary>Converts a wire string into a <see cref="ServerGroupHealthStatus"/>.</summary>
    /// <param name="value">The health status text.</param>
    public static implicit operator ServerGroupHealthStatus(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ServerGroupHealthStatus"/>.</summary>
    /// <param name="value">The health status text.</param>
    /// <returns>The health status.</returns>
    public static ServerGroupHealthStatus FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ServerGroupHealthStatus IStringValue<ServerGroupHealthStatus>.FromWire(string value) => new(value);
}
