using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// Whether protection is enabled for a protection group (reference 5.4.2, Table 5-10, <c>protected_status</c>).
/// An extensible value.
/// </summary>
/// <param name="Value">The protected status exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ServerGroupProtectedStatus>))]
public readonly record struct ServerGroupProtectedStatus(string Value) : IStringValue<ServerGroupProtectedStatus>
{
    /// <summary>Protection is enabled (<c>started</c>).</summary>
    public static ServerGroupProtectedStatus Started { get; } = new("started");

    /// <summary>Protection is disabled (<c>stopped</c>).</summary>
    public static ServerGroupProtectedStatus Stopped { get; } = new("stopped");

    /// <summary>Converts a wire string into a <see cref="ServerGroupProtectedStatus"/>.</summary>
    /// <param name="value">The protected status text.</param>
    public static implicit operator ServerGroupProtectedStatus(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ServerGroupProtectedStatus"/>.</summary>
    /// <param name="value">The protected status text.</param>
    /// <returns>The protected status.</returns>
    public static ServerGroupProtectedStatus FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ServerGroupProtectedStatus IStringValue<ServerGroupProtectedStatus>.FromWire(string value) => new(value);
}
