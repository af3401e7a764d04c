using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SdrsSdk.Testing.Internal;

/// <summary>A request as the handlers see it: method, decoded path segments, query parameters and body.</summary>
internal sealed class HttpExchange
{
    private readonly Dictionary<string, string> _routeValues = new(StringComparer.Ordinal);
    private readonly byte[] _bodyBytes;
    private JsonObject? _bodyObject;

    public HttpExchange(string method, string absolutePath, string rawQuery, byte[]? body, string? contentType)
    {
        Method = method.ToUpperInvariant();
        Segments = absolutePath
            .Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(Uri.UnescapeDataString)
            .ToArray();
        Path = "/" + string.Join('/', Segments);
        RawQuery = rawQuery.TrimStart('?');
        Query = ParseQuery(RawQuery);
        _bodyBytes = body ?? [];

        // The journal's copy: invalid bytes read as U+FFFD here, while the framing check refuses them.
        Body = _bodyBytes.Length == 0 ? null : Encoding.UTF8.GetString(_bodyBytes);
        ContentType = contentType;
    }

    public string Method { get; }

    public IReadOnlyList<string> Segments { get; }

    public string Path { get; }

    public string RawQuery { get; }

    public IReadOnlyDictionary<string, string> Query { get; }

    public string? Body { get; }

    /// <summary>Gets the <c>Content-Type</c> header as sent, or <see langword="null"/>.</summary>
    public string? ContentType { get; }

    public string Route(string name) => _routeValues[name];

    public void SetRoute(string name, string value) => _routeValues[name] = value;

    public string? QueryValue(string name) => Query.TryGetValue(name, out string? value) ? value : null;

    /// <summary>
    /// Checks how the request is framed before a handler reads it, refusing with <c>SDRS.0201</c> in the
    /// <c>badrequest</c> envelope: a GET takes no body; a POST or PUT needs one; a body (on a POST, PUT or DELETE)
    /// needs <c>Content-Type: application/json</c> (reference 3.2, Table 3-3), UTF-8 if a charset is named, and must
    /// be a strict JSON object (<see cref="RequestJson"/>).
    /// </summary>
    public void CheckFraming()
    {
        if (Method == "GET")
        {
            if (_bodyBytes.Length > 0)
            {
                throw Unreadable("a GET request takes no body");
            }

            return;
        }

        if (_bodyBytes.Length == 0)
        {
            if (Method is "POST" or "PUT")
            {
                throw Unreadable("the request body is missing");
            }

            return;
        }

        CheckContentType(ContentType);
        _bodyObject = RequestJson.ParseObject(_bodyBytes);
    }

    /// <summary>The body as a JSON object (checked by <see cref="CheckFraming"/>); a missing body is refused with
    /// <c>SDRS.0201</c>.</summary>
    public JsonObject BodyObject() => _bodyObject ?? throw Unreadable("the request body is missing");

    /// <summary>The body as a JSON object, or an empty object when there is none.</summary>
    public JsonObject OptionalBodyObject() => _bodyObject ?? [];

    private static void CheckContentType(string? contentType)
    {
        if (contentType is null)
        {
            throw Unreadable("a JSON body needs 'Content-Type: application/json'");
        }

        if (
            !MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? parsed)
            || !string.Equals(parsed.MediaType, "application/json", StringComparison.OrdinalIgnoreCase)
        )
        {
            throw Unreadable($"Content-Type '{contentType}' is not application/json");
        }

        if (
            parsed.CharSet is { } charset
            && !string.Equals(charset.Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase)
        )
        {
            throw Unreadable($"the charset '{charset}' is not UTF-8");
        }
    }

    private static EmulatorException Unreadable(string detail) => new("SDRS.0201", detail, unreadable: true);

    private static Dictionary<string, string> ParseQuery(string rawQuery)
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string part in rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            string key = Decode(equals < 0 ? part : part[..equals]);
            string value = equals < 0 ? string.Empty : Decode(part[(equals + 1)..]);
            query.TryAdd(key, value);
        }

        return query;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
