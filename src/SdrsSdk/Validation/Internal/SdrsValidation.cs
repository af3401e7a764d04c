using System.Globalization;
using System.Text;

namespace SdrsSdk.Validation.Internal;

/// <summary>
/// The request-field rules the API reference states, checked before any request leaves the process. Every
/// failure is an <see cref="ArgumentException"/> whose message names the field and the rule.
/// </summary>
internal static class SdrsValidation
{
    /// <summary>The most IDs an id-list filter such as <c>server_group_ids</c> accepts.</summary>
    public const int MaxIdsInFilter = 30;

    /// <summary>The largest <c>limit</c> a list accepts.</summary>
    public const int MaxLimit = 1000;

    /// <summary>A required string: not <see langword="null"/>, empty or white space.</summary>
    public static string Required(string? value, string field, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"{field} is required.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{field} is required and must not be empty.", paramName);
        }

        return value;
    }

    /// <summary>
    /// A resource name: 1 to 64 bytes of UTF-8, only the characters <see cref="NameCharacters"/> allows (reference
    /// 5.4.1, Table 5-9, and the same rule for instances, pairs and drills).
    /// </summary>
    public static void Name(string? value, string field, string paramName, bool required = true)
    {
        if (value is null && !required)
        {
            return;
        }

        Required(value, field, paramName);
        CheckByteLength(value!, field, paramName, 64);
        NameCharacters(value!, field, paramName);
    }

    /// <summary>
    /// The one name character set of protection groups, protected instances (and batch name prefixes), replication
    /// pairs and drills: letters and decimal digits of any script, combining marks, '.', '_' and '-'.
    /// </summary>
    /// <remarks>
    /// The English reference lists only ASCII letters; Huawei's own API definitions also allow Chinese characters. A
    /// check stricter than the service would lock users out, while a looser one only lets the service answer
    /// <c>SDRS.0202</c> (typed); so the SDK accepts letters of every script, not only Chinese. Combining marks (Unicode
    /// Mn and Mc) are accepted because many scripts, and accented Latin letters in decomposed form, cannot be written
    /// without them. White space, punctuation other than '.', '_' and '-', symbols and control characters are refused.
    /// </remarks>
    public static void NameCharacters(string value, string field, string paramName)
    {
        foreach (Rune rune in value.EnumerateRunes())
        {
            if (!IsNameCharacter(rune))
            {
                throw new ArgumentException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{field} may contain only letters and digits (any script), '.', '_' and '-'; "
                            + $"U+{rune.Value:X4} is not allowed."
                    ),
                    paramName
                );
            }
        }
    }

    /// <summary>A description: at most 64 bytes, without '&lt;' or '&gt;' (e.g. reference 5.4.1, Table 5-9).</summary>
    public static void Description(string? value, string field, string paramName)
    {
        if (value is null)
        {
            return;
        }

        CheckByteLength(value, field, paramName, 64);
        if (value.AsSpan().IndexOfAny('<', '>') >= 0)
        {
            throw new ArgumentException($"{field} must not contain '<' or '>'.", paramName);
        }
    }

    /// <summary>
    /// A page size: 1 to 1000, or not set for the default. The reference's tables say "0 to 1000", but the service
    /// refuses 0 (SDRS.0221: limit must be greater than 0).
    /// </summary>
    public static void Limit(int? value, string paramName = "limit")
    {
        if (value is < 1 or > MaxLimit)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"limit must be from 1 to {MaxLimit}; leave it unset for the default."
            );
        }
    }

    /// <summary>A page offset: not negative (e.g. reference 5.4.2).</summary>
    public static void Offset(int? value, string paramName = "offset")
    {
        if (value is < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "offset must not be negative.");
        }
    }

    /// <summary>An id-list filter: at most <paramref name="max"/> non-empty IDs without quotes or commas.</summary>
    public static void IdList(
        IReadOnlyCollection<string>? ids,
        string field,
        string paramName,
        int max = MaxIdsInFilter
    )
    {
        if (ids is null)
        {
            return;
        }

        if (ids.Count > max)
        {
            throw new ArgumentException($"{field} accepts at most {max} IDs; {ids.Count} were given.", paramName);
        }

        foreach (string id in ids)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException($"{field} must not contain an empty ID.", paramName);
            }

            if (id.AsSpan().IndexOfAny("',\"[]") >= 0)
            {
                throw new ArgumentException($"{field} IDs must not contain quotes, commas or brackets.", paramName);
            }
        }
    }

    /// <summary>Formats an id-list filter the way the reference shows it: <c>['id1','id2']</c>.</summary>
    public static string FormatIdList(IEnumerable<string> ids) =>
        "[" + string.Join(',', ids.Select(id => $"'{id}'")) + "]";

    private static bool IsNameCharacter(Rune rune) =>
        rune.Value is '.' or '_' or '-'
        || Rune.GetUnicodeCategory(rune)
            is UnicodeCategory.UppercaseLetter
                or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter
                or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber;

    /// <summary>A text field's UTF-8 length: at most <paramref name="maxBytes"/> bytes.</summary>
    public static void CheckByteLength(string value, string field, string paramName, int maxBytes)
    {
        int bytes = Encoding.UTF8.GetByteCount(value);
        if (bytes > maxBytes)
        {
            throw new ArgumentException($"{field} can contain at most {maxBytes} bytes; it has {bytes}.", paramName);
        }
    }
}
