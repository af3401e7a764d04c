using System.Globalization;
using System.Text.Json.Nodes;

namespace SdrsSdk.Testing.Internal;

/// <summary>The <c>limit</c>/<c>offset</c> paging of the list APIs, with <c>count</c> of every match.</summary>
internal static class Paging
{
    public const int MaxLimit = 1000;

    /// <summary>
    /// Reads <c>limit</c> (0 to 1000; absent or 0 means 1000, else <c>SDRS.0221</c>) and <c>offset</c> (0 or more, else
    /// <c>SDRS.0222</c>).
    /// </summary>
    public static (int Offset, int Limit) Read(HttpExchange request)
    {
        int limit = MaxLimit;
        if (request.QueryValue("limit") is { } limitText)
        {
            if (
                !int.TryParse(limitText, NumberStyles.Integer, CultureInfo.InvariantCulture, out limit)
                || limit is < 0 or > MaxLimit
            )
            {
                throw new EmulatorException("SDRS.0221", $"limit '{limitText}'");
            }

            limit = limit == 0 ? MaxLimit : limit;
        }

        int offset = 0;
        if (
            request.QueryValue("offset") is { } offsetText
            && (!int.TryParse(offsetText, NumberStyles.Integer, CultureInfo.InvariantCulture, out offset) || offset < 0)
        )
        {
            throw new EmulatorException("SDRS.0222", $"offset '{offsetText}'");
        }

        return (offset, limit);
    }

    /// <summary>One page of the items, rendered.</summary>
    public static JsonArray Page<T>(IReadOnlyList<T> items, (int Offset, int Limit) page, Func<T, JsonNode> render)
    {
        var array = new JsonArray();
        foreach (T item in items.Skip(page.Offset).Take(page.Limit))
        {
            array.Add(render(item));
        }

        return array;
    }

    /// <summary>The <c>name</c> filter: fuzzy, case-insensitive.</summary>
    public static bool NameMatches(string name, string? filter) =>
        filter is null || name.Contains(filter, StringComparison.OrdinalIgnoreCase);
}
