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
/// <c>2019-04-19T01:55:30.443Z</c>, and versions print <c>2018-05-30T15:00:00Z</c>. Values without an offset are
/// taken as UTC, as the API reference states. <see langword="null"/> and empty strings read as <see langword="null"/>.
/// </remarks>
internal sealed class SdrsTimestampConverter : JsonConverter<DateTimeOffset?>
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ss",
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

        writer.WriteStringValue(value.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }

    /// <summary>Parses one SDRS timestamp; values without an offset are UTC.</summary>
    internal static bool TryParse(string text, out DateTimeOffset value)
    {
        if (DateTimeOffset.TryParseExact(
                text.Trim(),
                Formats,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out value))
        {
            return true;
        }

        return DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out value);
    }
}
