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
    public void Read_EveryReferenceFormat_ReturnsUtc(string json, int year, int month, int day, int hour, int minute, int second, int fractionTicks)
    {
        DateTimeOffset? value = Read(json);

        var expected = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).AddTicks(fractionTicks);
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

        JsonSerializer.Serialize<DateTimeOffset?>(new DateTimeOffset(2019, 4, 19, 9, 55, 30, 443, TimeSpan.FromHours(8)), options)
            .Should().Be("\"2019-04-19T01:55:30.443Z\"");
        JsonSerializer.Serialize<DateTimeOffset?>(null, options).Should().Be("null");
    }

    private static DateTimeOffset? Read(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        return new SdrsTimestampConverter().Read(ref reader, typeof(DateTimeOffset?), new JsonSerializerOptions());
    }
}
