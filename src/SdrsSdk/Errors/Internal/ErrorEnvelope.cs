using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SdrsSdk.Errors.Internal;

/// <summary>
/// Decodes every error body SDRS and the gateways in front of it send: <c>{"error":{"code","message"}}</c>, any
/// single wrapper key of that shape (<c>badrequest</c>, <c>itemNotFound</c>, …), <c>{"error_code","error_msg"}</c>,
/// a flat <c>{"code","message"}</c>, numeric codes, HTML pages, plain text, empty and invalid bodies.
/// </summary>
internal static partial class ErrorEnvelope
{
    /// <summary>Reads the error code, message and body request ID from a response body; never throws.</summary>
    /// <param name="body">The response body, possibly cut.</param>
    /// <param name="contentType">The response media type, if any.</param>
    /// <param name="reasonPhrase">The HTTP reason phrase, used when the body says nothing.</param>
    /// <param name="status">The HTTP status code.</param>
    public static (string? Code, string? Message, string? RequestId) Decode(
        string? body,
        string? contentType,
        string? reasonPhrase,
        int status
    )
    {
        string fallback = string.IsNullOrWhiteSpace(reasonPhrase) ? DescribeStatus(status) : reasonPhrase;
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, fallback, null);
        }

        string trimmed = body.TrimStart();
        if (trimmed.StartsWith('{'))
        {
            if (TryDecodeJson(trimmed, out string? code, out string? message, out string? requestId))
            {
                return (code, string.IsNullOrWhiteSpace(message) ? fallback : message, requestId);
            }

            return (null, $"{fallback} (the response body is not valid JSON)", null);
        }

        if (trimmed.StartsWith('<') || (contentType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            Match title = HtmlTitle().Match(trimmed);
            string text = title.Success ? WebUtility.HtmlDecode(title.Groups[1].Value).Trim() : string.Empty;
            return (
                null,
                text.Length > 0 ? $"{fallback} (HTML page: {Shorten(text)})" : $"{fallback} (HTML page)",
                null
            );
        }

        return (null, $"{fallback} ({Shorten(trimmed)})", null);
    }

    private static bool TryDecodeJson(string json, out string? code, out string? message, out string? requestId)
    {
        code = message = requestId = null;
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            requestId = ReadString(root, "request_id");

            // {"error_code": "...", "error_msg": "..."} and the flat {"code": "...", "message": "..."}.
            if (ReadFields(root, out code, out message))
            {
                return true;
            }

            // {"error": {...}}, {"badrequest": {...}}, {"itemNotFound": {...}}: any wrapper of that shape.
            foreach (JsonProperty property in root.EnumerateObject())
            {
                if (
                    property.Value.ValueKind == JsonValueKind.Object
                    && ReadFields(property.Value, out code, out message)
                )
                {
                    requestId ??= ReadString(property.Value, "request_id");
                    return true;
                }
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool ReadFields(JsonElement element, out string? code, out string? message)
    {
        code = ReadString(element, "error_code") ?? ReadString(element, "code");
        message = ReadString(element, "error_msg")
            ?? ReadString(element, "error_message")
            ?? ReadString(element, "message");
        return code is not null || message is not null;
    }

    private static string? ReadString(JsonElement element, string name)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!property.NameEquals(name))
            {
                continue;
            }

            string? value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                _ => null,
            };
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        return null;
    }

    private static string DescribeStatus(int status) =>
        Enum.IsDefined(typeof(HttpStatusCode), status)
            ? ((HttpStatusCode)status).ToString()
            : string.Create(CultureInfo.InvariantCulture, $"HTTP {status}");

    private static string Shorten(string text)
    {
        string single = WhiteSpace().Replace(text, " ").Trim();
        return single.Length <= 200 ? single : string.Concat(single.AsSpan(0, 200), "…");
    }

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlTitle();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
