using System.Text.Json.Nodes;

namespace SdrsSdk.Testing.Internal;

/// <summary>What the emulator answers to one request, before it becomes a WireMock response.</summary>
internal sealed class EmulatorResult
{
    private EmulatorResult(int status, JsonNode? body, string? errorCode)
    {
        Status = status;
        Body = body;
        ErrorCode = errorCode;
    }

    public int Status { get; }

    public JsonNode? Body { get; }

    public string? ErrorCode { get; }

    public IList<KeyValuePair<string, string>> Headers { get; } = [];

    public static EmulatorResult Json(JsonNode body, int status = 200) => new(status, body, null);

    public static EmulatorResult NoContent() => new(204, null, null);

    /// <summary>
    /// The SDRS error envelope of reference chapter 5, <c>{"&lt;wrapper&gt;":{"message","code"}}</c>. The reference
    /// says the wrapper <c>error</c> stands for a general error "including badrequest and itemNotFound": a 404 is
    /// wrapped in <c>itemNotFound</c>, a request the emulator cannot read at all (framing, JSON, Content-Type) in
    /// <c>badrequest</c>, and every other refusal in <c>error</c>, the wrapper of the reference's examples.
    /// </summary>
    public static EmulatorResult Error(int status, string code, string message, bool unreadable = false) =>
        new(
            status,
            new JsonObject
            {
                [Wrapper(status, unreadable)] = new JsonObject { ["message"] = message, ["code"] = code },
            },
            code
        );

    /// <summary>The wrapper key of an SDRS error envelope (see <see cref="Error"/>).</summary>
    public static string Wrapper(int status, bool unreadable) =>
        status == 404 ? "itemNotFound"
        : unreadable ? "badrequest"
        : "error";

    /// <summary>The API Gateway envelope of reference 3.3: <c>{"error_msg","error_code","request_id"}</c>.</summary>
    public static EmulatorResult GatewayError(int status, string code, string message, string requestId) =>
        new(
            status,
            new JsonObject
            {
                ["error_msg"] = message,
                ["error_code"] = code,
                ["request_id"] = requestId,
            },
            code
        );

    public static EmulatorResult From(EmulatorException exception) =>
        Error(exception.Status, exception.Code, exception.ErrorMessage, exception.IsUnreadable);
}
