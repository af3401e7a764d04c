using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace SdrsSdk.Testing.Internal;

/// <summary>The input rules the reference states, checked server-side as SDRS would (the SDK checks them client-side
/// too).</summary>
internal static class Rules
{
    public const int MaxTagsPerInstance = 10;
    private const string ForbiddenTagCharacters = "*<>\\=,|/";

    /// <summary>
    /// Names of groups, instances, pairs and drills: 1 to 64 bytes of Chinese characters, ASCII letters, digits, '.',
    /// '_' and '-' (<c>SDRS.0202</c>), the set Huawei's API definitions state (the English reference lists no Chinese).
    /// </summary>
    public static string Name(string? name, string field = "name")
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new EmulatorException("SDRS.0202", $"'{field}' is required");
        }

        if (Encoding.UTF8.GetByteCount(name) > 64)
        {
            throw new EmulatorException("SDRS.0202", $"'{field}' can contain at most 64 bytes");
        }

        return NameCharacters(name, field);
    }

    /// <summary>A batch name prefix: 1 to 59 characters of the name set (<c>SDRS.0202</c>, reference Table
    /// 5-35).</summary>
    public static string NamePrefix(string? prefix)
    {
        if (string.IsNullOrEmpty(prefix))
        {
            throw new EmulatorException("SDRS.0202", "'name_prefix' is required");
        }

        if (prefix.EnumerateRunes().Count() > 59)
        {
            throw new EmulatorException("SDRS.0202", "'name_prefix' can contain at most 59 characters");
        }

        return NameCharacters(prefix, "name_prefix");
    }

    private static string NameCharacters(string name, string field)
    {
        if (
            !name.All(c =>
                char.IsAsciiLetterOrDigit(c)
                || c is '.' or '_' or '-' or (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF')
            )
        )
        {
            throw new EmulatorException(
                "SDRS.0202",
                $"'{field}' may contain only Chinese characters, letters, digits, '.', '_' and '-'"
            );
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
            throw new EmulatorException(
                "SDRS.2203",
                string.Create(CultureInfo.InvariantCulture, $"at most {MaxTagsPerInstance} tags per protected instance")
            );
        }

        var result = new List<KeyValuePair<string, string>>(tags.Count);
        foreach (JsonNode? item in tags)
        {
            JsonObject tag =
                item as JsonObject ?? throw new EmulatorException("SDRS.0201", "each tag must be an object");
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
            throw new EmulatorException(
                "SDRS.2204",
                $"'{key}': at most 36 characters, none of * < > \\ = , | / or control characters"
            );
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
            throw new EmulatorException(
                "SDRS.2207",
                $"'{value}': at most 43 characters, none of * < > \\ = , | / or control characters"
            );
        }

        return value;
    }

    public static int UnicodeLength(string value) => value.EnumerateRunes().Count();

    private static bool HasForbiddenCharacter(string value) =>
        value.Any(c => c < 32 || ForbiddenTagCharacters.Contains(c, StringComparison.Ordinal));
}
