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
    /// <summary>The most entries of a body's <c>details</c> array kept.</summary>
    public const int MaxItems = 20;

    /// <summary>Reads the error code, message and body request ID from a response body; never throws.</summary>
    /// <param name="body">The response body, possibly cut.</param>
    /// <param name="contentType">The response media type, if any.</param>
    /// <param name="reasonPhrase">The HTTP reason phrase, used when the body says nothing.</param>
    /// <param name="status">The HTTP status code.</param>
    public static DecodedError Decode(string? body, string? contentType, string? reasonPhrase, int status)
    {
        string fallback = string.IsNullOrWhiteSpace(reasonPhrase) ? DescribeStatus(status) : reasonPhrase;
        if (string.IsNullOrWhiteSpace(body))
        {
            return new(null, fallback);
        }

        string trimmed = body.TrimStart();
        if (trimmed.StartsWith('{'))
        {
            if (TryDecodeJson(trimmed, out DecodedError decoded))
            {
                return string.IsNullOrWhiteSpace(decoded.Message) ? decoded with { Message = fallback } : decoded;
            }

            return new(null, $"{fallback} (the response body is not valid JSON)");
        }

        if (trimmed.StartsWith('<') || (contentType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            Match title = HtmlTitle().Match(trimmed);
            string text = title.Success ? WebUtility.HtmlDecode(title.Groups[1].Value).Trim() : string.Empty;
            return new(null, text.Length > 0 ? $"{fallback} (HTML page: {Shorten(text)})" : $"{fallback} (HTML page)");
        }

        return new(null, $"{fallback} ({Shorten(trimmed)})");
    }

    private static bool TryDecodeJson(string json, out DecodedError decoded)
    {
        decoded = new(null, null);
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            // {"error_code": "...", "error_msg": "..."} and the flat {"code": "...", "message": "..."}; else
            // {"error": {...}}, {"badrequest": {...}}, {"itemNotFound": {...}}: any wrapper of that shape.
            JsonElement fields = root;
            if (!ReadFields(root, out string? code, out string? message))
            {
                foreach (JsonProperty property in root.EnumerateObject())
                {
                    if (
                        property.Value.ValueKind == JsonValueKind.Object
                        && ReadFields(property.Value, out code, out message)
                    )
                    {
                        fields = property.Value;
                        break;
                    }
                }
            }

            decoded = new DecodedError(code, message)
            {
                RequestId = ReadString(root, "request_id") ?? ReadString(fields, "request_id"),
                EncodedAuthorizationMessage = ReadString(fields, "encoded_authorization_message")
                    ?? ReadString(root, "encoded_authorization_message"),
                Items = ReadItems(fields) ?? ReadItems(root),
            };
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The body's <c>details</c> array, at most <see cref="MaxItems"/> entries: objects with a code and a
    /// message in any of the spellings above, or plain strings.</summary>
    private static List<SdrsErrorItem>? ReadItems(JsonElement element)
    {
        if (
            element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("details", out JsonElement details)
            || details.ValueKind != JsonValueKind.Array
        )
        {
            return null;
        }

        var items = new List<SdrsErrorItem>();
        foreach (JsonElement item in details.EnumerateArray())
        {
            if (items.Count == MaxItems)
            {
                break;
            }

            if (item.ValueKind == JsonValueKind.Object && ReadFields(item, out string? code, out string? message))
            {
                items.Add(new SdrsErrorItem(code, message is null ? null : Shorten(message)));
            }
            else if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                items.Add(new SdrsErrorItem(null, Shorten(item.GetString()!)));
            }
        }

        return items.Count == 0 ? null : items;
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

/// <summary>What an error body said.</summary>
/// <param name="Code">The error code.</param>
/// <param name="Message">The message, or what stands for it (reason phrase, HTML title, text).</param>
internal readonly record struct DecodedError(string? Code, string? Message)
{
    /// <summary>Gets the request ID the body carried.</summary>
    public string? RequestId { get; init; }

    /// <summary>Gets the body's <c>encoded_authorization_message</c>.</summary>
    public string? EncodedAuthorizationMessage { get; init; }

    /// <summary>Gets the entries of the body's <c>details</c> array.</summary>
    public IReadOnlyList<SdrsErrorItem>? Items { get; init; }
}
