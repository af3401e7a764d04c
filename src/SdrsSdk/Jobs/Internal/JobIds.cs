using System.Globalization;
using SdrsSdk.Http.Internal;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk.Jobs.Internal;

/// <summary>
/// The form of a job ID, checked before one goes into a request path: from a caller (a saved ID) and from the service
/// (a start response, a job read back), so that a hostile or broken answer never chooses the path the SDK requests.
/// </summary>
/// <remarks>
/// The reference (5.1.1) types <c>job_id</c> as a string and shows 32 lower-case letters and digits
/// (<c>0000000062db92d70162db9d200f000a</c>, also with non-hex letters such as <c>…20df32ch</c>). The check is looser
/// than the examples, so that no ID the service really issues is refused: 1 to <see cref="MaxLength"/> ASCII letters,
/// digits, '-' and '_'. That keeps every ID a single, unescaped path segment ('.', '/', '%', '?' never pass).
/// </remarks>
internal static class JobIds
{
    /// <summary>The longest job ID accepted: twice the reference's 32 characters.</summary>
    public const int MaxLength = 64;

    private const string Rule =
        "1 to 64 ASCII letters, digits, '-' or '_' (a job ID as the service returns it, such as "
        + "0000000062db92d70162db9d200f000a)";

    /// <summary>Gets a value indicating whether a job ID has the form the check above accepts.</summary>
    public static bool IsWellFormed(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }

        foreach (char c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks a job ID a caller passed, before any request.</summary>
    /// <exception cref="ArgumentNullException">The ID is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The ID does not have the form of a job ID.</exception>
    public static void RequireArgument(string? jobId, string paramName)
    {
        ArgumentNullException.ThrowIfNull(jobId, paramName);
        SdrsValidation.Check(IsWellFormed(jobId), $"{paramName} must be {Rule}.", paramName);
    }

    /// <summary>Why a job ID the service sent is refused: it is not of the form of a job ID.</summary>
    public static string NotAJobId(string jobId) =>
        $"The response body has a 'job_id' that is not a job ID ({Preview(jobId)}); it must be {Rule}";

    /// <summary>
    /// Checks that a job read back is the one asked for (for <see cref="SdrsResponseReader.CheckKey"/>): a job
    /// answer without a job ID, or naming another job, does not answer the call.
    /// </summary>
    /// <returns>Why the job does not answer, or <see langword="null"/>.</returns>
    public static string? CheckSame(object job, string askedFor)
    {
        string? jobId = ((SdrsJob)job).JobId;
        if (string.IsNullOrWhiteSpace(jobId))
        {
            return "The response body has no 'job_id' field";
        }

        return string.Equals(jobId, askedFor, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"The response body for job {askedFor} describes another job ({Preview(jobId)})";
    }

    /// <summary>A bounded, printable rendering of an ID a server sent, for a message.</summary>
    private static string Preview(string? id)
    {
        if (id is null)
        {
            return "none";
        }

        const int Shown = 40;
        var text = new System.Text.StringBuilder("'");
        foreach (char c in id.AsSpan(0, Math.Min(id.Length, Shown)))
        {
            text.Append(char.IsAscii(c) && !char.IsControl(c) ? c : '?');
        }

        text.Append('\'');
        if (id.Length > Shown)
        {
            text.Append(CultureInfo.InvariantCulture, $"… ({id.Length} characters)");
        }

        return text.ToString();
    }
}
