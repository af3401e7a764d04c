using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk.Auth.Internal;

/// <summary>
/// The SDK-HMAC-SHA256 request signature of Huawei Cloud API Gateway, as the official signers compute it, for one
/// AK/SK pair.
/// </summary>
/// <remarks>
/// <para>
/// Canonical request = method; canonical URI (the path decoded, split on <c>/</c>, each segment percent-encoded,
/// joined, always ending in <c>/</c>); canonical query (decoded pairs sorted ordinally by key then value,
/// re-encoded); canonical headers (lower-case names, trimmed values, sorted, each line ending in <c>\n</c>); signed
/// header names joined by <c>;</c>; the lower-case hex SHA-256 of the exact body bytes. The string to sign is
/// <c>SDK-HMAC-SHA256\n{X-Sdk-Date}\n{hex sha256(canonical request)}</c>, signed with HMAC-SHA256 keyed by the SK.
/// </para>
/// <para>
/// The canonical request is written as UTF-8 into a stack buffer (a pooled one when it is large), and the hash
/// objects live as long as the signer: creating a keyed HMAC costs more than the rest of a signature. They are not
/// thread-safe, so hashing runs under a lock (about a microsecond). The keyed HMAC is the signer's alone and goes
/// when it is disposed; nothing outlives the credential that owns it.
/// </para>
/// </remarks>
internal sealed class AkSkSigner : IDisposable
{
    public const string Algorithm = "SDK-HMAC-SHA256";
    public const string DateHeader = "X-Sdk-Date";
    public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    private const int StackBytes = 1024;
    private const int StackItems = 64;

    private readonly string _accessKey;
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly IncrementalHash _hmac;
    private readonly object _gate = new();

