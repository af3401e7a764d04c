using System.Text;

namespace SdrsSdk;

/// <summary>
/// A write failed in a way that leaves its outcome unknown: the request may have reached the service and may have
/// been applied, and the SDK could not tell from what SDRS lets it read back (or not within its time budget). The
/// request was not sent again. Check <see cref="WhatToCheck"/> before repeating it.
/// </summary>
/// <remarks>
/// <see cref="SdrsException.MayHaveBeenApplied"/> is always <see langword="true"/>. <see cref="SdrsException.Status"/>,
/// <see cref="SdrsException.Method"/>, <see cref="SdrsException.Path"/> and <see cref="SdrsException.RequestId"/>
/// describe the failed write (status 0 when no answer arrived); <see cref="Exception.InnerException"/> is its failure.
/// </remarks>
public sealed class SdrsOutcomeUnknownException : SdrsException
{
    /// <summary>Initializes a new instance for a write whose outcome is unknown.</summary>
    /// <param name="operation">The operation, for example <c>ServerGroups.Create</c>.</param>
    /// <param name="whatToCheck">What to read to find out whether it took effect, in the caller's words.</param>
    /// <param name="details">What is known of the failed write: method, path, status, request ID.</param>
    /// <param name="reason">Why the outcome could not be resolved; <see langword="null"/> for none.</param>
    /// <param name="innerException">The failure of the write.</param>
    /// <exception cref="ArgumentException"><paramref name="operation"/> or <paramref name="whatToCheck"/> is empty.
    /// </exception>
    public SdrsOutcomeUnknownException(
        string operation,
        string whatToCheck,
        SdrsErrorDetails details,
        string? reason = null,
        Exception? innerException = null
    )
        : base(Applied(details), BuildMessage(operation, whatToCheck, details, reason), innerException)
    {
        Operation = operation;
        WhatToCheck = whatToCheck;
        Reason = reason;
    }

    /// <summary>Gets the operation whose outcome is unknown, for example <c>ServerGroups.Create</c>.</summary>
    public string Operation { get; }

    /// <summary>Gets what to read to find out whether the write took effect.</summary>
    public string WhatToCheck { get; }

    /// <summary>Gets why the SDK could not tell, when it said; otherwise <see langword="null"/>.</summary>
    public string? Reason { get; }

    private static SdrsErrorDetails Applied(SdrsErrorDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return details with { MayHaveBeenApplied = true };
    }

    private static string BuildMessage(string operation, string whatToCheck, SdrsErrorDetails details, string? reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        ArgumentException.ThrowIfNullOrWhiteSpace(whatToCheck);
        ArgumentNullException.ThrowIfNull(details);
        var text = new StringBuilder("SDRS operation ").Append(operation);
        if (details.Method is not null)
        {
            text.Append(" (").Append(details.Method).Append(' ').Append(details.Path).Append(')');
        }

        text.Append(" failed and may have been applied; it was not sent again");
        text.Append(reason is null ? "." : $": {reason.TrimEnd('.')}.");
        text.Append(" Check ").Append(whatToCheck.TrimEnd('.')).Append(" before repeating it.");
        if (details.RequestId is not null)
        {
            text.Append(" Request ID: ").Append(details.RequestId).Append('.');
        }

        return text.ToString();
    }
}
