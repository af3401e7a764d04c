using System.Globalization;
using System.Text;

namespace SdrsSdk.Validation.Internal;

/// <summary>
/// The tag rules of reference 5.8, checked before any request leaves the process. Every failure is an
/// <see cref="ArgumentException"/> whose message names the field and the rule.
/// </summary>
internal static class TagRules
{
    /// <summary>The most tags a protected instance carries, and so the most one request adds or deletes
    /// (5.8.2-5.8.4).</summary>
    public const int MaxTagsPerInstance = 10;

    /// <summary>The longest tag key, in Unicode characters (Tables 5-67 to 5-70).</summary>
    public const int MaxKeyLength = 36;

    /// <summary>The longest tag value, in Unicode characters (Tables 5-67 to 5-70).</summary>
    public const int MaxValueLength = 43;

    /// <summary>The most conditions in one tag-condition list of a search (5.8.1).</summary>
    public const int MaxFilterKeys = 10;

    /// <summary>The most values of one search condition (5.8.1).</summary>
    public const int MaxFilterValues = 10;

    /// <summary>The longest key of a search condition, in Unicode characters (Table 5-60).</summary>
    public const int MaxFilterKeyLength = 127;

    /// <summary>The longest value of a search condition or field match, in Unicode characters (Tables 5-60,
    /// 5-61).</summary>
    public const int MaxFilterValueLength = 255;

    /// <summary>The characters a tag key or value must not contain, besides ASCII control characters (Tables 5-67 to
    /// 5-70).</summary>
    public const string ForbiddenCharacters = "*<>\\=,|/";

    /// <summary>Checks the tags of a batch add (5.8.2): 1 to 10 tags, unique keys, every key and value valid.</summary>
    public static void TagsToAdd(IReadOnlyList<ResourceTag>? tags, string paramName)
    {
        CheckBatch(tags, paramName);
        for (int i = 0; i < tags!.Count; i++)
        {
            Key(tags[i].Key, $"tags[{i}].key", paramName);
            Value(tags[i].Value, $"tags[{i}].value", paramName);
        }

        CheckUniqueKeys(tags, paramName);
    }

    /// <summary>
    /// Checks the tags of a batch delete (5.8.3): 1 to 10 tags, unique keys, no blank key. The service does not check
    /// the character set on deletion, so neither does the SDK: a tag created under older rules can still be deleted.
    /// </summary>
    public static void TagsToDelete(IReadOnlyList<ResourceTag>? tags, string paramName)
    {
        CheckBatch(tags, paramName);
        for (int i = 0; i < tags!.Count; i++)
        {
            KeyPresent(tags[i].Key, $"tags[{i}].key", paramName);
        }

        CheckUniqueKeys(tags, paramName);
    }

    /// <summary>Checks one tag key (Tables 5-67 to 5-70): 1 to 36 characters, not blank, no forbidden
    /// characters.</summary>
    public static void Key(string? key, string field, string paramName)
    {
        KeyPresent(key, field, paramName);
        CheckLength(key!, field, paramName, MaxKeyLength);
        CheckCharacters(key!, field, paramName);
    }

    /// <summary>
    /// Checks a tag key sent as a path segment (5.8.5): given, not blank, not <c>.</c> or <c>..</c>, and without
    /// <c>/</c>, which no tag key holds (<see cref="ForbiddenCharacters"/>) and which the service and the signature
    /// read as a segment separator even when it is sent as <c>%2F</c>. The rest of the character set is not checked,
    /// as the service does not check it on deletion.
    /// </summary>
    public static void KeyInPath(string? key, string field, string paramName)
    {
        KeyPresent(key, field, paramName);
        if (key is "." or "..")
        {
            throw new ArgumentException(
                $"{field} must not be '.' or '..': a URI path cannot carry it as a segment.",
                paramName
            );
        }

        if (key!.Contains('/', StringComparison.Ordinal))
        {
            throw Forbidden(field, '/', paramName);
        }
    }

