namespace SdrsSdk.Testing;

/// <summary>One request the emulator received, and how it answered (see <see cref="SdrsEmulator.Journal"/>).</summary>
/// <remarks>
/// <code>
/// SdrsJournalEntry poll = emulator.Journal.Last(entry => entry.Path.Contains("/jobs/", StringComparison.Ordinal));
/// Assert.Equal(200, poll.StatusCode);
/// Assert.Equal(SdrsAuthenticationKind.AccessKey, poll.Authentication);
/// </code>
/// </remarks>
public sealed class SdrsJournalEntry
{
    internal SdrsJournalEntry(
        DateTimeOffset time,
        string method,
        string path,
        string query,
        string? body,
        int statusCode,
        SdrsAuthenticationKind authentication,
        string requestId,
        string? errorCode,
        SdrsFault? fault
    )
    {
        Time = time;
        Method = method;
        Path = path;
        Query = query;
        Body = body;
        StatusCode = statusCode;
        Authentication = authentication;
        RequestId = requestId;
        ErrorCode = errorCode;
        Fault = fault;
    }

    /// <summary>Gets when the request arrived, by the emulator's clock (<see
    /// cref="SdrsEmulatorOptions.TimeProvider"/>).</summary>
    public DateTimeOffset Time { get; }

    /// <summary>Gets the HTTP method, upper case (<c>GET</c>, <c>POST</c>, …).</summary>
    public string Method { get; }

    /// <summary>Gets the path, decoded, for example <c>/v1/{project_id}/server-groups</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the query string as sent, without the leading <c>?</c>; empty when there was none.</summary>
    public string Query { get; }

    /// <summary>Gets the request body as text, or <see langword="null"/> when there was none.</summary>
    public string? Body { get; }

    /// <summary>Gets the HTTP status code answered; 0 when the connection was dropped before any status was
    /// sent.</summary>
    public int StatusCode { get; }

    /// <summary>Gets the credential the request presented; a 401 <see cref="StatusCode"/> means it was
    /// refused.</summary>
    public SdrsAuthenticationKind Authentication { get; }

    /// <summary>Gets the <c>X-Request-Id</c> the emulator answered with.</summary>
    public string RequestId { get; }

    /// <summary>Gets the error code answered (<c>SDRS.1013</c>, <c>APIGW.0301</c>, …), or <see langword="null"/> on
    /// success.</summary>
    public string? ErrorCode { get; }

    /// <summary>Gets the fault injected into this request, or <see langword="null"/> when none was.</summary>
    public SdrsFault? Fault { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Method} {Path}{(Query.Length > 0 ? "?" + Query : string.Empty)} -> "
        + $"{StatusCode}{(ErrorCode is null ? string.Empty : " " + ErrorCode)}"
        + $"{(Fault is null ? string.Empty : " [" + Fault + "]")}";
}
