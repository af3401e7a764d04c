using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>The status of an API version (reference 5.2). An extensible value: unknown statuses deserialize.</summary>
/// <param name="Value">The status exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ApiVersionStatus>))]
public readonly record struct ApiVersionStatus(string Value) : IStringValue<ApiVersionStatus>
{
    /// <summary>The widely used version (<c>CURRENT</c>).</summary>
    public static ApiVersionStatus Current { get; } = new("CURRENT");

    /// <summary>An earlier version that is still supported (<c>SUPPORT</c>).</summary>
    public static ApiVersionStatus Supported { get; } = new("SUPPORT");

    /// <summary>A deprecated version that may be removed later (<c>DEPRECATED</c>).</summary>
    public static ApiVersionStatus Deprecated { get; } = new("DEPRECATED");

    /// <summary>Converts a wire string into an <see cref="ApiVersionStatus"/>.</summary>
    /// <param name="value">The status text.</param>
    public static implicit operator ApiVersionStatus(string value) => new(value);

    /// <summary>Converts a wire string into an <see cref="ApiVersionStatus"/>.</summary>
    /// <param name="value">The status text.</param>
    /// <returns>The status.</returns>
    public static ApiVersionStatus FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ApiVersionStatus IStringValue<ApiVersionStatus>.FromWire(string value) => new(value);
}
