using System.Text;
using System.Text.Json;
using SdrsSdk.Auth.Internal;

namespace SdrsSdk.Tests.Signing;

public sealed class AkSkSignerTests
{
    public static TheoryData<string> VectorIds()
    {
        var data = new TheoryData<string>();
        foreach (Vector vector in LoadVectors())
        {
            data.Add(vector.Id);
        }

        return data;
    }

    [Fact]
    public void Vectors_FileHoldsEveryVector()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(VectorsPath));
        int declared = document.RootElement.GetProperty("count").GetInt32();
        LoadVectors().Should().HaveCount(declared).And.HaveCountGreaterThanOrEqualTo(14);
    }

    [Theory]
    [MemberData(nameof(VectorIds))]
    public void CanonicalRequest_OfficialVector_MatchesOfficialSigner(string id)
    {
        Vector vector = Find(id);

        string canonical = AkSkSigner.CanonicalRequest(
            vector.Method,
            new Uri(vector.Url),
            [.. vector.Headers],
            Encoding.UTF8.GetBytes(vector.Body)
        );

        canonical.Should().Be(vector.CanonicalRequest);
        canonical[(canonical.LastIndexOf('\n') + 1)..].Should().Be(vector.BodySha256);
    }

    [Theory]
    [MemberData(nameof(VectorIds))]
    public void Sign_OfficialVector_ProducesOfficialAuthorization(string id)
    {
        Vector vector = Find(id);
        using var signer = new AkSkSigner(vector.Ak, vector.Sk);

        string authorization = signer.Sign(
            vector.Method,
            new Uri(vector.Url),
            [.. vector.Headers],
            Encoding.UTF8.GetBytes(vector.Body)
        );
        string again = signer.Sign(
            vector.Method,
            new Uri(vector.Url),
            [.. vector.Headers],
            Encoding.UTF8.GetBytes(vector.Body)
        );

        authorization.Should().Be(vector.ExpectedAuthorization);
        again.Should().Be(authorization, "the hash objects reset between signatures");
    }

    [Theory]
    [InlineData("/v1/p/tags/a%2Fb", "/v1/p/tags/a/b/")]
    [InlineData("/v1/p/tags/a%2fb/", "/v1/p/tags/a/b/")]
    [InlineData("/v1/p/tags/my%20key", "/v1/p/tags/my%20key/")]
    [InlineData("/v1/p/tags/%E4%B8%AD%E6%96%87", "/v1/p/tags/%E4%B8%AD%E6%96%87/")]
    [InlineData("/v1/p/tags/%F0%9F%98%80", "/v1/p/tags/%F0%9F%98%80/")]
    [InlineData("/v1/p/tags/1%2B1%3D2", "/v1/p/tags/1%2B1%3D2/")]
    [InlineData("/v1/p/tags/~home.x_y-z", "/v1/p/tags/~home.x_y-z/")]
    [InlineData("/v1/p/tags/%7Ehome", "/v1/p/tags/~home/")]
    [InlineData("/v1/p/tags/100%25", "/v1/p/tags/100%25/")]
    [InlineData("/", "/")]
    public void CanonicalRequest_EscapedPath_DecodesThenSplitsOnSlashAsTheOfficialSigners(
        string path,
        string canonicalUri
    )
    {
        var uri = new Uri("https://sdrs.example.com" + path);
        KeyValuePair<string, string>[] headers = [new("host", uri.Authority), new("X-Sdk-Date", "20240315T083000Z")];

        string canonical = AkSkSigner.CanonicalRequest("DELETE", uri, headers, []);

        canonical.Split('\n')[1].Should().Be(canonicalUri);
        canonical.Should().Be(ReferenceSigner.BuildCanonicalRequest("DELETE", uri, headers, []).CanonicalRequest);
        using var signer = new AkSkSigner("ak", "sk");
        signer
            .Sign("DELETE", uri, headers, [])
            .Should()
            .Be(ReferenceSigner.Sign("DELETE", uri, headers, [], "ak", "sk"));
    }

    [Theory]
    [InlineData("abcXYZ019-_.~", "abcXYZ019-_.~")]
    [InlineData("a b", "a%20b")]
    [InlineData("1+1=2", "1%2B1%3D2")]
    [InlineData("/var/lib", "%2Fvar%2Flib")]
    [InlineData("中", "%E4%B8%AD")]
    [InlineData("😀", "%F0%9F%98%80")]
    [InlineData("it's*", "it%27s%2A")]
    public void CanonicalRequest_QueryValue_KeepsOnlyUnreservedCharacters(string text, string expected)
    {
        var uri = new Uri("https://h.example.com/?q=" + Uri.EscapeDataString(text));

        string canonical = AkSkSigner.CanonicalRequest("GET", uri, [new("X-Sdk-Date", "20240315T083000Z")], []);

        canonical.Split('\n')[2].Should().Be("q=" + expected);
    }

    [Fact]
    public void FormatDate_UtcTime_UsesCompactIsoFormat()
    {
        AkSkSigner
            .FormatDate(new DateTimeOffset(2024, 3, 15, 16, 30, 5, TimeSpan.FromHours(8)))
            .Should()
            .Be("20240315T083005Z");
    }

    [Fact]
    public void FormatDate_AnyTime_MatchesTheFormatString()
    {
        var random = new Random(13);
        for (int i = 0; i < 2_000; i++)
        {
            var time = new DateTimeOffset(
                random.NextInt64(DateTimeOffset.MinValue.UtcTicks, DateTimeOffset.MaxValue.UtcTicks),
                TimeSpan.Zero
            );

            AkSkSigner.FormatDate(time).Should().Be(ReferenceSigner.FormatDate(time));
        }
    }

    [Fact]
    public void Sign_HeadersWithoutSdkDate_Throws()
    {
        using var signer = new AkSkSigner("ak", "sk");

        Action act = () => signer.Sign("GET", new Uri("https://h/"), [new("host", "h")], []);

        act.Should().Throw<ArgumentException>().WithMessage("*X-Sdk-Date*");
    }

    [Fact]
    public void Sign_AfterDispose_Throws()
    {
        var signer = new AkSkSigner("ak", "sk");
        signer.Dispose();

        Action act = () =>
            signer.Sign("GET", new Uri("https://h/"), [new("host", "h"), new("X-Sdk-Date", "20240315T083000Z")], []);

        act.Should().Throw<ObjectDisposedException>("the keyed HMAC is gone with the signer");
    }

    [Fact]
    public void Signer_HoldsNoPerThreadState()
    {
        typeof(AkSkSigner)
            .GetFields(
                System.Reflection.BindingFlags.Static
                    | System.Reflection.BindingFlags.NonPublic
                    | System.Reflection.BindingFlags.Public
            )
            .Where(field => !field.IsLiteral)
            .Should()
            .BeEmpty("key material must not outlive the signer (no [ThreadStatic] or static HMAC)");
    }

    private static string VectorsPath => Path.Combine(AppContext.BaseDirectory, "Signing", "vectors.json");

    private static Vector Find(string id) => LoadVectors().Single(vector => vector.Id == id);

    private static List<Vector> LoadVectors()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(VectorsPath));
        var vectors = new List<Vector>();
        foreach (JsonElement item in document.RootElement.GetProperty("vectors").EnumerateArray())
        {
            vectors.Add(
                new Vector(
                    item.GetProperty("id").GetString()!,
                    item.GetProperty("method").GetString()!,
                    item.GetProperty("url").GetString()!,
                    item.GetProperty("headers")
                        .EnumerateObject()
                        .Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!))
                        .ToList(),
                    item.GetProperty("body").GetString()!,
                    item.GetProperty("body_sha256").GetString()!,
                    item.GetProperty("canonical_request").GetString()!,
                    item.GetProperty("string_to_sign").GetString()!,
                    item.GetProperty("expected_authorization").GetString()!,
                    item.GetProperty("ak").GetString()!,
                    item.GetProperty("sk").GetString()!
                )
            );
        }

        return vectors;
    }

    private sealed record Vector(
        string Id,
        string Method,
        string Url,
        IReadOnlyCollection<KeyValuePair<string, string>> Headers,
        string Body,
        string BodySha256,
        string CanonicalRequest,
        string StringToSign,
        string ExpectedAuthorization,
        string Ak,
        string Sk
    );
}
