using System.Net.Http.Headers;
using System.Text;
using SdrsSdk.Errors.Internal;

namespace SdrsSdk.Http.Internal;

/// <summary>Formats headers and bodies for the log: allowed header values only, secrets never.</summary>
internal static class SdrsLogRedaction
{
    /// <summary>Headers that carry credentials: redacted even when a caller lists them as allowed.</summary>
    private static readonly HashSet<string> AlwaysRedacted = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization",
        "Proxy-Authorization",
        "X-Auth-Token",
        "X-Security-Token",
        "X-Subject-Token",
        "Cookie",
        "Set-Cookie",
    };

    /// <summary>
    /// Formats request or response headers as <c>Name: value; Name: REDACTED</c>; the values shown are scrubbed of
    /// secrets a server may have echoed into them.
    /// </summary>
    public static string FormatHeaders(
        HttpHeaders headers,
        HttpHeaders? contentHeaders,
        ISet<string> allowed,
        SecretScrubber secrets
    )
    {
        var text = new StringBuilder();
        Append(text, headers, allowed, secrets);
        if (contentHeaders is not null)
        {
            Append(text, contentHeaders, allowed, secrets);
        }

        return text.ToString();
    }

    /// <summary>The path of a request, without its query, for log lines and traces.</summary>
    public static string PathOf(HttpRequestMessage request) => PathOf(request.RequestUri);

    /// <summary>The path of a request URI, without its query, for log lines and traces.</summary>
    public static string PathOf(Uri? requestUri) =>
        requestUri switch
        {
            null => string.Empty,
            { IsAbsoluteUri: true } uri => uri.AbsolutePath,
            var uri => uri.OriginalString.Split('?')[0],
        };

    /// <summary>Shows a URI without its user information (<c>user:password@</c>), which may hold a password.</summary>
    public static string? WithoutUserInfo(Uri? uri) =>
        uri is { IsAbsoluteUri: true, UserInfo.Length: > 0 }
            ? new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.ToString()
            : uri?.ToString();

    /// <summary>
    /// Decodes a body for the log, cut to <paramref name="maxLength"/> characters, with secrets scrubbed
    /// (<see cref="SecretScrubber"/>: known secrets, and JSON values whose names say they are secrets).
    /// </summary>
    public static string FormatBody(ReadOnlySpan<byte> body, int maxLength, SecretScrubber secrets) =>
        SdrsResponseText.DecodeScrubbed(body, maxLength, secrets) ?? string.Empty;

    private static void Append(StringBuilder text, HttpHeaders headers, ISet<string> allowed, SecretScrubber secrets)
    {
        foreach (KeyValuePair<string, HeaderStringValues> header in headers.NonValidated)
        {
            if (text.Length > 0)
            {
                text.Append("; ");
            }

            text.Append(header.Key)
                .Append(": ")
                .Append(
                    allowed.Contains(header.Key)
                        ? Show(header.Key, string.Join(", ", header.Value), secrets)
                        : SdrsLoggingOptions.Redacted
                );
        }
    }

    /// <summary>
    /// A header's value as the SDK shows it anywhere (log, <see cref="SdrsResponse.Headers"/>): redacted for a
    /// header that carries credentials, otherwise scrubbed of the secrets a server may have echoed into it.
    /// </summary>
    public static string Show(string name, string value, SecretScrubber secrets) =>
        AlwaysRedacted.Contains(name) ? SdrsLoggingOptions.Redacted : secrets.Scrub(value) ?? string.Empty;
}
