using SdrsSdk.Errors.Internal;
using SdrsSdk.Serialization;

namespace SdrsSdk.Http.Internal;

/// <summary>
/// Runs one Refit call and guarantees its outcome is a value or an <see cref="SdrsException"/>: a missing body or a
/// missing required field becomes an <see cref="SdrsInvalidResponseException"/> (or the typed exception of an error
/// envelope sent with a success status), never a <see cref="NullReferenceException"/>.
/// </summary>
/// <remarks>
/// Bodies that are empty, not JSON, <c>null</c> or of the wrong shape are refused while deserializing, with status,
/// request ID and raw body (<see cref="SdrsContentSerializer"/>); what reaches this class is a body that parsed.
/// </remarks>
internal static class SdrsCall
{
    /// <summary>Awaits a call whose response body is required and returns it.</summary>
    public static async Task<T> RequireAsync<T>(Task<T> call, string operation)
        where T : class
    {
        T? result = await call.ConfigureAwait(false);
        return result ?? throw MissingBody(operation);
    }

    /// <summary>
    /// Extracts a required member of a response body; when it is missing, the exception carries the status, request
    /// ID and raw body of the response the body came from.
    /// </summary>
    public static TMember Require<TBody, TMember>(TBody body, TMember? member, string operation, string field)
        where TBody : class
        where TMember : class =>
        member ?? throw MissingField(body, operation, field);

    /// <summary>Extracts a required text member (an ID) of a response body: missing, empty or blank is refused.</summary>
    public static string RequireText<TBody>(TBody body, string? value, string operation, string field)
        where TBody : class =>
        string.IsNullOrWhiteSpace(value) ? throw MissingField(body, operation, field) : value;

    /// <summary>The exception for a required field missing from a body: typed when the body is an error envelope.</summary>
    public static SdrsException MissingField(object body, string operation, string field) =>
        Invalid(body, $"The response to {operation} has no '{field}' field");

    /// <summary>
    /// The exception for a body that parsed but does not answer the call (<paramref name="reason"/> says why): it
    /// carries the status, request ID and raw body of the response the body came from, and is typed when the body is
    /// an error envelope.
    /// </summary>
    public static SdrsException Invalid(object body, string reason) =>
        SdrsContentSerializer.TryGetOrigin(body, out SdrsResponseSnapshot? origin)
            ? SdrsExceptionFactory.CreateInvalid(origin, reason)
            : new SdrsInvalidResponseException(new SdrsErrorDetails { Status = 200, ErrorMessage = reason + "." });

    private static SdrsInvalidResponseException MissingBody(string operation) =>
        new(new SdrsErrorDetails
        {
            Status = 204,
            ErrorMessage = $"The response to {operation} has no body (HTTP 204 No Content) where a JSON body was expected.",
        });
}
