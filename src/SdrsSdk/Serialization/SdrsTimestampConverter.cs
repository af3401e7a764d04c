using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SdrsSdk.Serialization;

/// <summary>
/// Reads every timestamp format the SDRS API uses into a UTC <see cref="DateTimeOffset"/>, and writes the
/// ISO 8601 form with milliseconds.
/// </summary>
/// <remarks>
/// Resources print <c>2019-05-23 03:51:58.256</c> (UTC without an offset), jobs print
/// <c>2019-04-19T01:55:30.443Z</c>, versions print <c>2018-05-30T15:00:00Z</c>, and RPO statistics points print
/// <c>2024-03-01 10:15</c>. Values without an offset are taken as UTC, as the API reference states. <see
/// langword="null"/> and empty strings read as <see langword="null"/>. These shapes are parsed from the UTF-8 bytes
/// without allocating (a list of a thousand resources holds two thousand timestamps); anything unusual falls back to
/// the format list.
/// </remarks>
internal sealed class SdrsTimestampConverter : JsonConverter<DateTimeOffset?>
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                if (
                    !reader.HasValueSequence
                    && !reader.ValueIsEscaped
                    && TryParseCommon(reader.ValueSpan, out DateTimeOffset common)
                )
                {
                    return common;
                }

                string? text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (TryParse(text, out DateTimeOffset value))
                {
                    return value;
                }

                throw new JsonException($"'{text}' is not a timestamp in a format the SDRS API uses.");
            case JsonTokenType.Number when reader.TryGetInt64(out long epoch):
                // Epoch milliseconds (13 digits and more) or seconds.
                return epoch > 99_999_999_999L
                    ? DateTimeOffset.FromUnixTimeMilliseconds(epoch)
                    : DateTimeOffset.FromUnixTimeSeconds(epoch);
            default:
                throw new JsonException($"Expected a timestamp string but found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(
            value.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
        );
    }

    /// <summary>
    /// Parses the shapes the API actually sends straight from the UTF-8 bytes, without a string:
    /// <c>yyyy-MM-dd HH:mm:ss[.f…]</c> or <c>yyyy-MM-ddTHH:mm:ss[.f…]</c> (one to seven fraction digits), with no
    /// offset (UTC), <c>Z</c>, or <c>±hh:mm</c>. Anything else (including an invalid date) returns
    /// <see langword="false"/> and goes through <see cref="TryParse"/>, which gives the same result for these shapes.
    /// </summary>
    internal static bool TryParseCommon(ReadOnlySpan<byte> utf8, out DateTimeOffset value)
    {
        value = default;
        if (
            utf8.Length < 19
            || utf8[4] != '-'
            || utf8[7] != '-'
            || (utf8[10] != ' ' && utf8[10] != 'T')
            || utf8[13] != ':'
            || utf8[16] != ':'
            || !TryDigits(utf8[..4], out int year)
            || !TryDigits(utf8.Slice(5, 2), out int month)
            || !TryDigits(utf8.Slice(8, 2), out int day)
            || !TryDigits(utf8.Slice(11, 2), out int hour)
            || !TryDigits(utf8.Slice(14, 2), out int minute)
            || !TryDigits(utf8.Slice(17, 2), out int second)
        )
        {
            return false;
        }

        int at = 19;
        long fractionTicks = 0;
        if (at < utf8.Length && utf8[at] == '.')
        {
            int digits = 0;
            at++;
            while (at < utf8.Length && char.IsAsciiDigit((char)utf8[at]))
            {
                if (++digits > 7)
                {
                    return false;
                }

                fractionTicks = (fractionTicks * 10) + (utf8[at] - '0');
                at++;
            }

            if (digits == 0)
            {
                return false;
            }

            for (int scale = digits; scale < 7; scale++)
            {
                fractionTicks *= 10;
            }
        }

        TimeSpan offset = TimeSpan.Zero;
        if (at < utf8.Length)
        {
            ReadOnlySpan<byte> zone = utf8[at..];
            if (zone.Length == 1 && zone[0] == 'Z')
            {
                // UTC.
            }
            else if (
                zone.Length == 6
                && (zone[0] == '+' || zone[0] == '-')
                && zone[3] == ':'
                && TryDigits(zone.Slice(1, 2), out int offsetHours)
                && TryDigits(zone.Slice(4, 2), out int offsetMinutes)
                && offsetHours <= 14
                && offsetMinutes < 60
                && (offsetHours < 14 || offsetMinutes == 0)
            )
            {
                offset = new TimeSpan(offsetHours, offsetMinutes, 0);
                offset = zone[0] == '-' ? -offset : offset;
            }
            else
            {
                return false;
            }
        }

        if (
            year < 2
            || year > 9998
            || month is < 1 or > 12
            || day < 1
            || day > DateTime.DaysInMonth(year, month)
            || hour > 23
            || minute > 59
            || second > 59
        )
        {
            return false;
        }

        DateTime local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(
            fractionTicks
        );
        value = new DateTimeOffset(DateTime.SpecifyKind(local - offset, DateTimeKind.Unspecified), TimeSpan.Zero);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> utf8, out int value)
    {
        value = 0;
        foreach (byte b in utf8)
        {
            if (!char.IsAsciiDigit((char)b))
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    /// <summary>Parses one SDRS timestamp; values without an offset are UTC.</summary>
    internal static bool TryParse(string text, out DateTimeOffset value)
    {
        if (
            DateTimeOffset.TryParseExact(
                text.Trim(),
                Formats,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out value
            )
        )
        {
            return true;
        }

        return DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out value
        );
    }
}
