using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>A resource type with a quota (reference 5.10.1). An extensible value: unknown types deserialize.</summary>
/// <param name="Value">The type exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<QuotaResourceType>))]
public readonly record struct QuotaResourceType(string Value) : IStringValue<QuotaResourceType>
{
    /// <summary>Protection groups (<c>server_groups</c>).</summary>
    public static QuotaResourceType ServerGroups { get; } = new("server_groups");

    /// <summary>Replication pairs (<c>replications</c>).</summary>
    public static QuotaResourceType Replications { get; } = new("replications");

    /// <summary>Converts a wire string into a <see cref="QuotaResourceType"/>.</summary>
    /// <param name="value">The type text.</param>
    public static implicit operator QuotaResourceType(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="QuotaResourceType"/>.</summary>
    /// <param name="value">The type text.</param>
    /// <returns>The resource type.</returns>
    public static QuotaResourceType FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static QuotaResourceType IStringValue<QuotaResourceType>.FromWire(string value) => new(value);
}
