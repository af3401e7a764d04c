using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// A predefined filter of protection groups (reference 5.4.2, <c>query_type</c>). An extensible value.
/// </summary>
/// <param name="Value">The query type exactly as the server sent it.</param>
[JsonConverter(typeof(StringValueConverter<ServerGroupQueryType>))]
public readonly record struct ServerGroupQueryType(string Value) : IStringValue<ServerGroupQueryType>
{
    /// <summary>Protection groups in an abnormal status (<c>status_abnormal</c>).</summary>
    public static ServerGroupQueryType StatusAbnormal { get; } = new("status_abnormal");

    /// <summary>Protection groups whose protection is disabled (<c>stop_protected</c>).</summary>
    public static ServerGroupQueryType StopProtected { get; } = new("stop_protected");

    /// <summary>Protection groups without a DR drill in a period (by default, 3 months)
    /// (<c>period_no_dr_drill</c>).</summary>
    public static ServerGroupQueryType PeriodNoDrDrill { get; } = new("period_no_dr_drill");

    /// <summary>No predefined filter: the server ignores the parameter, as when it is left out
    /// (<c>general</c>).</summary>
    public static ServerGroupQueryType General { get; } = new("general");

    /// <summary>Converts a wire string into a <see cref="ServerGroupQueryType"/>.</summary>
    /// <param name="value">The query type text.</param>
    public static implicit operator ServerGroupQueryType(string value) => new(value);

    /// <summary>Converts a wire string into a <see cref="ServerGroupQueryType"/>.</summary>
    /// <param name="value">The query type text.</param>
    /// <returns>The query type.</returns>
    public static ServerGroupQueryType FromString(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ServerGroupQueryType IStringValue<ServerGroupQueryType>.FromWire(string value) => new(value);
}
