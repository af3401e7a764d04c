using System.Text;
using SdrsSdk.Auth.Internal;

namespace SdrsSdk.Tests.Signing;

/// <summary>
/// The SDK's signer against the straightforward one (<see cref="ReferenceSigner"/>), on inputs the official vectors
/// do not reach: buffers that outgrow the stack, unusual escapes, non-ASCII names, many pairs and headers.
/// </summary>
public sealed class AkSkSignerOracleTests
{
    private const string Ak = "HPUAEXAMPLEAK0000001";
    private const string Sk = "Xk3fT9pQ2vLm8ZrB7yWc4NaH6sJd1EoGuKi5VbRx";

    public static TheoryData<string> Urls() =>
        new()
        {
            "https://h.example.com/v1/p/server-groups?limit=50&offset=100&status=available&name=orders-dr",
            "https://h.example.com/v1/p/a%2Fb/c%20d/%E4%B8%AD?k=v",
            "https://h.example.com/v1/p/tags/a%2F%2Fb%2F?k=a%2Fb",
            "https://h.example.com/v1/p/x?a=&b&=c&&a=2&a=1&A=0",
            "https://h.example.com/v1/p/x??q=1",
            "https://h.example.com/v1/p/x?name=%F0%9F%98%80&name=%EE%80%80&name=z",
            "https://h.example.com/v1/p/x?bad=%ZZ&pct=%25&plus=a+b&broken=%E4%B8",
            "https://h.example.com:8443/",
            "https://h.example.com/v1/p/"
                + new string('s', 400)
                + "?"
                + string.Join('&', Enumerable.Range(0, 40).Select(i => $"key{39 - i}=value%20{i}")),
            "https://h.example.com/v1/p/%E4%B8%AD"
                + string.Concat(Enumerable.Repeat("%E6%96%87", 120))
                + "?q="
                + string.Concat(Enumerable.Repeat("%E5%90%8D", 200)),
        };

    [Theory]
    [MemberData(nameof(Urls))]
    public void Sign_UnusualUrls_MatchesTheReferenceSigner(string url)
    {
        var uri = new Uri(url);
        KeyValuePair<string, string>[] headers = [new("host", uri.Authority), new("X-Sdk-Date", "20240315T083000Z")];
        using var signer = new AkSkSigner(Ak, Sk);

        foreach (string method in new[] { "GET", "post", "DELETE" })
        {
            signer.Sign(method, uri, headers, []).Should().Be(ReferenceSigner.Sign(method, uri, headers, [], Ak, Sk));
            AkSkSigner
                .CanonicalRequest(method, uri, headers, [])
                .Should()
                .Be(ReferenceSigner.BuildCanonicalRequest(method, uri, headers, []).CanonicalRequest);
        }
    }

    [Fact]
    public void Sign_ManyAndUnusualHeaders_MatchesTheReferenceSigner()
    {
        var uri = new Uri("https://h.example.com/v1/p/server-groups");
        List<KeyValuePair<string, string>> headers =
        [
            new("X-Sdk-Date", " 20240315T083000Z "),
            new("  X-Padded ", " padded value "),
            new("X-Dup", "first"),
            new("x-dup", "second"),
            new("host", uri.Authority),
            new("X_Custom", "under_score"),
            new("Xa", "plain"),
            new("X-Project-Id", "0605767d4a00d5762fb7c0005c8d6e22"),
            new("X-Long", new string('v', 2000)),
            new("X-Unicode", "中文 ☃ 😀"),
            new("X-Ünïcode", "name not ASCII"),
        ];
        headers.AddRange(
            Enumerable.Range(0, 70).Select(i => new KeyValuePair<string, string>($"X-H{70 - i:D2}", $"v{i}"))
        );
        byte[] body = Encoding.UTF8.GetBytes(new string('b', 5000));

        using var signer = new AkSkSigner(Ak, Sk);

        signer
            .Sign("PUT", uri, [.. headers], body)
            .Should()
            .Be(ReferenceSigner.Sign("PUT", uri, headers, body, Ak, Sk));
    }

    [Fact]
    public void Sign_SecretKeysOfSeveralSigners_EachSignsWithItsOwnKey()
    {
        var uri = new Uri("https://h.example.com/v1/p/server-groups");
        KeyValuePair<string, string>[] headers = [new("host", uri.Authority), new("X-Sdk-Date", "20240315T083000Z")];

        foreach (string sk in new[] { Sk, "another-secret", new string('k', 300), "中文密钥" })
        {
            using var signer = new AkSkSigner(Ak, sk);
            signer.Sign("GET", uri, headers, []).Should().Be(ReferenceSigner.Sign("GET", uri, headers, [], Ak, sk));
        }
    }

    [Fact]
    public async Task Sign_ManyThreadsOnOneSigner_EverySignatureIsRight()
    {
        var uri = new Uri("https://h.example.com/v1/p/server-groups?limit=5");
        KeyValuePair<string, string>[] headers = [new("host", uri.Authority), new("X-Sdk-Date", "20240315T083000Z")];
        string expected = ReferenceSigner.Sign("POST", uri, headers, "{}"u8, Ak, Sk);
        using var signer = new AkSkSigner(Ak, Sk);

        string[][] results = await Task.WhenAll(
            Enumerable
                .Range(0, 8)
                .Select(_ =>
                    Task.Run(() =>
                        Enumerable.Range(0, 500).Select(_ => signer.Sign("POST", uri, headers, "{}"u8)).ToArray()
                    )
                )
        );

        results.SelectMany(batch => batch).Should().AllBe(expected);
    }

    [Fact]
    public void Sign_TypicalGetAndPost_AllocatesOnlyTheHeaderValue()
    {
        var get = new Uri(
            "https://sdrs.ap-southeast-1.myhuaweicloud.com/v1/0605767d4a00d5762fb7c0005c8d6e22/server-groups"
                + "?limit=50&offset=100&status=available&name=orders-dr"
        );
        KeyValuePair<string, string>[] headers =
        [
            new("host", get.Authority),
            new("X-Sdk-Date", "20240315T083000Z"),
            new("X-Project-Id", "0605767d4a00d5762fb7c0005c8d6e22"),
        ];
        byte[] body = Encoding.UTF8.GetBytes(new string('b', 400));
        using var signer = new AkSkSigner(Ak, Sk);
        signer.Sign("GET", get, headers, []);
        signer.Sign("POST", get, headers, body);

        long before = GC.GetAllocatedBytesForCurrentThread();
        string getAuthorization = signer.Sign("GET", get, headers, []);
        string postAuthorization = signer.Sign("POST", get, headers, body);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        long strings = 2 * (24 + (2 * (long)getAuthorization.Length)) + 16;
        allocated.Should().BeLessThanOrEqualTo(strings, "only the two Authorization strings are allocated");
        postAuthorization.Length.Should().Be(getAuthorization.Length);
    }
}
