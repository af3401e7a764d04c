using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using Refit;

namespace SdrsSdk.Http.Internal;

/// <summary>
/// The type each Refit method's success body is read into, learned from <see cref="SdrsResponseReader"/> on the
/// method's first read (Refit 16.4's generated clients name the interface and the method in the request options, but
/// not the result type). With it, the retry's check of a GET's success body (<see
/// cref="SdrsResponseContent.IsWellFormedJson"/>) is the parse itself: the value is kept for the reader, so a body is
/// parsed once instead of being checked by one JSON pass and then parsed by another.
/// </summary>
internal static class SdrsResultTypes
{
    private static readonly HttpRequestOptionsKey<Type> InterfaceKey = new(HttpRequestMessageOptions.InterfaceType);
    private static readonly HttpRequestOptionsKey<string> MethodKey = new(HttpRequestMessageOptions.MethodName);
    private static readonly ConcurrentDictionary<(Type Api, string Method), JsonTypeInfo> Learned = new();

    /// <summary>Remembers the type a request's method reads its body into.</summary>
    public static void Learn(HttpRequestMessage? request, JsonTypeInfo typeInfo)
    {
        if (Key(request) is { } key && !Learned.ContainsKey(key))
        {
            Learned.TryAdd(key, typeInfo);
        }
    }

    /// <summary>Gets the type a request's method reads its body into, once learned.</summary>
    public static JsonTypeInfo? Of(HttpRequestMessage? request) =>
        Key(request) is { } key && Learned.TryGetValue(key, out JsonTypeInfo? typeInfo) ? typeInfo : null;

    private static (Type, string)? Key(HttpRequestMessage? request) =>
        request is not null
        && request.Options.TryGetValue(InterfaceKey, out Type? api)
        && request.Options.TryGetValue(MethodKey, out string? method)
            ? (api, method)
            : null;
}
