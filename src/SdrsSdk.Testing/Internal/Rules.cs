using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace SdrsSdk.Testing.Internal;

/// <summary>The input rules the reference states, checked server-side as SDRS would (the SDK checks them client-side too).</summary>
internal static class Rules
{
    public const int MaxTagsPerInstance = 10;
    private const string ForbiddenTagCharacters = "*<>\\=,|/";

    /// <summary>Names of groups, instances, pairs and drills: 1 to 64 bytes of letters, digits, '.', '_' and '-' (<c>SDRS.0202</c>).</summary>
    public static string Name(string? name, string field = "name", int maxLength = 64)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new EmulatorException("SDRS.0202", $"'{field}' is required");
        }

        if (Encoding.UTF8.GetByteCount(name) > maxLength)
        {
            throw new EmulatorException("SDRS.0202", string.Create(CultureInfo.InvariantCulture, $"'{field}' can contain at most {maxLength} bytes"));
        }

        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            throw new EmulatorException("SDRS.0202", $"'{field}' may contain only letters, digits, '.', '_' and '-'");
        }

        return name;
    }

    /// <summary>Descriptions: at most 64 bytes, without '&lt;' or '&gt;' (<c>SDRS.0212</c>).</summary>
    public static string? Description(string? description)
    {
        if (description is null)
        {
            return null;
        }

        if (Encoding.UTF8.GetByteCount(description) > 64 || description.AsSpan().IndexOfAny('<', '>') >= 0)
        {
            throw new EmulatorException("SDRS.0212", "'description' can contain at most 64 bytes and no '<' or '>'");
        }

        return description;
    }

    /// <summary>Reads and checks a tag list to add (reference tables 5-18, 5-68, 5-70).</summary>
    public static List<KeyValuePair<string, string>> TagsToAdd(JsonArray? tags, bool required)
    {
        if (tags is null || tags.Count == 0)
        {
            if (required)
            {
                throw new EmulatorException("SDRS.2202", "'tags' must list at least one tag");
            }

            return [];
        }

        if (tags.Count > MaxTagsPerInstance)
        {
            throw new EmulatorException("SDRS.2203", string.Create(CultureInfo.InvariantCulture, $"at most {MaxTagsPerInstance} tags per protected instance"));
        }

        var result = new List<KeyValuePair<string, string>>(tags.Count);
        foreach (JsonNode? item in tags)
        {
            JsonObject tag = item as JsonObject ?? throw new EmulatorException("SDRS.0201", "each tag must be an object");
            string key = TagKey(JsonRead.String(tag, "key"));
            string value = TagValue(JsonRead.String(tag, "value"));
            if (result.Any(existing => string.Equals(existing.Key, key, StringComparison.Ordinal)))
            {
                throw new EmulatorException("SDRS.2209", $"the key '{key}' appears twice");
            }

            result.Add(new(key, value));
        }

        return result;
    }

    public static string TagKey(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new EmulatorException("SDRS.2205", null);
        }

        if (UnicodeLength(key) > 36 || HasForbiddenCharacter(key))
        {
            throw new EmulatorException("SDRS.2204", $"'{key}': at most 36 characters, none of * < > \\ = , | / or control characters");
        }

        return key;
    }

    public static string TagValue(string? value)
    {
        if (value is null)
        {
            throw new EmulatorException("SDRS.2208", null);
        }

        if (UnicodeLength(value) > 43 || HasForbiddenCharacter(value))
        {
            throw new EmulatorException("SDRS.2207", $"'{value}': at most 43 characters, none of * < > \\ = , | / or control characters");
        }

        return value;
    }

    public static int UnicodeLength(string value) => value.EnumerateRunes().Count();

    private static bool HasForbiddenCharacter(string value) =>
        value.Any(c => c < 32 || ForbiddenTagCharacters.Contains(c, StringComparison.Ordinal));
}
