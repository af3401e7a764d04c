using System.Text;
using System.Text.Json;
using SdrsSdk.Http.Internal;

namespace SdrsSdk.Errors.Internal;

/// <summary>Turns a non-success HTTP response into the typed <see cref="SdrsException"/> that fits it.</summary>
internal static class SdrsExceptionFactory
{
    /// <summary>Creates the exception for a failed response, or <see langword="null"/> for a success.</summary>
    public static async Task<Exception?> CreateAsync(HttpResponseMessage response, TimeProvider time, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        string? body = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        return Create(response, body, time);
    }

    /// <summary>Creates the exception for a failed response whose body has been read.</summary>
    public static SdrsException Create(HttpResponseMessage response, string? body, TimeProvider time, Exception? inner = null)
    {
        SdrsErrorDetails details = Describe(response, body, time);
        return Create(details, inner);
    }

    /// <summary>
    /// Creates the exception for a success response whose body could not be read as the expected JSON, with the
    /// body (as far as the SDK buffered it), status and request ID. An <see cref="SdrsException"/> passes through.
    /// </summary>
    public static SdrsException CreateUnreadable(HttpResponseMessage response, TimeProvider time, Exception inner)
    {
        if (inner is SdrsException decoded)
        {
            return decoded;
        }

        string reason = inner is JsonException { Path: not null } json
            ? $"The response body could not be read as the expected JSON at {json.Path} ({inner.GetType().Name})"
            : $"The response body could not be read as the expected JSON ({inner.GetType().Name})";
        return CreateInvalid(SdrsResponseSnapshot.From(response, time), reason, inner);
    }

    /// <summary>
    /// Creates the exception for a success response that does not answer the call: a typed exception when its body
    /// is an error envelope with a code, otherwise an <see cref="SdrsInvalidResponseException"/> giving the reason.
    /// </summary>
    public static SdrsException CreateInvalid(SdrsResponseSnapshot response, string reason, Exception? inner = null)
    {
        // The reason and the cause may quote the body (a JSON path names the server's property names).
        reason = response.Secrets.Scrub(reason);
        inner = Scrub(inner, response.Secrets);
        SdrsErrorDetails described = response.Describe();
        if (described.ErrorCode is not null)
        {
            return CreateForErrorOnSuccess(described, inner);
        }

        return new SdrsInvalidResponseException(described with { ErrorMessage = reason }, inner);
    }

    /// <summary>
    /// Creates the exception for an error envelope that came with a success status: the type follows the HTTP status
    /// the catalog (Appendix A.1) gives the code, and is <see cref="SdrsInvalidResponseException"/> for an unknown code.
    /// <see cref="SdrsException.Status"/> stays the status actually received.
    /// </summary>
    public static SdrsException CreateForErrorOnSuccess(SdrsErrorDetails details, Exception? inner = null)
    {
        int implied = SdrsErrorCatalog.TryGet(details.ErrorCode, out SdrsErrorInfo? info) ? info.HttpStatus : 0;
        return Create(details, implied, inner);
    }

    /// <summary>Creates the exception that fits the details: the type follows the status and the error code.</summary>
    public static SdrsException Create(SdrsErrorDetails details, Exception? inner = null) => Create(details, details.Status, inner);

    /// <summary>Collects what a response says about a failure.</summary>
    public static SdrsErrorDetails Describe(HttpResponseMessage response, string? body, TimeProvider time) =>
        SdrsResponseSnapshot.From(response, time).Describe(body);

    /// <summary>
    /// Reads at most <see cref="SdrsErrorDetails.MaxRawBodyLength"/> characters of a body, and
    /// <see cref="SdrsResponseText.ScrubMargin"/> more for the scrubber to see past the cut.
    /// </summary>
    public static async Task<string?> ReadBoundedAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return null;
        }

        Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            Encoding encoding = Encoding.UTF8;
            string? charset = content.Headers.ContentType?.CharSet;
            if (!string.IsNullOrWhiteSpace(charset))
            {
                try
                {
                    encoding = Encoding.GetEncoding(charset.Trim('"'));
                }
                catch (ArgumentException)
                {
                    // Unknown charset: read it as UTF-8, which every SDRS response is.
                }
            }

            using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true);
            char[] buffer = new char[SdrsResponseText.WithMargin(SdrsErrorDetails.MaxRawBodyLength)];
            int total = 0;
            while (total < buffer.Length)
            {
                int read = await reader.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return total == 0 ? null : new string(buffer, 0, total);
        }
    }

    /// <summary>Picks the exception type from a status (received or implied by the code) and the error code.</summary>
    private static SdrsException Create(SdrsErrorDetails details, int status, Exception? inner)
    {
        SdrsErrorInfo? info = SdrsErrorCatalog.TryGet(details.ErrorCode, out SdrsErrorInfo? found) ? found : null;
        if (status == 404 || info?.IsNotFound == true)
        {
            return new SdrsNotFoundException(details, inner);
        }

        return status switch
        {
            401 => new SdrsAuthenticationException(details, inner),
            403 => new SdrsPermissionException(details, inner),
            409 => new SdrsConflictException(details, inner),
            429 => new SdrsThrottledException(details, inner),
            >= 500 => new SdrsServerException(details, inner),
            _ when IsCode(details.ErrorCode, "SDRS.0002") => new SdrsAuthenticationException(details, inner),
            _ when IsCode(details.ErrorCode, "SDRS.0003", "SDRS.0004", "SDRS.0005") => new SdrsPermissionException(details, inner),
            >= 400 => new SdrsBadRequestException(details, inner),
            _ => new SdrsInvalidResponseException(details, inner),
        };
    }

    /// <summary>
    /// The cause itself when its message shows no secret; otherwise a cause of the same kind (JSON or not) with the
    /// scrubbed message, since an exception's message cannot be changed and the cause's text reaches logs through
    /// <see cref="Exception.ToString"/>.
    /// </summary>
    private static Exception? Scrub(Exception? inner, SecretScrubber secrets)
    {
        if (inner is null || inner is SdrsException)
        {
            return inner;
        }

        string text = inner.ToString();
        if (string.Equals(secrets.Scrub(text), text, StringComparison.Ordinal))
        {
            return inner;
        }

        string scrubbed = secrets.Scrub(inner.Message);
        return inner is JsonException ? new JsonException(scrubbed) : new InvalidOperationException(scrubbed);
    }

    private static bool IsCode(string? code, params string[] candidates) =>
        code is not null && candidates.Any(candidate => string.Equals(code, candidate, StringComparison.OrdinalIgnoreCase));
}
