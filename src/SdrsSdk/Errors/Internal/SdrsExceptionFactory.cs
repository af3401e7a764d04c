using System.Net.Http.Headers;
using System.Text;

namespace SdrsSdk.Errors.Internal;

/// <summary>Turns a non-success HTTP response into the typed <see cref="SdrsException"/> that fits it.</summary>
internal static class SdrsExceptionFactory
{
    private const string RequestIdHeader = "X-Request-Id";

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

    /// <summary>Creates the exception for a success response whose body could not be read into the expected type.</summary>
    public static SdrsInvalidResponseException CreateUnreadable(HttpResponseMessage response, TimeProvider time, Exception inner)
    {
        SdrsErrorDetails details = Describe(response, body: null, time) with
        {
            ErrorCode = null,
            ErrorMessage = $"The response body could not be read as the expected JSON ({inner.GetType().Name}: {inner.Message})",
        };
        return new SdrsInvalidResponseException(details, inner);
    }

    /// <summary>Creates the exception that fits the details: the type follows the status and the error code.</summary>
    public static SdrsException Create(SdrsErrorDetails details, Exception? inner = null)
    {
        SdrsErrorInfo? info = SdrsErrorCatalog.TryGet(details.ErrorCode, out SdrsErrorInfo? found) ? found : null;
        if (details.Status == 404 || info?.IsNotFound == true)
        {
            return new SdrsNotFoundException(details, inner);
        }

        return details.Status switch
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

    /// <summary>Collects what a response says about a failure.</summary>
    public static SdrsErrorDetails Describe(HttpResponseMessage response, string? body, TimeProvider time)
    {
        int status = (int)response.StatusCode;
        string? contentType = response.Content?.Headers.ContentType?.MediaType;
        (string? code, string? message, string? bodyRequestId) = ErrorEnvelope.Decode(body, contentType, response.ReasonPhrase, status);
        HttpRequestMessage? request = response.RequestMessage;
        return new SdrsErrorDetails
        {
            Status = status,
            ErrorCode = code,
            ErrorMessage = message,
            RequestId = ReadRequestId(response.Headers) ?? bodyRequestId,
            Method = request?.Method.Method,
            Path = request?.RequestUri is { } uri ? (uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString) : null,
            ContentType = contentType,
            RawBody = body,
            RetryAfter = ReadRetryAfter(response.Headers, time),
        };
    }

    /// <summary>Reads at most <see cref="SdrsErrorDetails.MaxRawBodyLength"/> characters of a body.</summary>
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
            char[] buffer = new char[SdrsErrorDetails.MaxRawBodyLength];
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

    private static string? ReadRequestId(HttpResponseHeaders headers) =>
        headers.TryGetValues(RequestIdHeader, out IEnumerable<string>? values)
            ? values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value))
            : null;

    private static TimeSpan? ReadRetryAfter(HttpResponseHeaders headers, TimeProvider time)
    {
        RetryConditionHeaderValue? retryAfter = headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            TimeSpan wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static bool IsCode(string? code, params string[] candidates) =>
        code is not null && candidates.Any(candidate => string.Equals(code, candidate, StringComparison.OrdinalIgnoreCase));
}
