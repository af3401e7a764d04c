using System.Text.Json;
using System.Text.Json.Nodes;

namespace SdrsSdk.Testing.Internal;

/// <summary>A request as the handlers see it: method, decoded path segments, query parameters and body.</summary>
internal sealed class HttpExchange
{
    private readonly Dictionary<string, string> _routeValues = new(StringComparer.Ordinal);
    private JsonObject? _bodyObject;

    public HttpExchange(string method, string absolutePath, string rawQuery, string? body)
    {
        Method = method.ToUpperInvariant();
        Segments = absolutePath
            .Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(Uri.UnescapeDataString)
            .ToArray();
        Path = "/" + string.Join('/', Segments);
        RawQuery = rawQuery.TrimStart('?');
        Query = ParseQuery(RawQuery);
        Body = string.IsNullOrEmpty(body) ? null : body;
    }

    public string Method { get; }

    public IReadOnlyList<string> Segments { get; }

    public string Path { get; }

    public string RawQuery { get; }

    public IReadOnlyDictionary<string, string> Query { get; }

    public string? Body { get; }

    public string Route(string name) => _routeValues[name];

    public void SetRoute(string name, string value) => _routeValues[name] = value;

    public string? QueryValue(string name) => Query.TryGetValue(name, out string? value) ? value : null;

    /// <summary>The body as a JSON object; a missing or malformed body is refused with <c>SDRS.0201</c>.</summary>
    public JsonObject BodyObject()
    {
        if (_bodyObject is not null)
        {
            return _bodyObject;
        }

        if (Body is null)
        {
            throw new EmulatorException("SDRS.0201", "the request body is missing", unreadable: true);
        }

        try
        {
            _bodyObject =
                JsonNode.Parse(Body) as JsonObject
                ?? throw new EmulatorException("SDRS.0201", "the request body must be a JSON object", unreadable: true);
            return _bodyObject;
        }
        catch (JsonException exception)
        {
            throw new EmulatorException(
                "SDRS.0201",
                "the request body is not valid JSON (" + exception.Message + ")",
                unreadable: true
            );
        }
    }

    /// <summary>The body as a JSON object, or an empty object when there is none.</summary>
    public JsonObject OptionalBodyObject() => Body is null ? [] : BodyObject();

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
