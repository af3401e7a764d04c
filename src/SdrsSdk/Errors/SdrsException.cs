using System.Globalization;
using System.Text;

namespace SdrsSdk;

/// <summary>
/// An SDRS request failed: the service (or a gateway in front of it) answered with an error, or with a response
/// the SDK could not read. Carries everything needed to act on the failure or report it.
/// </summary>
/// <remarks>
/// Subclasses say what kind of failure it was, so callers can branch on the type:
/// <see cref="SdrsBadRequestException"/>, <see cref="SdrsAuthenticationException"/>,
/// <see cref="SdrsPermissionException"/>, <see cref="SdrsNotFoundException"/>, <see cref="SdrsConflictException"/>,
/// <see cref="SdrsThrottledException"/>, <see cref="SdrsServerException"/> and
/// <see cref="SdrsInvalidResponseException"/>. The message never contains credentials, tokens or signatures.
/// </remarks>
public class SdrsException : Exception
{
    /// <summary>Initializes a new instance with a message only.</summary>
    public SdrsException()
        : this(SdrsErrorDetails.Empty, "An SDRS request failed.", null) { }

    /// <summary>Initializes a new instance with a message only.</summary>
    /// <param name="message">The message.</param>
    public SdrsException(string message)
        : this(SdrsErrorDetails.Empty, message, null) { }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SdrsException(string message, Exception? innerException)
        : this(SdrsErrorDetails.Empty, message, innerException) { }

    /// <summary>Initializes a new instance from the details of a failed response.</summary>
    /// <param name="details">What the failed response said.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SdrsException(SdrsErrorDetails details, Exception? innerException = null)
        : this(details, BuildMessage(details), innerException) { }

