using System.Text;
using System.Text.Json.Nodes;
using SdrsSdk.Tests.Signing;
using WireMock;

namespace SdrsSdk.Tests.TestSupport;

/// <summary>Checks on what reached the mock server.</summary>
internal static class RequestAssertions
{
    public static string? Header(this IRequestMessage request, string name) =>
        request
            .Headers?.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            .Value?.FirstOrDefault();

    /// <summary>
    /// The query string as sent, decoded, one value per name; WireMock's own parser would split values at commas.
    /// </summary>
    public static Dictionary<string, string> DecodedQuery(this IRequestMessage request)
    {
        string raw = request.RawQuery?.TrimStart('?') ?? string.Empty;
        return raw.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(
                parts => Uri.UnescapeDataString(parts[0]),
                parts => Uri.UnescapeDataString(parts.Length > 1 ? parts[1].Replace('+', ' ') : string.Empty)
            );
    }

    public static void ShouldHaveJsonBody(this IRequestMessage request, JsonNode expected)
    {
        request.Body.Should().NotBeNull();
        JsonNode actual = JsonNode.Parse(request.Body!)!;
        JsonNode
            .DeepEquals(actual, expected)
            .Should()
            .BeTrue($"sent {actual.ToJsonString()} but the reference shows {expected.ToJsonString()}");
    }

    public static void ShouldCarryToken(this IRequestMessage request)
    {
        request.Header(StaticTokenCredential.HeaderName).Should().Be(TestCredentials.Token);
        request.Header("Authorization").Should().BeNull();
    }

    /// <summary>Recomputes the AK/SK signature server-side from what arrived, and compares.</summary>
    public static void ShouldHaveValidSignature(
        this IRequestMessage request,
        string secretKey = TestCredentials.SecretKey
    )
    {
        string? authorization = request.Header("Authorization");
        authorization
            .Should()
            .NotBeNull()
            .And.StartWith("SDK-HMAC-SHA256 Access=" + TestCredentials.AccessKey + ", SignedHeaders=");
        string signedHeaders = authorization!.Split("SignedHeaders=")[1].Split(',')[0];
        var headers = signedHeaders
            .Split(';')
            .Select(name => new KeyValuePair<string, string>(
                name,
                request.Header(name) ?? throw new InvalidOperationException($"signed header {name} did not arrive")
            ))
            .ToList();
        var uri = new Uri(request.AbsoluteUrl);
        byte[] body = request.BodyAsBytes ?? (request.Body is null ? [] : Encoding.UTF8.GetBytes(request.Body));
        string expected = ReferenceSigner.Sign(
            request.Method,
            uri,
            headers,
            body,
            TestCredentials.AccessKey,
            secretKey
        );
        authorization.Should().Be(expected, "the server recomputes the same signature from what it received");
    }
}
