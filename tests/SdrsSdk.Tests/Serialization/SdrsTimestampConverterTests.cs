using System.Text.Json;
using SdrsSdk.Serialization;

namespace SdrsSdk.Tests.Serialization;

public sealed class SdrsTimestampConverterTests
{
    [Theory]
    [InlineData("\"2019-05-23 03:51:58.256\"", 2019, 5, 23, 3, 51, 58, 2560000)]
    [InlineData("\"2018-05-09 22:11:45.0\"", 2018, 5, 9, 22, 11, 45, 0)]
    [InlineData("\"2019-05-30 01:40:00.74\"", 2019, 5, 30, 1, 40, 0, 7400000)]
    [InlineData("\"2019-04-19T01:55:30.443Z\"", 2019, 4, 19, 1, 55, 30, 4430000)]
    [InlineData("\"2018-05-30T15:00:00Z\"", 2018, 5, 30, 15, 0, 0, 0)]
    [InlineData("\"2019-06-03T03:33:29.417624\"", 2019, 6, 3, 3, 33, 29, 4176240)]
    [InlineData("\"2019-05-23 03:51:58\"", 2019, 5, 23, 3, 51, 58, 0)]
    [InlineData("\"2019-04-19T09:55:30.443+08:00\"", 2019, 4, 19, 1, 55, 30, 4430000)]
    [InlineData("\"2019-04-01T12:00:00.000+0000\"", 2019, 4, 1, 12, 0, 0, 0)]
    public void Read_EveryReferenceFormat_ReturnsUtc(
        string json,
        int year,
        int month,
        int day,
        int hour,
        int minute,
        int second,
        int fractionTicks
    )
    {
        DateTimeOffset? value = Read(json);

        var expected = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).AddTicks(
            fractionTicks
        );
        value.Should().Be(expected);
        value!.Value.Offset.Should().Be(TimeSpan.Zero);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    public void Read_NullOrEmpty_ReturnsNull(string json)
    {
        Read(json).Should().BeNull();
    }

    [Fact]
    public void Read_EpochMilliseconds_ReturnsUtc()
    {
        Read("1555638930443").Should().Be(new DateTimeOffset(2019, 4, 19, 1, 55, 30, 443, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("\"yesterday\"")]
    [InlineData("true")]
    [InlineData("{}")]
    public void Read_NotATimestamp_ThrowsJsonException(string json)
    {
        Action act = () => Read(json);

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Write_Value_WritesIsoUtcWithMilliseconds()
    {
        var options = new JsonSerializerOptions { Converters = { new SdrsTimestampConverter() } };

        JsonSerializer
            .Serialize<DateTimeOffset?>(new DateTimeOffset(2019, 4, 19, 9, 55, 30, 443, TimeSpan.FromHours(8)), options)
            .Should()
            .Be("\"2019-04-19T01:55:30.443Z\"");
        JsonSerializer.Serialize<DateTimeOffset?>(null, options).Should().Be("null");
    }

    [Fact]
    public void TryParseCommon_GeneratedTimestamps_AgreesWithTheFormatList()
    {
        var random = new Random(42);
        string[] zones = ["", "Z", "+08:00", "-05:30", "+00:00", "+14:00", "-12:00"];
        for (int i = 0; i < 5000; i++)
        {
            var time = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(
                random.NextInt64(0, 100L * 365 * TimeSpan.TicksPerDay)
            );
            int digits = random.Next(0, 8);
            string fraction =
                digits == 0
                    ? string.Empty
                    : "."
                        + (time.Ticks % TimeSpan.TicksPerSecond).ToString(
                            "D7",
                            System.Globalization.CultureInfo.InvariantCulture
                        )[..digits];
            string text =
                time.ToString(
                    i % 2 == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss",
                    System.Globalization.CultureInfo.InvariantCulture
                )
                + fraction
                + zones[random.Next(zones.Length)];

            SdrsTimestampConverter
                .TryParseCommon(System.Text.Encoding.UTF8.GetBytes(text), out DateTimeOffset fast)
                .Should()
                .BeTrue(text);
            SdrsTimestampConverter.TryParse(text, out DateTimeOffset slow).Should().BeTrue(text);
            fast.Should().Be(slow, text);
            fast.Offset.Should().Be(TimeSpan.Zero);
        }
    }

    [Theory]
    [InlineData("2019-02-29 00:00:00")]
    [InlineData("2020-02-30T00:00:00Z")]
    [InlineData("2019-13-01 00:00:00")]
    [InlineData("2019-05-23 24:00:00")]
    [InlineData("2019-05-23 03:51:60")]
    [InlineData("2019-05-23 03:51:58.")]
    [InlineData("2019-05-23 03:51:58.12345678")]
    [InlineData("2019-04-01T12:00:00.000+0000")]
    [InlineData("2019-04-01T12:00:00+15:00")]
    [InlineData(" 2019-05-23 03:51:58")]
    [InlineData("2019-05-23 03:51:58 ")]
    [InlineData("2019/05/23 03:51:58")]
    [InlineData("2019-05-23T03:51:58.256z")]
    public void TryParseCommon_UnusualText_LeavesItToTheFormatList(string text)
    {
        SdrsTimestampConverter.TryParseCommon(System.Text.Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();
    }

    [Fact]
    public void Read_EscapedOrPaddedText_StillParses()
    {
        Read("\"2019-05-23\\u002003:51:58.256\"")
            .Should()
            .Be(new DateTimeOffset(2019, 5, 23, 3, 51, 58, 256, TimeSpan.Zero));
        Read("\" 2019-05-23 03:51:58.256 \"")
            .Should()
            .Be(new DateTimeOffset(2019, 5, 23, 3, 51, 58, 256, TimeSpan.Zero));
    }

    [Fact]
    public void Read_BothReferenceFormats_AllocatesNothing()
    {
        byte[] json =
            "[\"2019-05-23 03:51:58.256\",\"2019-04-19T01:55:30.443Z\",\"2019-04-19T09:55:30.443+08:00\"]"u8.ToArray();
        var converter = new SdrsTimestampConverter();
        var options = new JsonSerializerOptions();
        ReadAll(json, converter, options);

        long before = GC.GetAllocatedBytesForCurrentThread();
        DateTimeOffset last = ReadAll(json, converter, options);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        last.Should().Be(new DateTimeOffset(2019, 4, 19, 1, 55, 30, 443, TimeSpan.Zero));
    }

    private static DateTimeOffset ReadAll(byte[] json, SdrsTimestampConverter converter, JsonSerializerOptions options)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        DateTimeOffset last = default;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            last = converter.Read(ref reader, typeof(DateTimeOffset?), options)!.Value;
        }

        return last;
    }

    private static DateTimeOffset? Read(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        return new SdrsTimestampConverter().Read(ref reader, typeof(DateTimeOffset?), new JsonSerializerOptions());
    }
}
