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

    /// <summary>An optional string: when given, not empty or white space.</summary>
    /// <param name="value">The value.</param>
    /// <param name="field">The wire name the message uses.</param>
    /// <param name="paramName">The parameter or property the exception names.</param>
    /// <param name="hint">What to do instead, appended to the message (such as "leave it null for the
    /// default").</param>
    public static void Optional(string? value, string field, string paramName, string? hint = null)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(
                hint is null ? BlankRule(field) : $"{field} must not be empty; {hint}.",
                paramName
            );
        }
    }

    /// <summary>The message of <see cref="Optional"/>'s rule, for the collecting form too.</summary>
    public static string BlankRule(string field) => $"{field} must not be empty when it is specified.";

    /// <summary>
    /// A rule of the reference that the field rules here do not cover, stated by its caller: when it does not hold,
    /// an <see cref="ArgumentException"/> with <paramref name="rule"/> as its message.
    /// </summary>
    public static void Check(bool holds, string rule, string paramName)
    {
        if (!holds)
        {
            throw Refusal(rule, paramName);
        }
    }

    /// <summary>The exception of a broken rule, for a <c>throw</c> expression (<see cref="Check"/>
    /// otherwise).</summary>
    public static ArgumentException Refusal(string rule, string paramName) => new(rule, paramName);

    /// <summary>A value that goes into an HTTP header or a signed string: no line break.</summary>
    public static void SingleLine(string? value, string what, string paramName) =>
        Check(
            value is null || !value.AsSpan().ContainsAny('\r', '\n'),
            $"{what} must not contain line breaks.",
            paramName
        );

    /// <summary>A positive integer such as a size in GB.</summary>
    public static void Positive(int value, string field, string paramName, string meaning)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{field} is {meaning}; it must be positive.");
        }
    }

    /// <summary>
    /// A list argument copied once (so a caller's later change cannot slip past the check): at least one item, no
    /// <see langword="null"/> item.
    /// </summary>
    /// <returns>The copy.</returns>
    public static T[] NonEmptyList<T>(IEnumerable<T> items, string field, string paramName, string what)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        T[] list = [.. items];
        Check(list.Length > 0, $"{field} must contain at least one {what}.", paramName);
        Check(Array.IndexOf(list, null) < 0, $"{field} must not contain a null entry.", paramName);
        return list;
    }

    /// <summary>IDs that must all be given, non-empty and distinct (a batch's targets).</summary>
    public static void DistinctIds(IReadOnlyList<string> ids, string field, string paramName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in ids)
        {
            Check(!string.IsNullOrWhiteSpace(id), $"{field} must not contain an empty ID.", paramName);
            Check(seen.Add(id), $"{field} lists '{id}' more than once.", paramName);
        }
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

    /// <summary>
    /// An id-list filter: at most <paramref name="max"/> non-empty IDs without quotes or commas; with
    /// <paramref name="atLeastOne"/>, an empty list is refused too (it would widen the query to every resource).
    /// </summary>
    public static void IdList(
        IReadOnlyCollection<string>? ids,
        string field,
        string paramName,
        int max = MaxIdsInFilter,
        bool atLeastOne = false
    )
    {
        if (ids is null)
        {
            return;
        }

        Check(
            !atLeastOne || ids.Count > 0,
            $"{field} must hold at least one ID; leave it null not to filter.",
            paramName
        );

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
