namespace SdrsSdk;

/// <summary>What a failed SDRS response said: status, error code and message, request ID and the raw body.</summary>
public sealed record SdrsErrorDetails
{
    /// <summary>The longest raw body kept, in characters; longer bodies are cut.</summary>
    public const int MaxRawBodyLength = 16 * 1024;

    internal static SdrsErrorDetails Empty { get; } = new();

    /// <summary>Gets the HTTP status code, or 0 when no response was received.</summary>
    public int Status { get; init; }

    /// <summary>Gets the SDRS error code, for example <c>SDRS.1013</c>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Gets the error message the service sent.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>Gets the request ID the service sent (<c>X-Request-Id</c>).</summary>
    public string? RequestId { get; init; }

    /// <summary>
    /// Gets the <c>encoded_authorization_message</c> of the body: on a refusal by an access policy, the encoded
    /// reason, which IAM's <c>decode-authorization-message</c> API turns into the policy and action that denied the
    /// request.
    /// </summary>
    public string? EncodedAuthorizationMessage { get; init; }

    /// <summary>Gets the entries of the body's <c>details</c> array (at most 20), when it has one.</summary>
    public IReadOnlyList<SdrsErrorItem>? ErrorItems { get; init; }

    /// <summary>Gets the HTTP method of the request.</summary>
    public string? Method { get; init; }

    /// <summary>Gets the path and query of the request.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the response's content type.</summary>
    public string? ContentType { get; init; }

    /// <summary>Gets the raw response body, at most <see cref="MaxRawBodyLength"/> characters.</summary>
    public string? RawBody { get; init; }

    /// <summary>Gets how long the service asked the caller to wait before retrying (<c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>
    /// Gets whether the request may have taken effect although it failed, when whoever built the details knows it:
    /// <see langword="false"/> when it provably never reached the service (connection refused, DNS or TLS failure),
    /// <see langword="true"/> when it may have (connection lost after sending, a gateway's 5xx after sending).
    /// <see langword="null"/> leaves the answer to <see cref="SdrsException.MayHaveBeenApplied"/>'s rule.
    /// </summary>
    public bool? MayHaveBeenApplied { get; init; }
}
