namespace SdrsSdk.Testing;

/// <summary>What an injected fault does to a request (see <see cref="SdrsFault"/>).</summary>
public enum SdrsFaultKind
{
    /// <summary>
    /// The request is answered with an HTTP status code (503, 429, 500, …): by default without being processed; after
    /// processing when the fault was made by <see cref="SdrsFault.StatusAfterProcessing"/>.
    /// </summary>
    Status,

    /// <summary>The request is held for a while, then processed and answered normally.</summary>
    Delay,

    /// <summary>The TCP connection is reset: the client gets a transport error (<see
    /// cref="HttpRequestException"/>).</summary>
    DropConnection,

    /// <summary>The request is processed, but the response arrives without its body (WireMock's <c>EMPTY_RESPONSE</c>
    /// fault).</summary>
    EmptyResponse,

    /// <summary>The request is processed, but half the body arrives followed by garbage (WireMock's
    /// <c>MALFORMED_RESPONSE_CHUNK</c> fault).</summary>
    MalformedResponse,
}
