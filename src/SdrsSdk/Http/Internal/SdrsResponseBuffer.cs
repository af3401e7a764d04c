using System.Buffers;
using System.Globalization;

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

        using var buffer = new MemoryStream(declared is > 0 && declared <= limit ? (int)declared.Value : 0);
        bool complete;
        try
        {
            complete = await ReadAsync(original, buffer, limit, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
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

        if (!complete && success)
        {
            throw TooLarge(
                response,
                buffer.GetBuffer().AsSpan(0, (int)buffer.Length),
                $"more than {limit} bytes",
                limit,
                time
            );
        }

        var content = new SdrsResponseContent(buffer.GetBuffer(), (int)buffer.Length, response, truncated: !complete);
        foreach (KeyValuePair<string, IEnumerable<string>> header in original.Headers)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        response.Content = content;
        original.Dispose();
    }

    /// <summary>Copies at most <paramref name="limit"/> bytes of a body.</summary>
    /// <returns><see langword="true"/> when the whole body fit.</returns>
    private static async Task<bool> ReadAsync(
        HttpContent content,
        MemoryStream buffer,
        long limit,
        CancellationToken cancellationToken
    )
    {
        byte[] chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    int read = await stream
                        .ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken)
                        .ConfigureAwait(false);
                    if (read == 0)
                    {
                        return true;
                    }

                    if (buffer.Length + read > limit)
                    {
                        buffer.Write(chunk, 0, (int)(limit - buffer.Length));
                        return false;
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
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
