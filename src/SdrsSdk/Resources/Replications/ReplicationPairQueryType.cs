using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// The kind of replication-pair query (filter <c>query_type</c>, reference 5.6.3). An extensible value.
/// </summary>
/// <param name="Value">The value exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ReplicationPairQueryType>))]
public readonly record struct ReplicationPairQueryType(string Value) : IStringValue<ReplicationPairQueryType>
{
    /// <summary>All replication pairs, the same as leaving the filter empty (<c>general</c>).</summary>
    public static ReplicationPairQueryType General { get; } = new("general");

    /// <summary>Only replication pairs in an abnormal status (<c>status_abnormal</c>).</summary>
    public static ReplicationPairQueryType StatusAbnormal { get; } = new("status_abnormal");

    /// <summary>Converts a wire string into a <see cref="ReplicationPairQueryType"/>.</summary>
    /// <param name="value">The wire text.</param>
    public static implicit operator ReplicationPairQueryType(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ReplicationPairQueryType"/>.</summary>
    /// <param name="value">The wire text.</param>
    /// <returns>The value.</returns>
    public static ReplicationPairQueryType FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ReplicationPairQueryType IStringValue<ReplicationPairQueryType>.FromWire(string value) => new(value);
}
