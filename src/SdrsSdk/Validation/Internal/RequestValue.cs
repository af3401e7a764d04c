using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using SdrsSdk.Serialization;

namespace SdrsSdk.Validation.Internal;

/// <summary>
/// The rule for request values the reference defines as a closed set (<c>priority_station</c>, status filters,
/// <c>query_type</c>, <c>failure_status</c>, <c>resource_type</c>, <c>tenancy</c>, tag match keys): the set is the
/// known values of the extensible type (its static properties), a known value is accepted in any case and sent in
/// its wire spelling, and anything else is refused before any request.
/// </summary>
/// <remarks>
/// Values the server sends stay open (an unknown status still deserializes); only what the SDK sends is checked,
/// because the service refuses a value outside the set (SDRS.0216 for <c>"Target"</c>).
/// </remarks>
internal static class RequestValue
{
    /// <summary>Returns the known value <paramref name="value"/> names, in its wire spelling.</summary>
    /// <exception cref="ArgumentException">The value is not one of the known values; the message lists
    /// them.</exception>
    public static T OneOf<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(
        T value,
        string field,
        string paramName
    )
        where T : struct, IStringValue<T>
    {
        foreach (T known in Known<T>.Values)
        {
            if (string.Equals(known.Value, value.Value, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        throw new ArgumentException(
            $"{field} must be one of {string.Join(", ", Known<T>.Values.Select(known => known.Value))} (in any "
                + $"case); '{value.Value}' is not.",
            paramName
        );
    }

    /// <summary>The wire spelling of an optional value: <see langword="null"/> when it is not set.</summary>
    /// <exception cref="ArgumentException">The value is set but is not one of the known values.</exception>
    public static string? Wire<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(
        T? value,
        string field,
        string paramName
    )
        where T : struct, IStringValue<T> => value is { } set ? OneOf(set, field, paramName).Value : default(string?);

    private static class Known<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>
        where T : struct, IStringValue<T>
    {
        public static readonly T[] Values = typeof(T)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.PropertyType == typeof(T))
            .Select(property => (T)property.GetValue(null)!)
            .ToArray();
    }
}
