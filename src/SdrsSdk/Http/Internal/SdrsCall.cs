namespace SdrsSdk.Http.Internal;

/// <summary>
/// Runs one Refit call and guarantees its outcome is a value or an <see cref="SdrsException"/>: a missing body where
/// one is required becomes an <see cref="SdrsInvalidResponseException"/>, never a <see cref="NullReferenceException"/>.
/// </summary>
internal static class SdrsCall
{
    /// <summary>Awaits a call whose response body is required and returns it.</summary>
    public static async Task<T> RequireAsync<T>(Task<T> call, string operation)
        where T : class
    {
        T? result = await call.ConfigureAwait(false);
        return result ?? throw MissingBody(operation);
    }

    /// <summary>Extracts a required member of a response envelope.</summary>
    public static TMember Require<TMember>(TMember? member, string operation, string field)
        where TMember : class =>
        member ?? throw new SdrsInvalidResponseException(new SdrsErrorDetails
        {
            Status = 200,
            ErrorMessage = $"The response to {operation} has no '{field}' field.",
        });

    private static SdrsInvalidResponseException MissingBody(string operation) =>
        new(new SdrsErrorDetails
        {
            Status = 200,
            ErrorMessage = $"The response to {operation} has an empty body where a JSON body was expected.",
        });
}
