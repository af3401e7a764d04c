namespace SdrsSdk.Testing.Internal;

/// <summary>
/// A request the emulator refuses with an SDRS error code (Appendix A.1); the pipeline turns it into the
/// <c>{"error":{"message","code"}}</c> envelope with the catalog's HTTP status.
/// </summary>
internal sealed class EmulatorException : Exception
{
    /// <summary>Refuses with a catalog code; the message is the catalog's, followed by the detail when given.</summary>
    public EmulatorException(string code, string? detail, int? status = null, bool unreadable = false)
        : base(Compose(code, detail))
    {
        Code = code;
        IsUnreadable = unreadable;
        Status = status ?? (SdrsErrorCatalog.TryGet(code, out SdrsErrorInfo? info) ? info.HttpStatus : 400);
        ErrorMessage = Compose(code, detail);
    }

    public string Code { get; }

    /// <summary>Gets a value indicating whether the request could not be read at all (framing, JSON,
    /// Content-Type): answered in the <c>badrequest</c> envelope.</summary>
    public bool IsUnreadable { get; }

    public int Status { get; }

    public string ErrorMessage { get; }

    private static string Compose(string code, string? detail)
    {
        string text = SdrsErrorCatalog.TryGet(code, out SdrsErrorInfo? info) ? info.Message : "Request refused";
        return string.IsNullOrEmpty(detail) ? text : $"{text}: {detail}";
    }
}
