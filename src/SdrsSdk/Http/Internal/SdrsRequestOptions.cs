namespace SdrsSdk.Http.Internal;

/// <summary>Per-request flags the SDK's code sets on <see cref="HttpRequestMessage.Options"/> for its
/// handlers.</summary>
internal static class SdrsRequestOptions
{
    /// <summary>
    /// The key of a flag that keeps the resilience pipeline from retrying a request (the job poller has its own loop).
    /// Refit sets it from a <c>[Property(NoRetryKey)]</c> parameter.
    /// </summary>
    public const string NoRetryKey = "SdrsSdk.NoRetry";

    /// <summary>The key of a flag that marks a request carrying or returning credentials: its bodies are never
    /// logged.</summary>
    public const string CredentialRequestKey = "SdrsSdk.CredentialRequest";

    /// <summary>Gets a value indicating whether a request must not be retried by the SDK's pipeline.</summary>
    public static bool IsNoRetry(HttpRequestMessage request) => IsSet(request, NoRetryKey);

    /// <summary>
    /// Gets a value indicating whether a request obtains or carries credentials (IAM tokens, temporary keys), so
    /// that neither of its bodies may be logged: flagged explicitly, or recognised by its IAM path.
    /// </summary>
    public static bool IsCredentialRequest(HttpRequestMessage request)
    {
        if (IsSet(request, CredentialRequestKey))
        {
            return true;
        }

        string path = request.RequestUri is { IsAbsoluteUri: true } uri
            ? uri.AbsolutePath
            : request.RequestUri?.OriginalString ?? string.Empty;
        return path.Contains("/auth/tokens", StringComparison.OrdinalIgnoreCase)
            || path.Contains("securitytokens", StringComparison.OrdinalIgnoreCase)
            || path.Contains("/OS-CREDENTIAL/", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSet(HttpRequestMessage request, string key) =>
        request.Options.TryGetValue(new HttpRequestOptionsKey<object?>(key), out object? value) && value is true;
}
