using System.Globalization;
using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal;

/// <summary>
/// The query filters of the list APIs (5.4.2, 5.5.3, 5.6.3, 5.7.3, 5.9.1), read and checked as the service checks
/// them: a value outside the reference's set, a malformed ID or a malformed ID list is refused, never matched against
/// nothing.
/// </summary>
internal static class Filters
{
    /// <summary>The most IDs an ID list filter takes (<c>SDRS.0226</c>).</summary>
    public const int MaxListedIds = 30;

    /// <summary>A <c>status</c> filter: one of the statuses of Appendix A.2 to A.5, else <c>SDRS.0209</c>.</summary>
    public static string? Status(HttpExchange request, string[] statuses) =>
        OneOf(request, "status", statuses, "SDRS.0209");

    /// <summary>A filter whose value is one of a listed set, else the code.</summary>
    public static string? OneOf(HttpExchange request, string name, string[] values, string code)
    {
        string? value = request.QueryValue(name);
        if (value is null || values.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        throw new EmulatorException(code, $"{name} '{value}' is not one of {string.Join(", ", values)}");
    }

    /// <summary>A filter holding the ID of an SDRS resource (<see cref="Formats.ResourceId"/>), else the
    /// code.</summary>
    public static string? ResourceId(HttpExchange request, string name, string code, EmulatorState state) =>
        request.QueryValue(name) is { } value ? Formats.ResourceId(value, code, name, state) : null;

    /// <summary>A filter holding the ID of a cloud resource, a disk or a VPC (<see cref="Formats.Id"/>), else the
    /// code.</summary>
    public static string? CloudId(HttpExchange request, string name, string code, EmulatorState state) =>
        Formats.OptionalId(request.QueryValue(name), code, name, state);

    /// <summary>
    /// An ID list filter (<c>server_group_ids</c>, <c>protected_instance_ids</c> of 5.5.3 and 5.6.3) in the form the
    /// reference prescribes, <c>['id1','id2']</c> (or with double quotes, as its URL-encoded examples): anything else,
    /// a bare ID included, is <c>SDRS.0201</c>; a malformed ID is the code; more than 30 IDs is <c>SDRS.0226</c>.
    /// </summary>
    public static List<string>? IdList(HttpExchange request, string name, string code, EmulatorState state)
    {
        string? text = request.QueryValue(name)?.Trim();
        if (text is null)
        {
            return null;
        }

        if (text.Length < 2 || text[0] != '[' || text[^1] != ']')
        {
            throw NotAList(name, text);
        }

        string inner = text[1..^1].Trim();
        string[] items = inner.Length == 0 ? [] : inner.Split(',', StringSplitOptions.TrimEntries);
        if (items.Any(item => item.Length < 2 || item[0] is not ('\'' or '"') || item[^1] != item[0]))
        {
            throw NotAList(name, text);
        }

        if (items.Length > MaxListedIds)
        {
            throw new EmulatorException(
                "SDRS.0226",
                string.Create(CultureInfo.InvariantCulture, $"{name} lists {items.Length} IDs; at most {MaxListedIds}")
            );
        }

        return [.. items.Select(item => Formats.ResourceId(item[1..^1], code, name, state))];
    }

    /// <summary>The <c>query_type</c> of 5.5.3 and 5.6.3: <c>status_abnormal</c>, or <c>general</c>, empty or
    /// absent for none; anything else is <c>SDRS.0201</c>.</summary>
    /// <returns><see langword="true"/> to list only resources in an abnormal status.</returns>
    public static bool AbnormalOnly(HttpExchange request) =>
        request.QueryValue("query_type") switch
        {
            null or "" or "general" => false,
            "status_abnormal" => true,
            string other => throw new EmulatorException("SDRS.0201", $"query_type '{other}'"),
        };

    private static EmulatorException NotAList(string name, string text) =>
        new("SDRS.0201", $"{name} must be a list such as ['id1','id2'] (URL-encoded); '{text}' is not");
}
