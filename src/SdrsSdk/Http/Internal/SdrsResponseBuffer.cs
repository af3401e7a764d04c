using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;

namespace SdrsSdk.Http.Internal;

/// <summary>
/// Reads a response body into memory inside the attempt, so that a body cut short fails (and, for a read, is retried)
/// where the retry can see it, and so that no body can exhaust memory: a success body larger than the client's bound
/// is refused, and an error body is kept only up to what the error decoder reads.
/// </summary>
internal static class SdrsResponseBuffer
{
    /// <summary>The most bytes of an error body kept (the decoder reads at most 16 Ki characters of it).</summary>
    public const int MaxErrorBodyBytes = 4 * SdrsErrorDetails.MaxRawBodyLength;

    private const int ChunkSize = 16 * 1024;

    /// <summary>Replaces the response's content with its bytes, read within bounds.</summary>
    /// <exception cref="SdrsException">A success body is larger than <paramref name="maxBodyBytes"/>.</exception>
    /// <exception cref="HttpRequestException">The body could not be read to its end (the connection failed
    /// mid-body).</exception>
    public static async Task LoadAsync(
        HttpResponseMessage response,
        long maxBodyBytes,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        HttpContent? original = response.Content;
        if (original is null or SdrsResponseContent)
        {
            return;
        }

        bool success = response.IsSuccessStatusCode;
        long limit = success ? maxBodyBytes : MaxErrorBodyBytes;
        long? declared = original.Headers.ContentLength;
        if (success && declared > limit)
        {
            throw TooLarge(response, ReadOnlySpan<byte>.Empty, $"{declared.Value} bytes", limit, time);
        }

        // The body goes into one array rented from the pool and stays there (SdrsResponseContent returns it): a
        // large list costs no large-object-heap allocation per call. One byte past the limit is read to tell a body
        // that fits from one that does not.
        int bound = (int)Math.Min(limit, Array.MaxLength - 1) + 1;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(
            declared is > 0 && declared < bound ? (int)declared.Value + 1 : ChunkSize
        );
        int length = 0;
        try
        {
            Stream stream = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (length < bound)
                {
                    if (length == buffer.Length)
                    {
                        byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, bound));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    int read = await stream
                        .ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, bound) - length), cancellationToken)
                        .ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                }
            }
        }
        catch (Exception exception)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (exception is not IOException)
            {
                throw;
            }

            // A body cut short is a transport failure, as HttpClient reports it: an HttpRequestException.
            HttpRequestError error = exception is HttpIOException io ? io.HttpRequestError : HttpRequestError.Unknown;
            throw new HttpRequestException(
                error,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The body of the HTTP {(int)response.StatusCode} response could not be read to its end: "
                        + $"{exception.Message}"
                ),
                exception,
                response.StatusCode
            );
        }

        bool complete = length <= limit;
        length = Math.Min(length, (int)Math.Min(limit, int.MaxValue));
        if (!complete && success)
        {
            SdrsException tooLarge;
            try
            {
                tooLarge = TooLarge(response, buffer.AsSpan(0, length), $"more than {limit} bytes", limit, time);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            throw tooLarge;
        }

        var content = SdrsResponseContent.FromPool(buffer, length, response, truncated: !complete);
        foreach (KeyValuePair<string, HeaderStringValues> header in original.Headers.NonValidated)
        {
            if (string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (header.Value.Count == 1)
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value.ToString());
            }
            else
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        response.Content = content;
        original.Dispose();
    }

    private static SdrsException TooLarge(
        HttpResponseMessage response,
        ReadOnlySpan<byte> head,
        string size,
        long limit,
        TimeProvider time
    )
    {
        HttpContent original = response.Content;
        response.Content = new SdrsResponseContent(head.ToArray(), head.Length, response, truncated: true);
        original.Dispose();
        SdrsException exception = SdrsExceptionFactory.CreateUnreadable(
            response,
            string.Create(
                CultureInfo.InvariantCulture,
                $"The response body ({size}) is larger than the {limit} bytes the client accepts "
                    + $"(SdrsClientOptions.MaxResponseBodySize); it was not read"
            ),
            null,
            time
        );
        response.Dispose();
        return exception;
    }
}
