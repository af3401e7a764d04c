using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>The status of an API version (reference 5.2). An extensible value: unknown statuses deserialize.</summary>
/// <remarks>
/// Statuses compare by their exact (ordinal) text, with one exception: the reference spells the still-supported status
/// <c>SUPPORT</c> and Huawei Cloud's own SDKs spell it <c>SUPPORTED</c>, so the two are equal to each other and to
/// <see cref="Supported"/>. <see cref="Value"/> keeps the spelling the server sent.
/// </remarks>
/// <param name="Value">The status exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ApiVersionStatus>))]
public readonly record struct ApiVersionStatus(string Value) : IStringValue<ApiVersionStatus>
{
    /// <summary>The widely used version (<c>CURRENT</c>).</summary>
    public static ApiVersionStatus Current { get; } = new("CURRENT");

    /// <summary>
    /// An earlier version that is still supported (<c>SUPPORT</c>, as the reference spells it); equal to a status read
    /// as <c>SUPPORTED</c>.
    /// </summary>
    public static ApiVersionStatus Supported { get; } = new(SupportSpelling);

    /// <summary>A deprecated version that may be removed later (<c>DEPRECATED</c>).</summary>
    public static ApiVersionStatus Deprecated { get; } = new("DEPRECATED");

    /// <summary>Converts a wire string into an <see cref="ApiVersionStatus"/>.</summary>
    /// <param name="value">The status text.</param>
    public static implicit operator ApiVersionStatus(string value) => new(value);

    /// <summary>Converts a wire string into an <see cref="ApiVersionStatus"/>.</summary>
    /// <param name="value">The status text.</param>
    /// <returns>The status.</returns>
    public static ApiVersionStatus FromString(string value) => new(value);

    /// <summary>Compares two statuses by their text, reading <c>SUPPORTED</c> as <c>SUPPORT</c>.</summary>
    /// <param name="other">The other status.</param>
    /// <returns><see langword="true"/> when both name the same status.</returns>
    public bool Equals(ApiVersionStatus other) => string.Equals(Canonical, other.Canonical, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => Canonical is null ? 0 : StringComparer.Ordinal.GetHashCode(Canonical);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>The text equality uses: <see cref="Value"/>, with <c>SUPPORTED</c> read as <c>SUPPORT</c>.</summary>
    private string? Canonical => Value == SupportedSpelling ? SupportSpelling : Value;

    private const string SupportSpelling = "SUPPORT";
    private const string SupportedSpelling = "SUPPORTED";

    static ApiVersionStatus IStringValue<ApiVersionStatus>.FromWire(string value) => new(value);
}
