using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SdrsSdk.Tests.Signing;

/// <summary>
/// The straightforward signer (StringBuilder, LINQ, one string per piece), written from the algorithm in the signing
/// facts: the oracle the SDK's <c>AkSkSigner</c> must agree with on inputs the official vectors do not cover.
/// </summary>
internal static class ReferenceSigner
{
    public const string Algorithm = "SDK-HMAC-SHA256";
    public const string DateHeader = "X-Sdk-Date";
    public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

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
        string secretKey
    )
    {
        SignedParts parts = BuildCanonicalRequest(method, uri, headers, body);
        string stringToSign = BuildStringToSign(parts.CanonicalRequest, FindDate(headers));
        string signature = ComputeSignature(stringToSign, secretKey);
        return $"{Algorithm} Access={accessKey}, SignedHeaders={parts.SignedHeaders}, Signature={signature}";
    }

    /// <summary>Builds the canonical request and the list of signed header names.</summary>
    public static SignedParts BuildCanonicalRequest(
        string method,
        Uri uri,
        IReadOnlyCollection<KeyValuePair<string, string>> headers,
        ReadOnlySpan<byte> body
    )
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(headers);

        var sortedHeaders = headers
            .Select(header => (Name: header.Key.Trim().ToLowerInvariant(), Value: header.Value.Trim()))
            .OrderBy(header => header.Name, StringComparer.Ordinal)
            .ToList();

        var text = new StringBuilder(512);
        text.Append(method.ToUpperInvariant()).Append('\n');
        AppendCanonicalUri(text, uri.AbsolutePath);
        text.Append('\n');
        AppendCanonicalQuery(text, uri.Query);
        text.Append('\n');
        foreach ((string name, string value) in sortedHeaders)
        {
            text.Append(name).Append(':').Append(value).Append('\n');
        }

        text.Append('\n');
        string signedHeaders = string.Join(';', sortedHeaders.Select(header => header.Name));
        text.Append(signedHeaders).Append('\n');
        text.Append(HexSha256(body));
        return new SignedParts(text.ToString(), signedHeaders);
    }

    /// <summary>Builds the string to sign from a canonical request and its <c>X-Sdk-Date</c>.</summary>
    public static string BuildStringToSign(string canonicalRequest, string sdkDate) =>
        $"{Algorithm}\n{sdkDate}\n{HexSha256(Encoding.UTF8.GetBytes(canonicalRequest))}";

    /// <summary>Computes the lower-case hex HMAC-SHA256 of the string to sign, keyed by the SK's UTF-8 bytes.</summary>
    public static string ComputeSignature(string stringToSign, string secretKey)
    {
        byte[] key = Encoding.UTF8.GetBytes(secretKey);
        try
        {
            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign), mac);
            return ToHexLower(mac);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>Percent-encodes text the way the signature expects: UTF-8, only <c>A-Z a-z 0-9 - _ . ~</c>
    /// kept.</summary>
    public static string Encode(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        AppendEncoded(text, value);
        return text.ToString();
    }

    /// <summary>Lower-case hex SHA-256 of some bytes.</summary>
    public static string HexSha256(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(data, hash);
        return ToHexLower(hash);
    }

    private static string ToHexLower(ReadOnlySpan<byte> bytes)
    {
#if NET9_0_OR_GREATER
        return Convert.ToHexStringLower(bytes);
#else
        return string.Create(bytes.Length * 2, bytes.ToArray(), static (chars, data) =>
        {
            const string Hex = "0123456789abcdef";
            for (int i = 0; i < data.Length; i++)
            {
                chars[2 * i] = Hex[data[i] >> 4];
                chars[(2 * i) + 1] = Hex[data[i] & 0xF];
            }
        });
#endif
    }

    private static string FindDate(IReadOnlyCollection<KeyValuePair<string, string>> headers)
    {
        foreach (KeyValuePair<string, string> header in headers)
        {
            if (string.Equals(header.Key, DateHeader, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value.Trim();
            }
        }

        throw new ArgumentException($"The headers to sign must include {DateHeader}.", nameof(headers));
    }

    private static void AppendCanonicalUri(StringBuilder text, string escapedPath)
    {
        // As the official signers do: decode the path, then split it on '/' (so "%2F" separates segments too).
        string[] segments = Uri.UnescapeDataString(escapedPath).Split('/');
        for (int i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                text.Append('/');
            }

            AppendEncoded(text, segments[i]);
        }

        if (text.Length == 0 || text[^1] != '/')
        {
            text.Append('/');
        }
    }

    private static void AppendCanonicalQuery(StringBuilder text, string query)
    {
        if (query.Length <= 1)
        {
            return;
        }

        var pairs = new List<(string Key, string Value)>();
        foreach (string part in query.TrimStart('?').Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            int equals = part.IndexOf('=', StringComparison.Ordinal);
            string key = equals < 0 ? part : part[..equals];
            string value = equals < 0 ? string.Empty : part[(equals + 1)..];
            pairs.Add((Uri.UnescapeDataString(key), Uri.UnescapeDataString(value)));
        }

        pairs.Sort(
            static (a, b) =>
            {
                int byKey = string.CompareOrdinal(a.Key, b.Key);
                return byKey != 0 ? byKey : string.CompareOrdinal(a.Value, b.Value);
            }
        );

        for (int i = 0; i < pairs.Count; i++)
        {
            if (i > 0)
            {
                text.Append('&');
            }

            AppendEncoded(text, pairs[i].Key);
            text.Append('=');
            AppendEncoded(text, pairs[i].Value);
        }
    }

    private static void AppendEncoded(StringBuilder text, string value)
    {
        const string Hex = "0123456789ABCDEF";
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                text.Append(c);
                continue;
            }

            int count;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                count = Encoding.UTF8.GetBytes(value.AsSpan(i, 2), utf8);
                i++;
            }
            else
            {
                count = Encoding.UTF8.GetBytes(value.AsSpan(i, 1), utf8);
            }

            foreach (byte b in utf8[..count])
            {
                text.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
        }
    }

    /// <summary>The canonical request and the signed header names it declares.</summary>
    public readonly record struct SignedParts(string CanonicalRequest, string SignedHeaders);
}
