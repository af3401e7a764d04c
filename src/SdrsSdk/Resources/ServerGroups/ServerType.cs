using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The type of servers a protection group manages (reference 5.4.2, Table 5-10, <c>server_type</c>). An extensible
/// value.
/// </summary>
/// <param name="Value">The server type exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ServerType>))]
public readonly record struct ServerType(string Value) : IStringValue<ServerType>
{
    /// <summary>Elastic Cloud Servers (<c>ECS</c>).</summary>
    public static ServerType Ecs { get; } = new("ECS");

    /// <summary>Converts a wire string into a <see cref="ServerType"/>.</summary>
    /// <param name="value">The server type text.</param>
    public static implicit operator ServerType(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ServerType"/>.</summary>
    /// <param name="value">The server type text.</param>
    /// <returns>The server type.</returns>
    public static ServerType FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ServerType IStringValue<ServerType>.FromWire(string value) => new(value);
}
