using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The kind of replication-pair query (filter <c>query_type</c>, reference 5.6.3). An extensible value.
/// </summary>
/// <param name="Value">The value exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ReplicationQueryType>))]
public readonly record struct ReplicationQueryType(string Value) : IStringValue<ReplicationQueryType>
{
    /// <summary>All replication pairs, the same as leaving the filter empty (<c>general</c>).</summary>
    public static ReplicationQueryType General { get; } = new("general");

    /// <summary>Only replication pairs in an abnormal status (<c>status_abnormal</c>).</summary>
    public static ReplicationQueryType StatusAbnormal { get; } = new("status_abnormal");

    /// <summary>Converts a wire string into a <see cref="ReplicationQueryType"/>.</summary>
    /// <param name="value">The wire text.</param>
    public static implicit operator ReplicationQueryType(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ReplicationQueryType"/>.</summary>
    /// <param name="value">The wire text.</param>
    /// <returns>The value.</returns>
    public static ReplicationQueryType FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ReplicationQueryType IStringValue<ReplicationQueryType>.FromWire(string value) => new(value);
}
