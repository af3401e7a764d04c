using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SdrsSdk.Http.Internal;
using SdrsSdk.Jobs.Internal;
using SdrsSdk.Resources.Quotas.Internal;
using SdrsSdk.Resources.ServerGroups.Internal;
using SdrsSdk.Resources.Tags.Internal;
using SdrsSdk.Serialization;

namespace SdrsSdk.Tests.Http;

/// <summary>The one response reader: required fields enforced by System.Text.Json, one parse of the buffered
/// bytes.</summary>
public sealed class SdrsResponseReaderTests
{
    [Fact]
    public void Utf8JsonReader_InvalidUtf8InASkippedString_IsNotRejected()
    {
        // Why the reader keeps one UTF-8 pass: System.Text.Json validates only the strings it decodes.
        byte[] body = [.. "{\"unknown\":\""u8, 0xC3, 0x28, 0xFF, .. "\",\"quotas\":{}}"u8];

        TenantQuotaEnvelope? read = JsonSerializer.Deserialize(body, Info<TenantQuotaEnvelope>());

        read!.Quotas.Should().NotBeNull();
        Action act = () => SdrsResponseReader.Read(Content(body), Info<TenantQuotaEnvelope>());
        act.Should().Throw<SdrsResponseReader.UnreadableException>().WithMessage("*not valid UTF-8*");
    }

    [Fact]
    public void Utf8JsonReader_InvalidUtf8InADecodedString_IsRejectedByTheParse()
    {
        byte[] body = [.. "{\"job_id\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        Action act = () => JsonSerializer.Deserialize(body, Info<JobIdEnvelope>());

        act.Should().Throw<JsonException>();
    }

    [Theory]
    [InlineData("""{"count":1}""", "none of the expected fields")]
    [InlineData("""{"quotas":null}""", "has no 'quotas' field")]
    public void Read_RequiredFieldMissingOrNull_NamesTheField(string json, string expected)
    {
        Action act = () => SdrsResponseReader.Read(Content(Encoding.UTF8.GetBytes(json)), Info<TenantQuotaEnvelope>());

        act.Should().Throw<SdrsResponseReader.UnreadableException>().WithMessage($"*{expected}*");
    }

    [Theory]
    [InlineData("""{"job_id":""}""", "has no 'job_id' field")]
    [InlineData("""{"job_id":"  "}""", "has no 'job_id' field")]
    [InlineData("""{"job_id":"../x"}""", "not a job ID")]
    [InlineData("""{"other":"x"}""", "none of the expected fields")]
    public void Read_JobReferenceWithABadJobId_IsRefusedWhileParsing(string json, string expected)
    {
        Action act = () => SdrsResponseReader.Read(Content(Encoding.UTF8.GetBytes(json)), Info<JobIdEnvelope>());

        act.Should().Throw<SdrsResponseReader.UnreadableException>().WithMessage($"*{expected}*");
    }

    [Fact]
    public void Read_ByteOrderMarkThenJson_ReadsOnce()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. "{\"job_id\":\"0000000062db92d70162db9d200f000a\"}"u8];

        JobIdEnvelope read = SdrsResponseReader.Read(Content(body), Info<JobIdEnvelope>());

        read.JobId.Should().Be("0000000062db92d70162db9d200f000a");
    }

    [Theory]
    [InlineData("{\"job_id\":\"0000000062db92d70162db9d200f000a\"}", true, true)]
    [InlineData("{\"job_id\":\"\"}", true, false)]
    [InlineData("{\"job_id\":\"0000000062db92d70162db9d200f000a\"", false, false)]
    [InlineData("", false, false)]
    public void IsWellFormedJson_ResultTypeKnown_IsTheParseAndKeepsTheValue(string json, bool wellFormed, bool kept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://sdrs.example.com/v1/p/jobs/x");
        request.Options.Set(new HttpRequestOptionsKey<Type>(Refit.HttpRequestMessageOptions.InterfaceType), GetType());
        request.Options.Set(new HttpRequestOptionsKey<string>(Refit.HttpRequestMessageOptions.MethodName), "Jobs");
        SdrsResultTypes.Learn(request, Info<JobIdEnvelope>());
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK) { RequestMessage = request };
        byte[] body = Encoding.UTF8.GetBytes(json);
        var content = new SdrsResponseContent(body, body.Length, response, truncated: false);

        content.IsWellFormedJson.Should().Be(wellFormed);
        content.TakeParsed(out JobIdEnvelope? parsed).Should().Be(kept);
        if (kept)
        {
            parsed!.JobId.Should().Be("0000000062db92d70162db9d200f000a");
            content.TakeParsed(out JobIdEnvelope? _).Should().BeFalse("the value is handed to the reader once");
        }
    }

    [Theory]
    [InlineData("orders-protection-group", "Protection group of the order service")]
    [InlineData("订单保护组", "订单服务 & 'single' \"double\" \\ + é 😀")]
    public void Write_RequestBodies_AreTheBytesTheSerializerWritesWithTheWireOptions(string name, string description)
    {
        var reader = new SdrsResponseReader(SdrsJsonContext.Wire);
        var create = new CreateServerGroupBody
        {
            ServerGroup = new CreateServerGroupRequest(name, "cn-north-1a", "cn-north-1b", "domain", "vpc")
            {
                Description = description,
                DrType = DrType.Migration,
            },
        };
        var tags = new TagBatchBody
        {
            Action = TagBatchBody.CreateAction,
            Tags = [new ResourceTag(name, description), new ResourceTag("empty", null)],
        };

        // Twice each, interleaved: the thread's reused writer carries nothing from one body to the next.
        for (int round = 0; round < 2; round++)
        {
            reader
                .Write(create)
                .Should()
                .Equal(JsonSerializer.SerializeToUtf8Bytes(create, Info<CreateServerGroupBody>()));
            reader.Write(tags).Should().Equal(JsonSerializer.SerializeToUtf8Bytes(tags, Info<TagBatchBody>()));
        }
    }

    [Fact]
    public async Task ToHttpContentSynchronous_SendsUtf8JsonWithItsLength()
    {
        var reader = new SdrsResponseReader(SdrsJsonContext.Wire);
        var body = new TagBatchBody { Action = TagBatchBody.DeleteAction, Tags = [new ResourceTag("k", "值")] };

        using HttpContent content = reader.ToHttpContentSynchronous(body);

        byte[] sent = await content.ReadAsByteArrayAsync();
        Encoding.UTF8.GetString(sent).Should().Be("""{"action":"delete","tags":[{"key":"k","value":"值"}]}""");
        content.Headers.ContentLength.Should().Be(sent.Length);
        content.Headers.ContentType!.MediaType.Should().Be("application/json");
        content.Headers.ContentType.CharSet.Should().Be("utf-8");
        content.Should().BeOfType<SdrsRequestContent>().Which.Bytes.Should().Equal(sent);
    }

    private static SdrsResponseContent Content(byte[] body) => new(body, body.Length, response: null, truncated: false);

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)SdrsJsonContext.Wire.GetTypeInfo(typeof(T));
}
