using System.Security.Cryptography;
using System.Text;

namespace SdrsSdk.Benchmarks.Floor;

/// <summary>
/// The floor for AK/SK signing: the least work the SDK-HMAC-SHA256 scheme needs. The canonical request and the
/// string to sign are written as UTF-8 into stack buffers, and the SHA-256 and HMAC objects are created once and
/// reused (the HMAC keeps its key). Not thread-safe; one instance per benchmark. It passes the official vectors
/// (tests/SdrsSdk.Tests/Signing/FloorSignerTests.cs), so the comparison with the SDK's signer is honest.
/// </summary>
internal sealed class FloorSigner : IDisposable
{
    private readonly string _accessKey;
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly IncrementalHash _hmac;

    public FloorSigner(string accessKey, string secretKey)
    {
        _accessKey = accessKey;
        _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secretKey));
    }

    /// <summary>Returns the Authorization value for a request.</summary>
    /// <param name="method">Upper-case HTTP method.</param>
    /// <param name="uri">The request URI.</param>
    /// <param name="headers">The headers to sign; names in any case, at most 16.</param>
    /// <param name="body">The body bytes.</param>
    public string Sign(
        string method,
        Uri uri,
        ReadOnlySpan<KeyValuePair<string, string>> headers,
        ReadOnlySpan<byte> body
    )
    {
        Span<byte> buffer = stackalloc byte[4096];
        int n = 0;
        n += Encoding.ASCII.GetBytes(method, buffer);
        buffer[n++] = (byte)'\n';

        // Canonical URI: the path decoded, split on '/', each segment re-encoded, joined; always a trailing '/'.
        n += EncodePath(uri.AbsolutePath, buffer[n..]);
        if (buffer[n - 1] != '/')
        {
            buffer[n++] = (byte)'/';
        }

        buffer[n++] = (byte)'\n';
        n += CanonicalQuery(uri.Query, buffer[n..]);
        buffer[n++] = (byte)'\n';

        // Headers sorted by lower-case name (insertion sort over indexes).
        Span<int> order = stackalloc int[headers.Length];
        for (int i = 0; i < order.Length; i++)
        {
            int current = i;
            int j = i - 1;
            while (j >= 0 && CompareLower(headers[order[j]].Key, headers[current].Key) > 0)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = current;
        }

        foreach (int i in order)
        {
            n += LowerAscii(headers[i].Key, buffer[n..]);
            buffer[n++] = (byte)':';
            n += Encoding.UTF8.GetBytes(headers[i].Value.AsSpan().Trim(), buffer[n..]);
            buffer[n++] = (byte)'\n';
        }

        buffer[n++] = (byte)'\n';
        int signedStart = n;
        for (int k = 0; k < order.Length; k++)
        {
            if (k > 0)
            {
                buffer[n++] = (byte)';';
            }

            n += LowerAscii(headers[order[k]].Key, buffer[n..]);
        }

        int signedLength = n - signedStart;
        buffer[n++] = (byte)'\n';
        Span<byte> hash = stackalloc byte[32];
        _sha256.AppendData(body);
        _sha256.GetHashAndReset(hash);
        n += Hex(hash, buffer[n..]);
        _sha256.AppendData(buffer[..n]);
        _sha256.GetHashAndReset(hash);

        // String to sign, after the canonical request in the same buffer.
        int start = n;
        n += Encoding.ASCII.GetBytes("SDK-HMAC-SHA256\n", buffer[n..]);
        string? date = null;
        foreach (KeyValuePair<string, string> header in headers)
        {
            if (header.Key.Equals("X-Sdk-Date", StringComparison.OrdinalIgnoreCase))
            {
                date = header.Value;
            }
        }

        n += Encoding.ASCII.GetBytes(date!, buffer[n..]);
        buffer[n++] = (byte)'\n';
        n += Hex(hash, buffer[n..]);
        _hmac.AppendData(buffer[start..n]);
        _hmac.GetHashAndReset(hash);

        ReadOnlySpan<byte> signed = buffer.Slice(signedStart, signedLength);
        Span<char> result = stackalloc char[512];
        int c = 0;
        c += Put("SDK-HMAC-SHA256 Access=", result[c..]);
        c += Put(_accessKey, result[c..]);
        c += Put(", SignedHeaders=", result[c..]);
        c += Encoding.ASCII.GetChars(signed, result[c..]);
        c += Put(", Signature=", result[c..]);
        Convert.TryToHexStringLower(hash, result[c..], out int hexChars);
        c += hexChars;
        return new string(result[..c]);
    }

    /// <summary>
    /// Signs a request the way a hand-written caller would: sets <c>X-Sdk-Date</c> (from <paramref name="now"/>) and
    /// <c>X-Project-Id</c>, signs them with <c>host</c>, and sets <c>Authorization</c>.
    /// </summary>
    public void Authenticate(HttpRequestMessage request, ReadOnlySpan<byte> body, string projectId, DateTimeOffset now)
    {
        Uri uri = request.RequestUri!;
        string date = now.UtcDateTime.ToString(
            "yyyyMMdd'T'HHmmss'Z'",
            System.Globalization.CultureInfo.InvariantCulture
        );
        KeyValuePair<string, string>[] headers =
        [
            new("host", uri.Authority),
            new("X-Sdk-Date", date),
            new("X-Project-Id", projectId),
        ];
        request.Headers.TryAddWithoutValidation("X-Sdk-Date", date);
        request.Headers.TryAddWithoutValidation("X-Project-Id", projectId);
        request.Headers.TryAddWithoutValidation("Authorization", Sign(request.Method.Method, uri, headers, body));
    }

    public void Dispose()
    {
        _sha256.Dispose();
        _hmac.Dispose();
    }

    private static int Put(string text, Span<char> destination)
    {
        text.CopyTo(destination);
        return text.Length;
    }

    private static int Hex(ReadOnlySpan<byte> bytes, Span<byte> destination)
    {
        Convert.TryToHexStringLower(bytes, destination, out int written);
        return written;
    }

    private static int LowerAscii(string text, Span<byte> destination)
    {
        ReadOnlySpan<char> name = text.AsSpan().Trim();
        for (int i = 0; i < name.Length; i++)
        {
            destination[i] = (byte)char.ToLowerInvariant(name[i]);
        }

        return name.Length;
    }

    private static int CompareLower(string a, string b)
    {
        ReadOnlySpan<char> x = a.AsSpan().Trim();
        ReadOnlySpan<char> y = b.AsSpan().Trim();
        for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            int d = char.ToLowerInvariant(x[i]) - char.ToLowerInvariant(y[i]);
            if (d != 0)
            {
                return d;
            }
        }

        return x.Length - y.Length;
    }

    /// <summary>Decodes the path, then re-encodes every byte outside A-Z a-z 0-9 - _ . ~ and '/' (decoded "%2F"
    /// included).</summary>
    private static int EncodePath(ReadOnlySpan<char> escaped, Span<byte> destination)
    {
        Span<byte> decoded = stackalloc byte[1024];
        return EncodeBytes(decoded[..DecodeAll(escaped, decoded)], destination, keepSlash: true);
    }

    /// <summary>Decodes one %XX or one character (as UTF-8) at <paramref name="i"/>.</summary>
    private static int Decode(ReadOnlySpan<char> escaped, ref int i, Span<byte> destination)
    {
        char c = escaped[i];
        if (
            c == '%'
            && i + 2 < escaped.Length
            && char.IsAsciiHexDigit(escaped[i + 1])
            && char.IsAsciiHexDigit(escaped[i + 2])
        )
        {
            destination[0] = (byte)((HexValue(escaped[i + 1]) << 4) | HexValue(escaped[i + 2]));
            i += 2;
            return 1;
        }

        int length = char.IsHighSurrogate(c) && i + 1 < escaped.Length ? 2 : 1;
        int count = Encoding.UTF8.GetBytes(escaped.Slice(i, length), destination);
        i += length - 1;
        return count;
    }

    private static int DecodeAll(ReadOnlySpan<char> escaped, Span<byte> destination)
    {
        int n = 0;
        for (int i = 0; i < escaped.Length; i++)
        {
            n += Decode(escaped, ref i, destination[n..]);
        }

        return n;
    }

    private static int EncodeBytes(ReadOnlySpan<byte> bytes, Span<byte> destination, bool keepSlash = false)
    {
        int n = 0;
        foreach (byte x in bytes)
        {
            if (
                char.IsAsciiLetterOrDigit((char)x)
                || x is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~'
                || (keepSlash && x == '/')
            )
            {
                destination[n++] = x;
            }
            else
            {
                destination[n++] = (byte)'%';
                destination[n++] = (byte)"0123456789ABCDEF"[x >> 4];
                destination[n++] = (byte)"0123456789ABCDEF"[x & 0xF];
            }
        }

        return n;
    }

    /// <summary>Pairs decoded (as UTF-8 bytes), sorted by key then value bytes, and encoded.</summary>
    private static int CanonicalQuery(string query, Span<byte> destination)
    {
        if (query.Length <= 1)
        {
            return 0;
        }

        Span<byte> scratch = stackalloc byte[2048];
        Span<int> pairs = stackalloc int[4 * 64];
        int count = 0;
        int used = 0;
        ReadOnlySpan<char> text = query.AsSpan(1);
        foreach (Range range in text.Split('&'))
        {
            ReadOnlySpan<char> part = text[range];
            if (part.IsEmpty)
            {
                continue;
            }

            int equals = part.IndexOf('=');
            ReadOnlySpan<char> key = equals < 0 ? part : part[..equals];
            ReadOnlySpan<char> value = equals < 0 ? [] : part[(equals + 1)..];
            pairs[4 * count] = used;
            used += DecodeAll(key, scratch[used..]);
            pairs[(4 * count) + 1] = used - pairs[4 * count];
            pairs[(4 * count) + 2] = used;
            used += DecodeAll(value, scratch[used..]);
            pairs[(4 * count) + 3] = used - pairs[(4 * count) + 2];
            count++;
        }

        Span<int> order = stackalloc int[count];
        for (int i = 0; i < count; i++)
        {
            int current = i;
            int j = i - 1;
            while (j >= 0 && Compare(scratch, pairs, order[j], current) > 0)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = current;
        }

        int n = 0;
        for (int k = 0; k < count; k++)
        {
            if (k > 0)
            {
                destination[n++] = (byte)'&';
            }

            int p = order[k];
            n += EncodeBytes(scratch.Slice(pairs[4 * p], pairs[(4 * p) + 1]), destination[n..]);
            destination[n++] = (byte)'=';
            n += EncodeBytes(scratch.Slice(pairs[(4 * p) + 2], pairs[(4 * p) + 3]), destination[n..]);
        }

        return n;
    }

    private static int Compare(ReadOnlySpan<byte> scratch, ReadOnlySpan<int> pairs, int a, int b)
    {
        int byKey = scratch
            .Slice(pairs[4 * a], pairs[(4 * a) + 1])
            .SequenceCompareTo(scratch.Slice(pairs[4 * b], pairs[(4 * b) + 1]));
        return byKey != 0
            ? byKey
            : scratch
                .Slice(pairs[(4 * a) + 2], pairs[(4 * a) + 3])
                .SequenceCompareTo(scratch.Slice(pairs[(4 * b) + 2], pairs[(4 * b) + 3]));
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
