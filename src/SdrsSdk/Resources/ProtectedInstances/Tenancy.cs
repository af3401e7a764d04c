using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// Where the DR site server of a protected instance is created: in the shared pool or on a Dedicated Host (DeH)
/// (<c>tenancy</c>, reference 5.5.1, Table 5-17). An extensible value.
/// </summary>
/// <param name="Value">The value exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<Tenancy>))]
public readonly record struct Tenancy(string Value) : IStringValue<Tenancy>
{
    /// <summary>The shared pool (<c>shared</c>).</summary>
    public static Tenancy Shared { get; } = new("shared");

    /// <summary>A Dedicated Host (DeH); see <c>dedicated_host_id</c> (<c>dedicated</c>).</summary>
    public static Tenancy Dedicated { get; } = new("dedicated");

    /// <summary>Converts a wire string into a <see cref="Tenancy"/>.</summary>
    /// <param name="value">The wire text.</param>
    public static implicit operator Tenancy(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="Tenancy"/>.</summary>
    /// <param name="value">The wire text.</param>
    /// <returns>The value.</returns>
    public static Tenancy FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static Tenancy IStringValue<Tenancy>.FromWire(string value) => new(value);
}
