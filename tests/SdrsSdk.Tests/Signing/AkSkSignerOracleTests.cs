using System.Text;
using SdrsSdk.Auth.Internal;

namespace SdrsSdk.Tests.Signing;

/// <summary>
/// The optimized signer against the straightforward one it replaced (<see cref="ReferenceSigner"/>), on inputs the
/// official vectors do not reach: buffers that outgrow the stack, unusual escapes, non-ASCII names, lone surrogates.
/// </summary>
public sealed class AkSkSignerOracleTests
{
    private const string Ak = "HPUAEXAMPLEAK0000001";
    private const string Sk = "Xk3fT9pQ2vLm8ZrB7yWc4NaH6sJd1EoGuKi5VbRx";

    public static TheoryData<string> Urls() => new()
    {
        "https://h.example.com/v1/p/server-groups?limit=50&offset=100&status=available&name=orders-dr",
        "https://h.example.com/v1/p/a%2Fb/c%20d/%E4%B8%AD?k=v",
        "https://h.example.com/v1/p/x?a=&b&=c&&a=2&a=1&A=0",
        "https://h.example.com/v1/p/x??q=1",
        "https://h.example.com/v1/p/x?name=%F0%9F%98%80&name=%EE%80%80&name=z",
        "https://h.example.com/v1/p/x?bad=%ZZ&pct=%25&plus=a+b&broken=%E4%B8",
        "https://h.example.com:8443/",
        "https://h.example.com/v1/p/" + new string('s', 400) + "?" + string.Join('&', Enumerable.Range(0, 40).Select(i => $"key{39 - i}=value%20{i}")),
        "https://h.example.com/v1/p/%E4%B8%AD" + string.Concat(Enumerable.Repeat("%E6%96%87", 120)) + "?q=" + string.Concat(Enumerable.Repeat("%E5%90%8D", 200)),
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public void Sign_UnusualUrls_MatchesTheReferenceSigner(string url)
    {
        var uri = new Uri(url);
        List<KeyValuePair<string, string>> headers = [new("host", uri.Authority), new("X-Sdk-Date", "20240315T083000Z")];

        foreach (string method in new[] { "GET", "post", "DELETE" })
        {
            AkSkSigner.Sign(method, uri, headers, [], Ak, Sk).Should().Be(ReferenceSigner.Sign(method, uri, headers, [], Ak, Sk));
            AkSkSigner.SignedParts parts = AkSkSigner.BuildCanonicalRequest(method, uri, headers, []);
            ReferenceSigner.SignedParts expected = ReferenceSigner.BuildCanonicalRequest(method, uri, headers, []);
            parts.CanonicalRequest.Should().Be(expected.CanonicalRequest);
            parts.SignedHeaders.Should().Be(expected.SignedHeaders);
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
        headers.AddRange(Enumerable.Range(0, 70).Select(i => new KeyValuePair<string, string>($"X-H{70 - i:D2}", $"v{i}")));
        byte[] body = Encoding.UTF8.GetBytes(new string('b', 5000));

        AkSkSigner.Sign("PUT", uri, headers, body, Ak, Sk).Should().Be(ReferenceSigner.Sign("PUT", uri, headers, body, Ak, Sk));
        AkSkSigner.Sign("PUT", uri, headers.AsReadOnly(), body, Ak, Sk).Should().Be(ReferenceSigner.Sign("PUT", uri, headers, body, Ak, Sk));
        AkSkSigner.Sign("PUT", uri, new HashSet<KeyValuePair<string, string>>(headers), body, Ak, Sk)
            .Should().Be(ReferenceSigner.Sign("PUT", uri, headers, body, Ak, Sk), "any collection works, not just lists");
    }

    [Fact]
    public void Sign_SecretKeysChangingOnOneThread_EachSignsWithItsOwnKey()
    {
        var uri = new Uri("https://h.example.com/v1/p/server-groups");
        List<KeyValuePair<string, string>> headers = [new("host", uri.Authority), new("X-Sdk-Date", "20240315T083000Z")];
        string longKey = new('k', 300);

        foreach (string sk in new[] { Sk, "another-secret", Sk, longKey, "中文密钥", Sk })
        {
            AkSkSigner.Sign("GET", uri, headers, [], Ak, sk).Should().Be(ReferenceSigner.Sign("GET", uri, headers, [], Ak, sk));
        }
    }

    [Fact]
    public void Encode_LoneSurrogates_MatchesTheReferenceSigner()
    {
        foreach (string text in new[] { "a\uD800b", "\uDC00", "x\uD83D", "\uD83D\uDE00\uD83D", new string('中', 300) })
        {
            AkSkSigner.Encode(text).Should().Be(ReferenceSigner.Encode(text));
        }
    }

    [Fact]
    public void Sign_TypicalGetAndPost_AllocatesOnlyTheHeaderValue()
    {
        var get = new Uri("https://sdrs.ap-southeast-1.myhuaweicloud.com/v1/0605767d4a00d5762fb7c0005c8d6e22/server-groups?limit=50&offset=100&status=available&name=orders-dr");
        List<KeyValuePair<string, string>> headers = [new("host", get.Authority), new("X-Sdk-Date", "20240315T083000Z"), new("X-Project-Id", "0605767d4a00d5762fb7c0005c8d6e22")];
        byte[] body = Encoding.UTF8.GetBytes(new string('b', 400));
        AkSkSigner.Sign("GET", get, headers, [], Ak, Sk);
        AkSkSigner.Sign("POST", get, headers, body, Ak, Sk);

        long before = GC.GetAllocatedBytesForCurrentThread();
        string getAuthorization = AkSkSigner.Sign("GET", get, headers, [], Ak, Sk);
        string postAuthorization = AkSkSigner.Sign("POST", get, headers, body, Ak, Sk);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        long strings = 2 * (24 + (2 * (long)getAuthorization.Length)) + 16;
        allocated.Should().BeLessThanOrEqualTo(strings, "only the two Authorization strings are allocated");
        postAuthorization.Length.Should().Be(getAuthorization.Length);
    }
}
