using System.Text;
using System.Text.Json.Nodes;

namespace SdrsSdk.Tests.Emulator.Conformance;

/// <summary>
/// How a request is framed (reference 3.2, Table 3-3; RFC 8259): a body the emulator cannot read as a strict JSON
/// object, or one sent without <c>Content-Type: application/json</c> in UTF-8, is a 400 <c>SDRS.0201</c> in the
/// <c>badrequest</c> envelope, never a 5xx, and changes nothing.
/// </summary>
public sealed class FramingConformanceTests : ConformanceTest
{
    private const string ValidGroup =
        "{\"server_group\":{\"name\":\"group-1\",\"source_availability_zone\":\"cn-north-1a\","
        + "\"target_availability_zone\":\"cn-north-1b\",\"domain_id\":\"fb4bb8e3-a574-4437-a156-78c916aeea4d\","
        + "\"source_vpc_id\":\"046852ef-c49d-409b-8389-546aaaa5701f\"}}";

    public static TheoryData<string, string> MalformedBodies =>
        new()
        {
            { "duplicate top-level key", "{\"server_group\":{},\"server_group\":{\"name\":\"a\"}}" },
            {
                "duplicate nested key",
                ValidGroup.Replace("{\"name\":", "{\"name\":\"x\",\"name\":", StringComparison.Ordinal)
            },
            { "duplicate key spelt with an escape", "{\"server_group\":{\"name\":\"a\",\"n\\u0061me\":\"b\"}}" },
            { "duplicate key in an array item", "{\"server_group\":{\"tags\":[{\"key\":\"k\",\"key\":\"k\"}]}}" },
            { "NaN literal", "{\"server_group\":{\"name\":NaN}}" },
            { "Infinity literal", "{\"server_group\":{\"size\":Infinity}}" },
            { "-Infinity literal", "{\"server_group\":{\"size\":-Infinity}}" },
            { "number beyond a double", "{\"server_group\":{\"size\":1e400}}" },
            { "negative number beyond a double", "{\"server_group\":{\"size\":-1e400}}" },
            { "400-digit integer", "{\"server_group\":{\"size\":" + new string('9', 400) + "}}" },
            { "lone surrogate escape", "{\"server_group\":{\"name\":\"\\ud800\"}}" },
            { "trailing garbage", ValidGroup + " x" },
            { "a second object", ValidGroup + "{}" },
            { "truncated", ValidGroup[..40] },
            { "whitespace only", "   " },
            { "comment", "{/* c */\"server_group\":{}}" },
            { "trailing comma", "{\"server_group\":{},}" },
            { "single quotes", "{'server_group':{}}" },
            { "unquoted key", "{server_group:{}}" },
            { "array", "[]" },
            { "string", "\"server_group\"" },
            { "number", "42" },
            { "null", "null" },
            { "true", "true" },
            { "65 levels of nesting", "{\"a\":" + new string('[', 64) + new string(']', 64) + "}" },
            { "10,000 levels of nesting", "{\"a\":" + new string('[', 10_000) + new string(']', 10_000) + "}" },
        };

    public static TheoryData<string, string> MalformedBytes =>
        new()
        {
            { "UTF-8 BOM before a valid body", "EFBBBF" + Hex(ValidGroup) },
            { "0xFF inside a string", Hex("{\"server_group\":{\"name\":\"a") + "FF" + Hex("\"}}") },
            { "overlong encoding of '/'", Hex("{\"server_group\":{\"name\":\"a") + "C0AF" + Hex("\"}}") },
            { "truncated multi-byte sequence", Hex("{\"server_group\":{\"name\":\"a") + "E282" + Hex("\"}}") },
            { "UTF-16 surrogate encoded in UTF-8", Hex("{\"server_group\":{\"name\":\"a") + "EDA080" + Hex("\"}}") },
            { "0xFF outside a string", Hex("{") + "FF" + Hex("}") },
            { "UTF-16LE body", Convert.ToHexString(Encoding.Unicode.GetBytes(ValidGroup)) },
        };

    public static TheoryData<string?> RefusedContentTypes =>
        new()
        {
            { (string?)null },
            { "text/plain" },
            { "text/plain; charset=utf-8" },
            { "application/xml" },
            { "application/x-www-form-urlencoded" },
            { "application/json; charset=iso-8859-1" },
            { "application/json; charset=utf-16" },
            { "application/jsonx" },
            { "application/json, text/plain" },
            { "not a media type" },
        };

    public static TheoryData<string> AcceptedContentTypes =>
        new()
        {
            { "application/json" },
            { "application/json;charset=UTF-8" },
            { "application/json; charset=utf-8" },
            { "APPLICATION/JSON; charset=\"utf-8\"" },
        };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task MalformedJson_IsABadRequestAndChangesNothing(string name, string body)
    {
        await ExpectBadRequestAsync(
            HttpMethod.Post,
            "server-groups",
            Encoding.UTF8.GetBytes(body),
            "application/json",
            name
        );
    }

    [Theory]
    [MemberData(nameof(MalformedBytes))]
    public async Task MalformedBytes_AreABadRequestAndChangeNothing(string name, string hex)
    {
        await ExpectBadRequestAsync(
            HttpMethod.Post,
            "server-groups",
            Convert.FromHexString(hex),
            "application/json",
            name
        );
    }

