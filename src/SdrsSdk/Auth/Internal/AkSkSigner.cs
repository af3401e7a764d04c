using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SdrsSdk.Auth.Internal;

/// <summary>
/// The SDK-HMAC-SHA256 request signature of Huawei Cloud API Gateway, as the official signers compute it.
/// </summary>
/// <remarks>
/// <para>
/// Canonical request = method, canonical URI (each decoded path segment percent-encoded, always ending in
/// <c>/</c>), canonical query (decoded pairs sorted ordinally by key then value, re-encoded), canonical headers
/// (lower-case names, trimmed values, sorted, each line ending in <c>\n</c>), signed header names joined by
/// <c>;</c>, and the lower-case hex SHA-256 of the exact body bytes. The string to sign is
/// <c>SDK-HMAC-SHA256\n{X-Sdk-Date}\n{hex sha256(canonical request)}</c>, signed with HMAC-SHA256 keyed by the SK.
/// </para>
/// <para>
/// <see cref="Sign"/> runs on every request, so it writes the canonical request and the string to sign as UTF-8
/// straight into stack (or pooled) buffers, hashes them with the one-shot APIs, and allocates only the returned
/// header value. Path segments and query pairs without escapes are used in place; escaped ones are decoded into a
/// scratch buffer.
/// </para>
/// </remarks>
internal static class AkSkSigner
{
    public const string Algorithm = "SDK-HMAC-SHA256";
    public const string DateHeader = "X-Sdk-Date";
    public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    private const string AccessPrefix = Algorithm + " Access=";
    private const string SignedHeadersPrefix = ", SignedHeaders=";
    private const string SignaturePrefix = ", Signature=";
    private const int HexHashLength = 2 * 32;
    private const int StackBytes = 1024;
    private const int StackChars = 256;
    private const int StackInts = 64;

    /// <summary>The hex SHA-256 of an empty body (GET, DELETE): a constant, so it is not hashed again per request.</summary>
    private static ReadOnlySpan<byte> EmptyBodyHash => "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"u8;

    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    [ThreadStatic]
    private static IncrementalHash? t_hmac;

    [ThreadStatic]
    private static string? t_hmacKey;

    /// <summary>Formats a time as an <c>X-Sdk-Date</c> value (UTC, <c>yyyyMMddTHHmmssZ</c>).</summary>
    public static string FormatDate(DateTimeOffset time) =>
        time.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Signs a request and returns the value of its <c>Authorization</c> header.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="uri">The absolute request URI, as sent.</param>
    /// <param name="headers">Exactly the headers to sign, including <c>host</c> and <c>X-Sdk-Date</c>.</param>
    /// <param name="body">The exact body bytes sent.</param>
    /// <param name="accessKey">The AK.</param>
    /// <param name="secretKey">The SK.</param>
    public static string Sign(
        string method,
        Uri uri,
        IReadOnlyCollection<KeyValuePair<string, string>> headers,
        ReadOnlySpan<byte> body,
        string accessKey,
        string secretKey)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(accessKey);
        ArgumentNullException.ThrowIfNull(secretKey);
        SignedHeaderSet set = SignedHeaderSet.Create(headers);
        string date = FindDate(set.Headers);