    /// <summary>Checks that a tag key is given and not blank (all tag calls, 5.8.3 and 5.8.5 included).</summary>
    public static void KeyPresent(string? key, string field, string paramName)
    {
        if (key is null)
        {
            throw new ArgumentNullException(paramName, $"{field} is required.");
        }

        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException($"{field} must not be empty or white space.", paramName);
        }
    }

    /// <summary>Checks one tag value (Tables 5-67 to 5-70): required but may be empty, 0 to 43 characters, no forbidden
    /// characters.</summary>
    public static void Value(string? value, string field, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"{field} is required; it may be an empty string but not null.");
        }

        CheckLength(value, field, paramName, MaxValueLength);
        CheckCharacters(value, field, paramName);
    }

    /// <summary>Checks the conditions and paging of a search by tag (5.8.1).</summary>
    public static void Query(ProtectedInstanceTagQuery query, bool counting, string paramName)
    {
        if (counting)
        {
            if (query.Offset is not null || query.Limit is not null)
            {
                throw new ArgumentException(
                    "offset and limit are not supported when counting (action count); leave them null.",
                    paramName
                );
            }
        }
        else
        {
            SdrsValidation.Offset(query.Offset, paramName);
            SdrsValidation.Limit(query.Limit, paramName);
        }

        Conditions(query.Tags, "tags", paramName);
        Conditions(query.TagsAny, "tags_any", paramName);
        Conditions(query.NotTags, "not_tags", paramName);
        Conditions(query.NotTagsAny, "not_tags_any", paramName);
        Matches(query.Matches, paramName);
    }

    /// <summary>Counts Unicode characters (code points), as the reference's limits do.</summary>
    public static int UnicodeLength(string value)
    {
        int count = 0;
        foreach (Rune _ in value.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static void Conditions(IReadOnlyList<TagFilter>? conditions, string list, string paramName)
    {
        if (conditions is null)
        {
            return;
        }

        if (conditions.Count > MaxFilterKeys)
        {
            throw new ArgumentException(
                $"{list} accepts at most {MaxFilterKeys} keys; {conditions.Count} were given.",
                paramName
            );
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < conditions.Count; i++)
        {
            TagFilter? condition = conditions[i];
            string field = $"{list}[{i}]";
            if (condition is null)
            {
                throw new ArgumentException($"{field} must not be null.", paramName);
            }

            KeyPresent(condition.Key, field + ".key", paramName);
            string key = condition.Key.Trim();
            CheckLength(key, field + ".key", paramName, MaxFilterKeyLength);
            if (!keys.Add(key))
            {
                throw new ArgumentException(
                    $"{list} must not repeat a key; '{key}' appears more than once.",
                    paramName
                );
            }

            Values(condition.Values, field + ".values", paramName);
        }
    }

    private static void Values(IReadOnlyList<string>? values, string field, string paramName)
    {
        if (values is null)
        {
            throw new ArgumentException($"{field} must not be null; use an empty list to match any value.", paramName);
        }

        if (values.Count > MaxFilterValues)
        {
            throw new ArgumentException(
                $"{field} accepts at most {MaxFilterValues} values; {values.Count} were given.",
                paramName
            );
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < values.Count; i++)
        {
            string? value = values[i];
            string item = $"{field}[{i}]";
            if (value is null)
            {
                throw new ArgumentException($"{item} must not be null.", paramName);
            }

            string trimmed = value.Trim();
            CheckLength(trimmed, item, paramName, MaxFilterValueLength);
            if (trimmed.Length > 0 && trimmed.AsSpan().IndexOfAnyExcept('*') < 0)
            {
                throw new ArgumentException(
                    $"{item} must not consist only of asterisks: '*' is reserved for fuzzy matching.",
                    paramName
                );
            }

            if (!seen.Add(trimmed))
            {
                throw new ArgumentException(
                    $"{field} must not repeat a value; '{trimmed}' appears more than once.",
                    paramName
                );
            }
        }
    }

    private static void Matches(IReadOnlyList<TagMatch>? matches, string paramName)
    {
        if (matches is null)
        {
            return;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < matches.Count; i++)
        {
            TagMatch? match = matches[i];
            string field = $"matches[{i}]";
            if (match is null)
            {
                throw new ArgumentException($"{field} must not be null.", paramName);
            }

            KeyPresent(match.Key.Value, field + ".key", paramName);
            string key = RequestValue.OneOf(match.Key, field + ".key", paramName).Value;
            if (!keys.Add(key))
            {
                throw new ArgumentException(
                    $"matches must not repeat a key; '{match.Key}' appears more than once.",
                    paramName
                );
            }

            if (match.Value is null)
            {
                throw new ArgumentNullException(
                    paramName,
                    $"{field}.value is required; use an empty string for an exact match."
                );
            }

            CheckLength(match.Value, field + ".value", paramName, MaxFilterValueLength);
        }
    }

    private static void CheckBatch(IReadOnlyList<ResourceTag>? tags, string paramName)
    {
        if (tags is null)
        {
            throw new ArgumentNullException(paramName, "tags is required.");
        }

        if (tags.Count == 0)
        {
            throw new ArgumentException("tags must hold at least one tag.", paramName);
        }

        if (tags.Count > MaxTagsPerInstance)
        {
            throw new ArgumentException(
                $"tags accepts at most {MaxTagsPerInstance} tags (a protected instance carries at most "
                    + $"{MaxTagsPerInstance}); {tags.Count} were given.",
                paramName
            );
        }

        for (int i = 0; i < tags.Count; i++)
        {
            if (tags[i] is null)
            {
                throw new ArgumentException($"tags[{i}] must not be null.", paramName);
            }
        }
    }

    private static void CheckUniqueKeys(IReadOnlyList<ResourceTag> tags, string paramName)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (ResourceTag tag in tags)
        {
            if (!keys.Add(tag.Key))
            {
                throw new ArgumentException(
                    $"tags must not repeat a key; '{tag.Key}' appears more than once.",
                    paramName
                );
            }
        }
    }

    private static void CheckLength(string value, string field, string paramName, int max)
    {
        int length = UnicodeLength(value);
        if (length > max)
        {
            throw new ArgumentException(
                $"{field} can contain at most {max} Unicode characters; it has {length}.",
                paramName
            );
        }
    }

    private static void CheckCharacters(string value, string field, string paramName)
    {
        foreach (char c in value)
        {
            if (c < ' ')
            {
                throw new ArgumentException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{field} must not contain non-printable ASCII characters (0-31); it contains U+{(int)c:X4}."
                    ),
                    paramName
                );
            }

            if (ForbiddenCharacters.Contains(c, StringComparison.Ordinal))
            {
                throw Forbidden(field, c, paramName);
            }
        }
    }

    private static ArgumentException Forbidden(string field, char c, string paramName) =>
        new($"{field} must not contain any of * < > \\ = , | /; it contains '{c}'.", paramName);
}
