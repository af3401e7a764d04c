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
    public void BuildCanonicalRequest_OfficialVector_MatchesOfficialSigner(string id)
    {
        Vector vector = Find(id);

        AkSkSigner.SignedParts parts = AkSkSigner.BuildCanonicalRequest(
            vector.Method, new Uri(vector.Url), vector.Headers, Encoding.UTF8.GetBytes(vector.Body));

        parts.CanonicalRequest.Should().Be(vector.CanonicalRequest);
        AkSkSigner.HexSha256(Encoding.UTF8.GetBytes(vector.Body)).Should().Be(vector.BodySha256);
    }

    [Theory]
    [MemberData(nameof(VectorIds))]
    public void BuildStringToSign_OfficialVector_MatchesOfficialSigner(string id)
    {
        Vector vector = Find(id);
        string date = vector.Headers.Single(header => header.Key == "X-Sdk-Date").Value;

        AkSkSigner.BuildStringToSign(vector.CanonicalRequest, date).Should().Be(vector.StringToSign);
    }

    [Theory]
    [MemberData(nameof(VectorIds))]
    public void Sign_OfficialVector_ProducesOfficialAuthorization(string id)
    {
        Vector vector = Find(id);

        string authorization = AkSkSigner.Sign(
            vector.Method, new Uri(vector.Url), vector.Headers, Encoding.UTF8.GetBytes(vector.Body), vector.Ak, vector.Sk);

        authorization.Should().Be(vector.ExpectedAuthorization);
    }

    [Theory]
    [InlineData("abcXYZ019-_.~", "abcXYZ019-_.~")]
    [InlineData("a b", "a%20b")]
    [InlineData("1+1=2", "1%2B1%3D2")]
    [InlineData("/var/lib", "%2Fvar%2Flib")]
    [InlineData("中", "%E4%B8%AD")]
    [InlineData("😀", "%F0%9F%98%80")]
    [InlineData("it's*", "it%27s%2A")]
    public void Encode_Text_KeepsOnlyUnreservedCharacters(string text, string expected)
    {
        AkSkSigner.Encode(text).Should().Be(expected);
    }

    [Fact]
    public void FormatDate_UtcTime_UsesCompactIsoFormat()
    {
        AkSkSigner.FormatDate(new DateTimeOffset(2024, 3, 15, 16, 30, 5, TimeSpan.FromHours(8)))
            .Should().Be("20240315T083005Z");
    }

    [Fact]
    public void Sign_HeadersWithoutSdkDate_Throws()
    {
        Action act = () => AkSkSigner.Sign("GET", new Uri("https://h/"), [new("host", "h")], [], "ak", "sk");

        act.Should().Throw<ArgumentException>().WithMessage("*X-Sdk-Date*");
    }

    private static string VectorsPath => Path.Combine(AppContext.BaseDirectory, "Signing", "vectors.json");

    private static Vector Find(string id) => LoadVectors().Single(vector => vector.Id == id);

    private static List<Vector> LoadVectors()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(VectorsPath));
        var vectors = new List<Vector>();
        foreach (JsonElement item in document.RootElement.GetProperty("vectors").EnumerateArray())
        {
            vectors.Add(new Vector(
                item.GetProperty("id").GetString()!,
                item.GetProperty("method").GetString()!,
                item.GetProperty("url").GetString()!,
                item.GetProperty("headers").EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!)).ToList(),
                item.GetProperty("body").GetString()!,
                item.GetProperty("body_sha256").GetString()!,
                item.GetProperty("canonical_request").GetString()!,
                item.GetProperty("string_to_sign").GetString()!,
                item.GetProperty("expected_authorization").GetString()!,
                item.GetProperty("ak").GetString()!,
                item.GetProperty("sk").GetString()!));
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
        string Sk);
}