    /// <summary>Initializes a signer for one AK/SK pair.</summary>
    public AkSkSigner(string accessKey, string secretKey)
    {
        ArgumentNullException.ThrowIfNull(accessKey);
        ArgumentNullException.ThrowIfNull(secretKey);
        _accessKey = accessKey;
        byte[] key = Encoding.UTF8.GetBytes(secretKey);
        try
        {
            _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>The hex SHA-256 of an empty body (GET, DELETE): a constant, so it is not hashed per request.</summary>
    private static ReadOnlySpan<byte> EmptyBodyHash =>
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"u8;

    /// <summary>Formats a time as an <c>X-Sdk-Date</c> value (UTC, <c>yyyyMMddTHHmmssZ</c>).</summary>
    public static string FormatDate(DateTimeOffset time) => string.Create(16, time.UtcDateTime, static (chars, utc) =>
        {
            // The fixed ASCII layout written directly: a custom format string is parsed on every call.
            Write(chars[..4], utc.Year);
            Write(chars[4..6], utc.Month);
            Write(chars[6..8], utc.Day);
            chars[8] = 'T';
            Write(chars[9..11], utc.Hour);
            Write(chars[11..13], utc.Minute);
            Write(chars[13..15], utc.Second);
            chars[15] = 'Z';
        });

    private static void Write(Span<char> digits, int value)
    {
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            digits[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>Signs a request and returns the value of its <c>Authorization</c> header.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="uri">The absolute request URI, as sent.</param>
    /// <param name="headers">Exactly the headers to sign, including <c>host</c> and <c>X-Sdk-Date</c>.</param>
    /// <param name="body">The exact body bytes sent.</param>
    /// <exception cref="ArgumentException">The headers hold no <c>X-Sdk-Date</c>.</exception>
    /// <exception cref="ObjectDisposedException">The signer is disposed.</exception>
    public string Sign(
        string method,
        Uri uri,
        ReadOnlySpan<KeyValuePair<string, string>> headers,
        ReadOnlySpan<byte> body
    )
    {
        string date = FindDate(headers);
        Span<int> order = headers.Length <= StackItems ? stackalloc int[headers.Length] : new int[headers.Length];
        int bound = Bound(method, uri, headers) + (3 * date.Length) + 128;
        byte[]? rented = bound <= StackBytes ? null : ArrayPool<byte>.Shared.Rent(bound);
        Span<byte> buffer = rented is null ? stackalloc byte[StackBytes] : rented;
        try
        {
            int n = WriteCanonicalRequest(method, uri, headers, order, buffer, out Range signedHeaders);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            lock (_gate)
            {
                n += HashHex(_sha256, body, buffer[n..]);
                _sha256.AppendData(buffer[..n]);
                _sha256.GetHashAndReset(hash);

                int start = n;
                n += Encoding.ASCII.GetBytes(Algorithm + "\n", buffer[n..]);
                n += Encoding.UTF8.GetBytes(date, buffer[n..]);
                buffer[n++] = (byte)'\n';
                n += Hex(hash, buffer[n..]);
                _hmac.AppendData(buffer[start..n]);
                _hmac.GetHashAndReset(hash);
            }

            return Authorization(buffer[signedHeaders], hash);
        }
        finally
        {
            if (rented is not null)
            {
                // The canonical request may hold a security token.
                ArrayPool<byte>.Shared.Return(rented, clearArray: true);
            }
        }
    }

    /// <summary>The canonical request, for checks against known answers (the tests and their diagnostics).</summary>
    internal static string CanonicalRequest(
        string method,
        Uri uri,
        ReadOnlySpan<KeyValuePair<string, string>> headers,
        ReadOnlySpan<byte> body
    )
    {
        byte[] buffer = new byte[Bound(method, uri, headers)];
        int n = WriteCanonicalRequest(method, uri, headers, new int[headers.Length], buffer, out _);
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        n += HashHex(sha256, body, buffer.AsSpan(n));
        return Encoding.UTF8.GetString(buffer, 0, n);
    }

    /// <summary>Releases the keyed HMAC; the signer cannot sign afterwards.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _hmac.Dispose();
            _sha256.Dispose();
        }
    }

    /// <summary>Writes every line of the canonical request but the body hash (its last).</summary>
    private static int WriteCanonicalRequest(
        string method,
        Uri uri,
        ReadOnlySpan<KeyValuePair<string, string>> headers,
        Span<int> order,
        Span<byte> buffer,
        out Range signedHeaders
    )
    {
        int n = Ascii.IsValid(method)
            ? Ascii.ToUpper(method, buffer, out int written) == OperationStatus.Done
                ? written
                : 0
            : Encoding.UTF8.GetBytes(method.ToUpperInvariant(), buffer);
        buffer[n++] = (byte)'\n';

        string path = uri.AbsolutePath;
        string query = uri.Query;
        int longest = Math.Max(path.Length, query.Length);
        char[]? rented = longest <= StackBytes / 4 ? null : ArrayPool<char>.Shared.Rent(longest);
        Span<char> scratch = rented is null ? stackalloc char[StackBytes / 4] : rented;
        try
        {
            // Decode the path, split it on '/', encode each segment, join: the same as encoding all but '/'.
            n += Encode(Unescape(path, scratch), buffer[n..], keepSlash: true);
            if (buffer[n - 1] != '/')
            {
                buffer[n++] = (byte)'/';
            }

            buffer[n++] = (byte)'\n';
            n += WriteQuery(query.AsSpan().TrimStart('?'), buffer[n..], scratch);
            buffer[n++] = (byte)'\n';
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        SortHeaders(headers, order);
        foreach (int i in order)
        {
            n += WriteName(headers[i].Key, buffer[n..]);
            buffer[n++] = (byte)':';
            n += Encoding.UTF8.GetBytes(headers[i].Value.AsSpan().Trim(), buffer[n..]);
            buffer[n++] = (byte)'\n';
        }

        buffer[n++] = (byte)'\n';
        int start = n;
        for (int k = 0; k < order.Length; k++)
        {
            if (k > 0)
            {
                buffer[n++] = (byte)';';
            }

            n += WriteName(headers[order[k]].Key, buffer[n..]);
        }

        signedHeaders = start..n;
        buffer[n++] = (byte)'\n';
        return n;
    }

    /// <summary>The query's pairs decoded, sorted ordinally (UTF-16) by key then value, re-encoded, joined by
    /// <c>&amp;</c>.</summary>
    private static int WriteQuery(ReadOnlySpan<char> query, Span<byte> destination, Span<char> scratch)
    {
        if (query.IsEmpty)
        {
            return 0;
        }

        // Each pair is four ints in `bounds` (key start, key length, value start, value length) into `scratch`.
        int most = query.Count('&') + 1;
        Span<int> bounds = 5 * most <= StackItems ? stackalloc int[5 * most] : new int[5 * most];
        Span<int> order = bounds[(4 * most)..];
        int count = 0;
        int used = 0;
        for (ReadOnlySpan<char> rest = query; !rest.IsEmpty; )
        {
            int amp = rest.IndexOf('&');
            ReadOnlySpan<char> pair = amp < 0 ? rest : rest[..amp];
            rest = amp < 0 ? [] : rest[(amp + 1)..];
            if (pair.IsEmpty)
            {
                continue;
            }

            int equals = pair.IndexOf('=');
            int keyStart = used;
            used += Unescape(equals < 0 ? pair : pair[..equals], scratch[used..]).Length;
            int valueStart = used;
            used += Unescape(equals < 0 ? [] : pair[(equals + 1)..], scratch[used..]).Length;
            bounds[4 * count] = keyStart;
            bounds[(4 * count) + 1] = valueStart - keyStart;
            bounds[(4 * count) + 2] = valueStart;
            bounds[(4 * count) + 3] = used - valueStart;
            order[count] = count;
            count++;
        }

        order = order[..count];
        for (int i = 1; i < count; i++)
        {
            int current = order[i];
            int j = i - 1;
            for (; j >= 0 && ComparePairs(scratch, bounds, order[j], current) > 0; j--)
            {
                order[j + 1] = order[j];
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

            int p = 4 * order[k];
            n += Encode(scratch.Slice(bounds[p], bounds[p + 1]), destination[n..], keepSlash: false);
            destination[n++] = (byte)'=';
            n += Encode(scratch.Slice(bounds[p + 2], bounds[p + 3]), destination[n..], keepSlash: false);
        }

        return n;
    }

    private static int ComparePairs(ReadOnlySpan<char> text, ReadOnlySpan<int> bounds, int a, int b)
    {
        int byKey = text.Slice(bounds[4 * a], bounds[(4 * a) + 1])
            .SequenceCompareTo(text.Slice(bounds[4 * b], bounds[(4 * b) + 1]));
        return byKey != 0
            ? byKey
            : text.Slice(bounds[(4 * a) + 2], bounds[(4 * a) + 3])
                .SequenceCompareTo(text.Slice(bounds[(4 * b) + 2], bounds[(4 * b) + 3]));
    }

    /// <summary>UTF-8 of <paramref name="text"/>, keeping only <c>A-Z a-z 0-9 - _ . ~</c> (and <c>/</c> if asked), the
    /// rest as <c>%XX</c>.</summary>
    private static int Encode(ReadOnlySpan<char> text, Span<byte> destination, bool keepSlash)
    {
        ReadOnlySpan<byte> hex = "0123456789ABCDEF"u8;
        Span<byte> utf8 = stackalloc byte[4];
        int n = 0;
        for (int i = 0; i < text.Length; )
        {
            char c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' || (keepSlash && c == '/'))
            {
                destination[n++] = (byte)c;
                i++;
                continue;
            }

            // A lone surrogate reads as U+FFFD, as Encoding.UTF8 writes it.
            Rune.DecodeFromUtf16(text[i..], out Rune rune, out int consumed);
            foreach (byte b in utf8[..rune.EncodeToUtf8(utf8)])
            {
                destination[n++] = (byte)'%';
                destination[n++] = hex[b >> 4];
                destination[n++] = hex[b & 0xF];
            }

            i += consumed;
        }

        return n;
    }

    /// <summary><see cref="Uri.UnescapeDataString(string)"/> into <paramref name="destination"/>, never longer than the
    /// input.</summary>
    private static ReadOnlySpan<char> Unescape(ReadOnlySpan<char> escaped, Span<char> destination)
    {
        if (!escaped.Contains('%'))
        {
            escaped.CopyTo(destination);
            return destination[..escaped.Length];
        }

#if NET9_0_OR_GREATER
        Uri.TryUnescapeDataString(escaped, destination, out int written);
        return destination[..written];
#else
        string unescaped = Uri.UnescapeDataString(escaped.ToString());
        unescaped.CopyTo(destination);
        return destination[..unescaped.Length];
#endif
    }

    /// <summary>Header indexes sorted ordinally by lower-case, trimmed name (a stable insertion sort).</summary>
    private static void SortHeaders(ReadOnlySpan<KeyValuePair<string, string>> headers, Span<int> order)
    {
        for (int i = 0; i < order.Length; i++)
        {
            int j = i - 1;
            for (; j >= 0 && CompareNames(headers[order[j]].Key, headers[i].Key) > 0; j--)
            {
                order[j + 1] = order[j];
            }

            order[j + 1] = i;
        }
    }

    private static int CompareNames(string a, string b)
    {
        ReadOnlySpan<char> x = a.AsSpan().Trim();
        ReadOnlySpan<char> y = b.AsSpan().Trim();
        for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            int difference = char.ToLowerInvariant(x[i]) - char.ToLowerInvariant(y[i]);
            if (difference != 0)
            {
                return difference;
            }
        }

        return x.Length - y.Length;
    }

    private static int WriteName(string name, Span<byte> destination)
    {
        ReadOnlySpan<char> trimmed = name.AsSpan().Trim();
        return Ascii.ToLower(trimmed, destination, out int written) == OperationStatus.Done
            ? written
            : Encoding.UTF8.GetBytes(trimmed.ToString().ToLowerInvariant(), destination);
    }

    private static int HashHex(IncrementalHash sha256, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        if (body.IsEmpty)
        {
            EmptyBodyHash.CopyTo(destination);
            return EmptyBodyHash.Length;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        sha256.AppendData(body);
        sha256.GetHashAndReset(hash);
        return Hex(hash, destination);
    }

    private static int Hex(ReadOnlySpan<byte> bytes, Span<byte> destination)
    {
        ReadOnlySpan<byte> hex = "0123456789abcdef"u8;
        for (int i = 0; i < bytes.Length; i++)
        {
            destination[2 * i] = hex[bytes[i] >> 4];
            destination[(2 * i) + 1] = hex[bytes[i] & 0xF];
        }

        return 2 * bytes.Length;
    }

    /// <summary>An upper bound of the canonical request's UTF-8 length (one UTF-16 unit: 3 bytes, or 9 as
    /// <c>%XX</c>).</summary>
    private static int Bound(string method, Uri uri, ReadOnlySpan<KeyValuePair<string, string>> headers)
    {
        int bound = (3 * method.Length) + (9 * (uri.AbsolutePath.Length + uri.Query.Length)) + 96;
        foreach (KeyValuePair<string, string> header in headers)
        {
            bound += (6 * header.Key.Length) + (3 * header.Value.Length) + 3;
        }

        return bound;
    }

    /// <summary><c>SDK-HMAC-SHA256 Access={AK}, SignedHeaders={names}, Signature={hex}</c>, the one
    /// allocation.</summary>
    private string Authorization(ReadOnlySpan<byte> signedHeaders, ReadOnlySpan<byte> mac)
    {
        const string Access = Algorithm + " Access=";
        const string Names = ", SignedHeaders=";
        const string Signature = ", Signature=";
        int length =
            Access.Length
            + _accessKey.Length
            + Names.Length
            + signedHeaders.Length
            + Signature.Length
            + (2 * mac.Length);
        Span<char> chars = length <= StackBytes / 2 ? stackalloc char[StackBytes / 2] : new char[length];
        int c = Put(Access, chars);
        c += Put(_accessKey, chars[c..]);
        c += Put(Names, chars[c..]);
        c += Encoding.UTF8.GetChars(signedHeaders, chars[c..]);
        c += Put(Signature, chars[c..]);
        Span<byte> hex = stackalloc byte[2 * HMACSHA256.HashSizeInBytes];
        c += Encoding.ASCII.GetChars(hex[..Hex(mac, hex)], chars[c..]);
        return new string(chars[..c]);

        static int Put(string text, Span<char> destination)
        {
            text.CopyTo(destination);
            return text.Length;
        }
    }

    private static string FindDate(ReadOnlySpan<KeyValuePair<string, string>> headers)
    {
        foreach (KeyValuePair<string, string> header in headers)
        {
            if (string.Equals(header.Key.Trim(), DateHeader, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value.Trim();
            }
        }

        throw SdrsValidation.Refusal($"The headers to sign must include {DateHeader}.", nameof(headers));
    }
}