        Span<int> orderStack = stackalloc int[StackInts];
        int[]? orderRented = null;
        Span<int> order = set.Count <= StackInts ? orderStack[..set.Count] : (orderRented = ArrayPool<int>.Shared.Rent(set.Count)).AsSpan(0, set.Count);
        var canonical = new Utf8Buffer(stackalloc byte[StackBytes]);
        var toSign = new Utf8Buffer(stackalloc byte[256]);
        try
        {
            set.Sort(order);
            WriteCanonicalRequest(ref canonical, method, uri, set, order, body);

            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            Sha256(canonical.Written, hash);
            toSign.AppendAscii(Algorithm);
            toSign.Append((byte)'\n');
            toSign.AppendUtf8(date);
            toSign.Append((byte)'\n');
            toSign.AppendHexLower(hash);

            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            ComputeMac(secretKey, toSign.Written, mac);
            return BuildAuthorization(accessKey, set, order, mac);
        }
        finally
        {
            canonical.Dispose();
            toSign.Dispose();
            if (orderRented is not null)
            {
                ArrayPool<int>.Shared.Return(orderRented);
            }
        }
    }

    /// <summary>Builds the canonical request and the list of signed header names.</summary>
    public static SignedParts BuildCanonicalRequest(
        string method,
        Uri uri,
        IReadOnlyCollection<KeyValuePair<string, string>> headers,
        ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(headers);
        SignedHeaderSet set = SignedHeaderSet.Create(headers);
        int[] order = new int[set.Count];
        set.Sort(order);
        var canonical = new Utf8Buffer(stackalloc byte[StackBytes]);
        try
        {
            WriteCanonicalRequest(ref canonical, method, uri, set, order, body);
            string signedHeaders = string.Join(';', order.Select(i => set.Name(i).ToString().ToLowerInvariant()));
            return new SignedParts(Encoding.UTF8.GetString(canonical.Written), signedHeaders);
        }
        finally
        {
            canonical.Dispose();
        }
    }

    /// <summary>Builds the string to sign from a canonical request and its <c>X-Sdk-Date</c>.</summary>
    public static string BuildStringToSign(string canonicalRequest, string sdkDate) =>
        $"{Algorithm}\n{sdkDate}\n{HexSha256(Encoding.UTF8.GetBytes(canonicalRequest))}";

    /// <summary>Computes the lower-case hex HMAC-SHA256 of the string to sign, keyed by the SK's UTF-8 bytes.</summary>
    public static string ComputeSignature(string stringToSign, string secretKey)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        ComputeMac(secretKey, Encoding.UTF8.GetBytes(stringToSign), mac);
        return ToHexLower(mac);
    }

    /// <summary>Percent-encodes text the way the signature expects: UTF-8, only <c>A-Z a-z 0-9 - _ . ~</c> kept.</summary>
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new Utf8Buffer(stackalloc byte[StackBytes]);
        try
        {
            text.AppendEncoded(value);
            return Encoding.ASCII.GetString(text.Written);
        }
        finally
        {
            text.Dispose();
        }
    }

    /// <summary>Lower-case hex SHA-256 of some bytes.</summary>
    public static string HexSha256(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(data, hash);
        return ToHexLower(hash);
    }

    private static void WriteCanonicalRequest(
        ref Utf8Buffer text,
        string method,
        Uri uri,
        SignedHeaderSet set,
        ReadOnlySpan<int> order,
        ReadOnlySpan<byte> body)
    {
        if (Ascii.IsValid(method))
        {
            text.AppendUpperAscii(method);
        }
        else
        {
            text.AppendUtf8(method.ToUpperInvariant());
        }

        text.Append((byte)'\n');
        WriteCanonicalUri(ref text, uri.AbsolutePath);
        text.Append((byte)'\n');
        WriteCanonicalQuery(ref text, uri.Query);
        text.Append((byte)'\n');
        foreach (int index in order)
        {
            set.AppendName(ref text, index);
            text.Append((byte)':');
            text.AppendUtf8(set.Headers[index].Value.AsSpan().Trim());
            text.Append((byte)'\n');
        }

        text.Append((byte)'\n');
        for (int i = 0; i < order.Length; i++)
        {
            if (i > 0)
            {
                text.Append((byte)';');
            }

            set.AppendName(ref text, order[i]);
        }

        text.Append((byte)'\n');
        if (body.IsEmpty)
        {
            text.AppendAscii(EmptyBodyHash);
            return;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        Sha256(body, hash);
        text.AppendHexLower(hash);
    }

    /// <summary>
    /// SHA-256 with a hash object kept per thread: the one-shot API sets a native context up and tears it down on
    /// every call, which costs as much as hashing a few hundred bytes.
    /// </summary>
    private static void Sha256(ReadOnlySpan<byte> data, Span<byte> hash)
    {
        IncrementalHash sha256 = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            sha256.AppendData(data);
            sha256.GetHashAndReset(hash);
        }
        catch
        {
            t_sha256 = null;
            sha256.Dispose();
            throw;
        }
    }

    /// <summary>Each segment of the escaped path decoded and re-encoded, joined by <c>/</c>, ending in <c>/</c>.</summary>
    private static void WriteCanonicalUri(ref Utf8Buffer text, string escapedPath)
    {
        ReadOnlySpan<char> rest = escapedPath;
        Span<char> scratchStack = stackalloc char[StackChars];
        char[]? scratchRented = null;
        try
        {
            while (true)
            {
                int slash = rest.IndexOf('/');
                ReadOnlySpan<char> segment = slash < 0 ? rest : rest[..slash];
                if (segment.Contains('%'))
                {
                    Span<char> scratch = segment.Length <= StackChars
                        ? scratchStack
                        : (scratchRented ??= ArrayPool<char>.Shared.Rent(escapedPath.Length));
                    text.AppendEncoded(Unescape(segment, scratch));
                }
                else
                {
                    text.AppendEncoded(segment);
                }

                if (slash < 0)
                {
                    break;
                }

                text.Append((byte)'/');
                rest = rest[(slash + 1)..];
            }
        }
        finally
        {
            if (scratchRented is not null)
            {
                ArrayPool<char>.Shared.Return(scratchRented);
            }
        }

        if (text.Last != (byte)'/')
        {
            text.Append((byte)'/');
        }
    }

    /// <summary>
    /// The query's pairs decoded, sorted ordinally (UTF-16) by key then value, and re-encoded as
    /// <c>key=value</c> joined by <c>&amp;</c>.
    /// </summary>
    private static void WriteCanonicalQuery(ref Utf8Buffer text, string query)
    {
        if (query.Length <= 1)
        {
            return;
        }

        ReadOnlySpan<char> pairsText = query.AsSpan().TrimStart('?');
        int maxPairs = pairsText.Count('&') + 1;

        // Decoded keys and values live in one scratch buffer (decoding never lengthens text); each pair is four
        // ints in `bounds` (key start, key length, value start, value length), sorted through `order`.
        char[]? decodedRented = pairsText.Length <= StackChars ? null : ArrayPool<char>.Shared.Rent(pairsText.Length);
        Span<char> decoded = decodedRented is null ? stackalloc char[StackChars] : decodedRented;
        int intsNeeded = maxPairs * 5;
        int[]? intsRented = intsNeeded <= StackInts ? null : ArrayPool<int>.Shared.Rent(intsNeeded);
        Span<int> ints = intsRented is null ? stackalloc int[StackInts] : intsRented;
        try
        {
            Span<int> bounds = ints[..(maxPairs * 4)];
            Span<int> order = ints.Slice(maxPairs * 4, maxPairs);
            int count = 0;
            int used = 0;
            ReadOnlySpan<char> rest = pairsText;
            while (true)
            {
                int amp = rest.IndexOf('&');
                ReadOnlySpan<char> part = amp < 0 ? rest : rest[..amp];
                if (part.Length > 0)
                {
                    int equals = part.IndexOf('=');
                    ReadOnlySpan<char> key = equals < 0 ? part : part[..equals];
                    ReadOnlySpan<char> value = equals < 0 ? [] : part[(equals + 1)..];
                    bounds[4 * count] = used;
                    used += Unescape(key, decoded[used..]).Length;
                    bounds[(4 * count) + 1] = used - bounds[4 * count];
                    bounds[(4 * count) + 2] = used;
                    used += Unescape(value, decoded[used..]).Length;
                    bounds[(4 * count) + 3] = used - bounds[(4 * count) + 2];
                    order[count] = count;
                    count++;
                }

                if (amp < 0)
                {
                    break;
                }

                rest = rest[(amp + 1)..];
            }

            order = order[..count];
            ReadOnlySpan<char> all = decoded[..used];
            for (int i = 1; i < order.Length; i++)
            {
                int current = order[i];
                int j = i - 1;
                while (j >= 0 && ComparePairs(all, bounds, order[j], current) > 0)
                {
                    order[j + 1] = order[j];
                    j--;
                }

                order[j + 1] = current;
            }

            for (int i = 0; i < order.Length; i++)
            {
                if (i > 0)
                {
                    text.Append((byte)'&');
                }

                int pair = order[i];
                text.AppendEncoded(all.Slice(bounds[4 * pair], bounds[(4 * pair) + 1]));
                text.Append((byte)'=');
                text.AppendEncoded(all.Slice(bounds[(4 * pair) + 2], bounds[(4 * pair) + 3]));
            }
        }
        finally
        {
            if (intsRented is not null)
            {
                ArrayPool<int>.Shared.Return(intsRented);
            }

            if (decodedRented is not null)
            {
                ArrayPool<char>.Shared.Return(decodedRented);
            }
        }
    }

    private static int ComparePairs(ReadOnlySpan<char> all, ReadOnlySpan<int> bounds, int a, int b)
    {
        int byKey = all.Slice(bounds[4 * a], bounds[(4 * a) + 1]).SequenceCompareTo(all.Slice(bounds[4 * b], bounds[(4 * b) + 1]));
        return byKey != 0
            ? byKey
            : all.Slice(bounds[(4 * a) + 2], bounds[(4 * a) + 3]).SequenceCompareTo(all.Slice(bounds[(4 * b) + 2], bounds[(4 * b) + 3]));
    }

    /// <summary>
    /// <see cref="Uri.UnescapeDataString(string)"/> into <paramref name="destination"/> (at least as long as the
    /// input); text without <c>%</c> is returned as it is.
    /// </summary>
    private static ReadOnlySpan<char> Unescape(ReadOnlySpan<char> escaped, Span<char> destination)
    {
        if (!escaped.Contains('%'))
        {
            escaped.CopyTo(destination);
            return destination[..escaped.Length];
        }

#if NET9_0_OR_GREATER
        if (Uri.TryUnescapeDataString(escaped, destination, out int written))
        {
            return destination[..written];
        }
#endif
        string unescaped = Uri.UnescapeDataString(escaped.ToString());
        unescaped.CopyTo(destination);
        return destination[..unescaped.Length];
    }

    /// <summary>
    /// HMAC-SHA256 of <paramref name="data"/> keyed by the SK. The keyed HMAC object is kept per thread for the last SK
    /// it signed with: a one-shot HMAC sets the key up again on every call, which costs more than the rest of the
    /// signature. A different SK on the same thread replaces (and disposes) it.
    /// </summary>
    private static void ComputeMac(string secretKey, ReadOnlySpan<byte> data, Span<byte> mac)
    {
        IncrementalHash? hmac = t_hmac;
        if (hmac is null || !string.Equals(t_hmacKey, secretKey, StringComparison.Ordinal))
        {
            t_hmac = null;
            t_hmacKey = null;
            hmac?.Dispose();
            hmac = CreateHmac(secretKey);
            t_hmac = hmac;
            t_hmacKey = secretKey;
        }

        try
        {
            hmac.AppendData(data);
            hmac.GetHashAndReset(mac);
        }
        catch
        {
            // Never reuse an object left half-way through a computation.
            t_hmac = null;
            t_hmacKey = null;
            hmac.Dispose();
            throw;
        }
    }

    private static IncrementalHash CreateHmac(string secretKey)
    {
        int maxKeyBytes = Encoding.UTF8.GetMaxByteCount(secretKey.Length);
        byte[]? rented = maxKeyBytes <= 256 ? null : ArrayPool<byte>.Shared.Rent(maxKeyBytes);
        Span<byte> keyBuffer = rented is null ? stackalloc byte[256] : rented;
        int keyLength = Encoding.UTF8.GetBytes(secretKey, keyBuffer);
        try
        {
            return IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, keyBuffer[..keyLength]);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(keyBuffer[..keyLength]);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Writes <c>SDK-HMAC-SHA256 Access={AK}, SignedHeaders={names}, Signature={hex}</c> as the one allocation.</summary>
    private static string BuildAuthorization(string accessKey, SignedHeaderSet set, ReadOnlySpan<int> order, ReadOnlySpan<byte> mac)
    {
        int namesLength = Math.Max(0, order.Length - 1);
        foreach (int index in order)
        {
            namesLength += set.Name(index).Length;
        }

        int length = AccessPrefix.Length + accessKey.Length + SignedHeadersPrefix.Length + namesLength + SignaturePrefix.Length + HexHashLength;
        char[]? rented = length <= StackChars * 2 ? null : ArrayPool<char>.Shared.Rent(length);
        Span<char> chars = rented is null ? stackalloc char[StackChars * 2] : rented;
        try
        {
            int at = 0;
            Put(chars, ref at, AccessPrefix);
            Put(chars, ref at, accessKey);
            Put(chars, ref at, SignedHeadersPrefix);
            for (int i = 0; i < order.Length; i++)
            {
                if (i > 0)
                {
                    chars[at++] = ';';
                }

                ReadOnlySpan<char> name = set.Name(order[i]);
                for (int c = 0; c < name.Length; c++)
                {
                    chars[at++] = ToLowerAscii(name[c]);
                }
            }

            Put(chars, ref at, SignaturePrefix);
            WriteHexLower(mac, chars[at..]);
            at += HexHashLength;
            return new string(chars[..at]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        static void Put(Span<char> chars, ref int at, ReadOnlySpan<char> value)
        {
            value.CopyTo(chars[at..]);
            at += value.Length;
        }
    }

    private static string ToHexLower(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[bytes.Length * 2];
        WriteHexLower(bytes, chars);
        return new string(chars);
    }

    private static void WriteHexLower(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        const string Hex = "0123456789abcdef";
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = Hex[bytes[i] >> 4];
            chars[(2 * i) + 1] = Hex[bytes[i] & 0xF];
        }
    }

    private static char ToLowerAscii(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    private static string FindDate(IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        for (int i = 0; i < headers.Count; i++)
        {
            KeyValuePair<string, string> header = headers[i];
            if (string.Equals(header.Key, DateHeader, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value.Trim();
            }
        }

        throw new ArgumentException($"The headers to sign must include {DateHeader}.", nameof(headers));
    }

    /// <summary>The canonical request and the signed header names it declares.</summary>
    public readonly record struct SignedParts(string CanonicalRequest, string SignedHeaders);

    /// <summary>
    /// The headers to sign, indexable, with their canonical (trimmed, lower-case) names. ASCII names (every real
    /// header) are lower-cased as they are written; any other name is lower-cased once, up front, the way
    /// <see cref="string.ToLowerInvariant()"/> does it.
    /// </summary>
    private readonly struct SignedHeaderSet
    {
        private readonly string[]? _lowered;

        private SignedHeaderSet(IReadOnlyList<KeyValuePair<string, string>> headers, string[]? lowered)
        {
            Headers = headers;
            _lowered = lowered;
        }

        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

        public int Count => Headers.Count;

        public static SignedHeaderSet Create(IReadOnlyCollection<KeyValuePair<string, string>> headers)
        {
            IReadOnlyList<KeyValuePair<string, string>> list = headers as IReadOnlyList<KeyValuePair<string, string>> ?? [.. headers];
            string[]? lowered = null;
            for (int i = 0; i < list.Count; i++)
            {
                if (!Ascii.IsValid(list[i].Key))
                {
                    lowered ??= new string[list.Count];
                    lowered[i] = list[i].Key.Trim().ToLowerInvariant();
                }
            }

            return new SignedHeaderSet(list, lowered);
        }

        /// <summary>The trimmed name; still to be lower-cased (ASCII) unless it was not ASCII.</summary>
        public ReadOnlySpan<char> Name(int index) => _lowered?[index] ?? Headers[index].Key.AsSpan().Trim();

        public void AppendName(ref Utf8Buffer text, int index)
        {
            if (_lowered?[index] is { } lowered)
            {
                text.AppendUtf8(lowered);
            }
            else
            {
                text.AppendLowerAscii(Headers[index].Key.AsSpan().Trim());
            }
        }

        /// <summary>Fills <paramref name="order"/> with the header indexes sorted ordinally by canonical name.</summary>
        public void Sort(Span<int> order)
        {
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            for (int i = 1; i < order.Length; i++)
            {
                int current = order[i];
                int j = i - 1;
                while (j >= 0 && CompareNames(Name(order[j]), Name(current)) > 0)
                {
                    order[j + 1] = order[j];
                    j--;
                }

                order[j + 1] = current;
            }
        }

        private static int CompareNames(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            int common = Math.Min(a.Length, b.Length);
            for (int i = 0; i < common; i++)
            {
                int difference = ToLowerAscii(a[i]) - ToLowerAscii(b[i]);
                if (difference != 0)
                {
                    return difference;
                }
            }

            return a.Length - b.Length;
        }
    }

    /// <summary>A growable UTF-8 buffer that starts on the stack and moves to a pooled array if it must grow.</summary>
    private ref struct Utf8Buffer
    {
        private Span<byte> _bytes;
        private byte[]? _rented;
        private int _length;

        public Utf8Buffer(Span<byte> initial)
        {
            _bytes = initial;
            _rented = null;
            _length = 0;
        }

        public readonly ReadOnlySpan<byte> Written => _bytes[.._length];

        public readonly byte Last => _length == 0 ? (byte)0 : _bytes[_length - 1];

        public void Append(byte value)
        {
            Ensure(1);
            _bytes[_length++] = value;
        }

        public void AppendAscii(scoped ReadOnlySpan<char> ascii)
        {
            Ensure(ascii.Length);
            for (int i = 0; i < ascii.Length; i++)
            {
                _bytes[_length + i] = (byte)ascii[i];
            }

            _length += ascii.Length;
        }

        public void AppendAscii(scoped ReadOnlySpan<byte> ascii)
        {
            Ensure(ascii.Length);
            ascii.CopyTo(_bytes[_length..]);
            _length += ascii.Length;
        }

        public void AppendUpperAscii(scoped ReadOnlySpan<char> ascii)
        {
            Ensure(ascii.Length);
            for (int i = 0; i < ascii.Length; i++)
            {
                char c = ascii[i];
                _bytes[_length + i] = (byte)(char.IsAsciiLetterLower(c) ? c & ~0x20 : c);
            }

            _length += ascii.Length;
        }

        public void AppendLowerAscii(scoped ReadOnlySpan<char> ascii)
        {
            Ensure(ascii.Length);
            for (int i = 0; i < ascii.Length; i++)
            {
                _bytes[_length + i] = (byte)ToLowerAscii(ascii[i]);
            }

            _length += ascii.Length;
        }

        public void AppendUtf8(scoped ReadOnlySpan<char> text)
        {
            Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
            _length += Encoding.UTF8.GetBytes(text, _bytes[_length..]);
        }

        public void AppendHexLower(scoped ReadOnlySpan<byte> bytes)
        {
            ReadOnlySpan<byte> hex = "0123456789abcdef"u8;
            Ensure(bytes.Length * 2);
            for (int i = 0; i < bytes.Length; i++)
            {
                _bytes[_length++] = hex[bytes[i] >> 4];
                _bytes[_length++] = hex[bytes[i] & 0xF];
            }
        }

        /// <summary>Appends UTF-8 of <paramref name="value"/>, keeping only <c>A-Z a-z 0-9 - _ . ~</c>, the rest as <c>%XX</c>.</summary>
        public void AppendEncoded(scoped ReadOnlySpan<char> value)
        {
            ReadOnlySpan<byte> hex = "0123456789ABCDEF"u8;

            // Worst case: one UTF-16 unit becomes three UTF-8 bytes, each written as %XX.
            Ensure(value.Length * 9);
            Span<byte> utf8 = stackalloc byte[4];
            int i = 0;
            while (i < value.Length)
            {
                char c = value[i];
                if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
                {
                    _bytes[_length++] = (byte)c;
                    i++;
                    continue;
                }

                // A lone surrogate reads as U+FFFD, as Encoding.UTF8 turns it into EF BF BD.
                System.Text.Rune.DecodeFromUtf16(value[i..], out System.Text.Rune rune, out int consumed);
                int count = rune.EncodeToUtf8(utf8);
                for (int b = 0; b < count; b++)
                {
                    _bytes[_length++] = (byte)'%';
                    _bytes[_length++] = hex[utf8[b] >> 4];
                    _bytes[_length++] = hex[utf8[b] & 0xF];
                }

                i += consumed;
            }
        }

        public void Dispose()
        {
            if (_rented is not null)
            {
                ArrayPool<byte>.Shared.Return(_rented);
                _rented = null;
            }
        }

        private void Ensure(int extra)
        {
            if (_length + extra <= _bytes.Length)
            {
                return;
            }

            byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, _length + extra));
            _bytes[.._length].CopyTo(larger);
            if (_rented is not null)
            {
                ArrayPool<byte>.Shared.Return(_rented);
            }

            _rented = larger;
            _bytes = larger;
        }
    }
}