    [Theory]
    [MemberData(nameof(RefusedContentTypes))]
    public async Task AJsonBodyWithoutApplicationJsonInUtf8_IsABadRequest(string? contentType)
    {
        await ExpectBadRequestAsync(
            HttpMethod.Post,
            "server-groups",
            Encoding.UTF8.GetBytes(ValidGroup),
            contentType,
            contentType ?? "none"
        );
    }

    [Theory]
    [MemberData(nameof(AcceptedContentTypes))]
    public async Task ApplicationJsonInUtf8_IsAccepted(string contentType)
    {
        (int status, JsonNode? body, _) = await SendAsync(
            HttpMethod.Post,
            "server-groups",
            Encoding.UTF8.GetBytes(ValidGroup),
            contentType
        );

        status.Should().Be(200, "{0} is accepted: {1}", contentType, body?.ToJsonString());
    }

    [Fact]
    public async Task ADuplicateKey_WasA500_IsNowA400()
    {
        string body = ValidGroup.Replace(
            "\"name\":\"group-1\"",
            "\"name\":\"group-1\",\"name\":\"group-2\"",
            StringComparison.Ordinal
        );

        (int status, JsonNode? answer, _) = await SendRawAsync(HttpMethod.Post, ProjectPath("server-groups"), body);

        status.Should().Be(400);
        ShouldBeEnvelope(answer, "badrequest", "SDRS.0201");
        Emulator.Journal.Should().NotContain(entry => entry.StatusCode >= 500);
    }

    [Theory]
    [InlineData("POST", "server-groups")]
    [InlineData("PUT", "server-groups/<g>")]
    [InlineData("POST", "server-groups/<g>/action")]
    public async Task AnEmptyBodyOnAPostOrPut_IsABadRequest(string method, string path)
    {
        Ids["g"] = await GroupAsync();

        await ExpectBadRequestAsync(new HttpMethod(method), Fill(path), [], "application/json", "empty body");
    }

    [Theory]
    [InlineData("server-groups")]
    [InlineData("server-groups/<g>")]
    [InlineData("jobs/0000000000000000000000000000abcd")]
    public async Task ABodyOnAGet_IsABadRequest(string path)
    {
        Ids["g"] = await GroupAsync();

        await ExpectBadRequestAsync(
            HttpMethod.Get,
            Fill(path),
            Encoding.UTF8.GetBytes("{}"),
            "application/json",
            "GET body"
        );
    }

    [Fact]
    public async Task ADeleteWithoutABody_IsAccepted()
    {
        string groupId = await GroupAsync();

        (int status, _, _) = await SendAsync(HttpMethod.Delete, "server-groups/" + groupId, null, null);

        status.Should().Be(200);
    }

    [Fact]
    public async Task ADeleteWithAJsonObject_IsAccepted()
    {
        string groupId = await GroupAsync();

        (int status, _, _) = await SendAsync(
            HttpMethod.Delete,
            "server-groups/" + groupId,
            "{}"u8.ToArray(),
            "application/json"
        );

        status.Should().Be(200);
    }

    [Theory]
    [InlineData("{\"a\":1,\"a\":2}", "application/json")]
    [InlineData("{}", "text/plain")]
    [InlineData("[]", "application/json")]
    public async Task ADeleteWithAMalformedBody_IsABadRequestAndDeletesNothing(string body, string contentType)
    {
        string groupId = Ids["g"] = await GroupAsync();

        await ExpectBadRequestAsync(
            HttpMethod.Delete,
            "server-groups/" + groupId,
            Encoding.UTF8.GetBytes(body),
            contentType,
            body
        );
        (int status, _, _) = await SendRawAsync(HttpMethod.Get, ProjectPath("server-groups/" + groupId));
        status.Should().Be(200);
    }

    [Fact]
    public async Task AFramingRefusal_ComesAfterAuthentication()
    {
        (int status, JsonNode? body, _) = await SendAsync(
            HttpMethod.Post,
            "server-groups",
            "{\"a\":1,\"a\":2}"u8.ToArray(),
            "text/plain",
            request => request.Headers.Remove("X-Auth-Token")
        );

        status.Should().Be(401);
        ShouldBeEnvelope(body, Gateway, "APIGW.0301");
    }

    private async Task ExpectBadRequestAsync(
        HttpMethod method,
        string path,
        byte[] body,
        string? contentType,
        string because
    )
    {
        (int status, JsonNode? answer, HttpResponseMessage response) = await SendAsync(method, path, body, contentType);

        status.Should().Be(400, "{0} is refused: {1}", because, answer?.ToJsonString());
        ShouldBeEnvelope(answer, "badrequest", "SDRS.0201");
        response.Headers.Contains("X-Request-Id").Should().BeTrue();
        (_, JsonNode? groups, _) = await SendRawAsync(HttpMethod.Get, ProjectPath("server-groups"));
        groups!["server_groups"]!
            .AsArray()
            .Should()
            .HaveCount(Ids.ContainsKey("g") ? 1 : 0, "a refused request changes nothing");
    }

    private Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(
        HttpMethod method,
        string path,
        byte[]? body,
        string? contentType,
        Action<HttpRequestMessage>? configure = null
    ) => SendRawAsync(method, ProjectPath(path), configure: request =>
        {
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                if (contentType is not null)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                }
            }

            configure?.Invoke(request);
        });

    private static string Hex(string text) => Convert.ToHexString(Encoding.UTF8.GetBytes(text));
}