    /// <summary>Initializes a new instance from the details of a failed response, with a custom message.</summary>
    /// <param name="details">What the failed response said.</param>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected SdrsException(SdrsErrorDetails details, string message, Exception? innerException)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(details);
        Details = details;
    }

    /// <summary>Gets everything the failed response said, in one object.</summary>
    public SdrsErrorDetails Details { get; }

    /// <summary>Gets the HTTP status code, or 0 when no response was received.</summary>
    public int Status => Details.Status;

    /// <summary>Gets the SDRS error code (for example <c>SDRS.1013</c>), or <see langword="null"/> when the body had
    /// none.</summary>
    public string? ErrorCode => Details.ErrorCode;

    /// <summary>Gets the error message the service sent, or a description of the response when it sent none.</summary>
    public string? ErrorMessage => Details.ErrorMessage;

    /// <summary>Gets the request ID (<c>X-Request-Id</c>) to quote to support, when the service sent one.</summary>
    public string? RequestId => Details.RequestId;

    /// <summary>Gets the HTTP method of the failed request.</summary>
    public string? Method => Details.Method;

    /// <summary>Gets the path (and query) of the failed request.</summary>
    public string? Path => Details.Path;

    /// <summary>Gets the body's <c>encoded_authorization_message</c> (see
    /// <see cref="SdrsErrorDetails.EncodedAuthorizationMessage"/>).</summary>
    public string? EncodedAuthorizationMessage => Details.EncodedAuthorizationMessage;

    /// <summary>Gets the entries of the body's <c>details</c> array, when it has one.</summary>
    public IReadOnlyList<SdrsErrorItem>? ErrorItems => Details.ErrorItems;

    /// <summary>Gets the raw response body, cut at <see cref="SdrsErrorDetails.MaxRawBodyLength"/>
    /// characters.</summary>
    public string? RawBody => Details.RawBody;

    /// <summary>Gets the catalog entry (Appendix A.1) for <see cref="ErrorCode"/>: its description and handling
    /// measure.</summary>
    public SdrsErrorInfo? ErrorInfo => SdrsErrorCatalog.TryGet(ErrorCode, out SdrsErrorInfo? info) ? info : null;

    /// <summary>
    /// Gets a value indicating whether the failure means the resource does not exist: HTTP 404, or one of the
    /// SDRS codes that report a missing resource with HTTP 400 (for example <c>SDRS.1013</c>).
    /// </summary>
    public bool IsNotFound => Status == 404 || ErrorInfo?.IsNotFound == true;

    /// <summary>
    /// Gets a value indicating whether the failed request may nevertheless have taken effect, so that sending it
    /// again could do the work twice: check its effect first.
    /// </summary>
    /// <value>
    /// <see cref="SdrsErrorDetails.MayHaveBeenApplied"/> when the failure states it (for example, <see
    /// langword="false"/> for a connection that was refused before anything was sent). Otherwise a conservative rule
    /// from the request and the answer: <see langword="false"/> for a read (GET, HEAD) and for a write the service
    /// refused with a 4xx other than 408; <see langword="true"/> for a write that got no answer (status 0), a 408, a
    /// 5xx, or a success the SDK could not read. Always <see langword="true"/> for
    /// <see cref="SdrsOutcomeUnknownException"/>; <see langword="false"/> without a method (a failed job).
    /// </value>
    public bool MayHaveBeenApplied => Details.MayHaveBeenApplied ?? MayHaveBeenAppliedByRule(Details);

    /// <summary>The rule behind <see cref="MayHaveBeenApplied"/> when the failure does not state it.</summary>
    private static bool MayHaveBeenAppliedByRule(SdrsErrorDetails details)
    {
        return IsWrite(details.Method) && details.Status is 0 or 408 or (>= 200 and < 300) or >= 500;
    }

    /// <summary>What a message adds for a write that failed after it may have reached the service.</summary>
    internal const string MayHaveBeenAppliedAdvice =
        " The service may have processed the request; it was not sent again. Check its effect before repeating it.";

    /// <summary>Gets a value indicating whether a request of this method may change state (anything but GET and
    /// HEAD); <see langword="false"/> when the method is unknown.</summary>
    internal static bool IsWrite(string? method) =>
        method is not null
        && !string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(method, "HEAD", StringComparison.OrdinalIgnoreCase);

    /// <summary>What a message adds to a 401 without a catalog entry (the API gateway's <c>APIGW.*</c>
    /// codes).</summary>
    internal const string UnauthorizedAdvice =
        " What to do: check the credential (the AK/SK pair, or a token that has not expired), and that this machine's"
        + " clock is within 15 minutes of the service's (AK/SK signatures carry the time they were made).";

    /// <summary>Appends the catalog's description of a code, unless the service's own message already said it
    /// ("Internal error"), and what to do.</summary>
    internal static void AppendAdvice(StringBuilder text, SdrsErrorInfo info, string? serviceMessage)
    {
        string description = info.Description.TrimEnd('.');
        if (
            string.IsNullOrEmpty(serviceMessage)
            || !serviceMessage.Contains(description, StringComparison.OrdinalIgnoreCase)
        )
        {
            text.Append(' ').Append(description).Append('.');
        }

        text.Append(" What to do: ").Append(info.HandlingMeasure);
    }

    private static string BuildMessage(SdrsErrorDetails details)
    {
        var text = new StringBuilder("SDRS request ");
        if (details.Method is not null)
        {
            text.Append(details.Method).Append(' ').Append(details.Path).Append(' ');
        }

        text.Append(CultureInfo.InvariantCulture, $"failed with HTTP {details.Status}");
        if (details.ErrorCode is not null)
        {
            text.Append(" (").Append(details.ErrorCode).Append(')');
        }

        if (!string.IsNullOrEmpty(details.ErrorMessage))
        {
            text.Append(": ").Append(details.ErrorMessage.TrimEnd('.')).Append('.');
        }
        else
        {
            text.Append('.');
        }

        if (SdrsErrorCatalog.TryGet(details.ErrorCode, out SdrsErrorInfo? info))
        {
            AppendAdvice(text, info, details.ErrorMessage);
        }
        else if (details.Status == 401)
        {
            text.Append(UnauthorizedAdvice);
        }

        foreach (SdrsErrorItem item in details.ErrorItems ?? [])
        {
            text.Append(" Detail: ")
                .Append(item.Code)
                .Append(item.Code is null || item.Message is null ? "" : ": ")
                .Append(item.Message?.TrimEnd('.'))
                .Append('.');
        }

        if (details.EncodedAuthorizationMessage is not null)
        {
            text.Append(
                " The service attached an encoded authorization message (EncodedAuthorizationMessage): IAM's"
                    + " decode-authorization-message API says which policy denied the request."
            );
        }

        if (details.RequestId is not null)
        {
            text.Append(" Request ID: ").Append(details.RequestId).Append('.');
        }

        return text.ToString();
    }
}
