using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SdrsSdk.Errors.Internal;
using SdrsSdk.Http.Internal;

namespace SdrsSdk.Tests.Errors;

/// <summary>The one rule for secrets in surfaced text: known secrets in every form, credential header and field
/// patterns.</summary>
public sealed class SecretScrubberTests
{
    private const string Password = "Pa55+w0rd&<with>\"quotes\"/";
    private const string Token = "MIIZexampleTOKEN-value_0123456789abcdef";

    [Fact]
    public void Scrub_KnownSecretInEveryEncoding_IsReplaced()
    {
        var scrubber = new SecretScrubber(Password);
        string relaxed = JsonEncodedText.Encode(Password, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
        string[] forms =
        [
            Password,
            JsonEncodedText.Encode(Password).ToString(),
            relaxed,
            relaxed.Replace("/", "\\/", StringComparison.Ordinal),
            WebUtility.HtmlEncode(Password),
            Uri.EscapeDataString(Password),
        ];

        foreach (string form in forms)
        {
            scrubber
                .Scrub($"before {form} after")
                .Should()
                .Be("before *** after", "the form {0} is one a server writes", form);
        }
    }

    [Fact]
    public void Scrub_ShortSecret_IsLeftToThePatterns()
    {
        var scrubber = new SecretScrubber("abc", "abcd");

        scrubber.Scrub("xabcdx").Should().Be("x***x", "a secret of four characters or more goes wherever it appears");
        new SecretScrubber("abc")
            .Scrub("the abc of it")
            .Should()
            .Be("the abc of it", "shorter secrets would wipe ordinary letters");
        new SecretScrubber("abc").Scrub("""{"password": "abc"}""").Should().Be("""{"password": "***"}""");
        new SecretScrubber("abc").Scrub("user=u&password=abc&x=1").Should().Be("user=u&password=***&x=1");
    }

    [Theory]
    [InlineData(
        "GET\n/v1/p/\n\nhost:sdrs.example.com\nx-security-token:UNKNOWN-secret\nx-sdk-date:20240315T083000Z\n",
        "GET\n/v1/p/\n\nhost:sdrs.example.com\nx-security-token:***\nx-sdk-date:20240315T083000Z\n"
    )]
    [InlineData("X-Auth-Token: UNKNOWN-secret\r\nX-Subject-Token: other", "X-Auth-Token: ***\r\nX-Subject-Token: ***")]
    [InlineData(
        "Authorization: SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-sdk-date, Signature=0a1b2c3d",
        "Authorization: SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-sdk-date, Signature=***"
    )]
    [InlineData(
        """{"headers":{"X-Auth-Token":"UNKNOWN","Host":"h"},"auth":{"password":"p\"w"}}""",
        """{"headers":{"X-Auth-Token":"***","Host":"h"},"auth":{"password":"***"}}"""
    )]
    [InlineData(
        """{"error_msg":"The token is invalid: check the token","error_code":"APIGW.0301"}""",
        """{"error_msg":"The token is invalid: check the token","error_code":"APIGW.0301"}"""
    )]
    public void Scrub_CredentialPatterns_ReplaceTheValueOnly(string text, string expected)
    {
        SecretScrubber.PatternsOnly.Scrub(text).Should().Be(expected);
    }

    [Fact]
    public void Add_TokensObtained_TheMostRecentAreScrubbed()
    {
        var scrubber = new SecretScrubber();
        string[] tokens = Enumerable
            .Range(0, SecretScrubber.MaxObtainedSecrets + 2)
            .Select(i => $"{Token}-{i:D2}")
            .ToArray();

        foreach (string token in tokens)
        {
            scrubber.Add(token);
        }

        string scrubbed = scrubber.Scrub(string.Join(' ', tokens));
        scrubbed
            .Should()
            .Be(
                string.Join(' ', tokens.Take(2).Concat(Enumerable.Repeat("***", SecretScrubber.MaxObtainedSecrets))),
                "the oldest tokens, long expired, are forgotten"
            );
    }

    [Fact]
    public void FormatBody_SecretAcrossTheCut_LeavesNoPrefix()
    {
        var scrubber = new SecretScrubber(Token);
        byte[] body = Encoding.UTF8.GetBytes(new string('.', 30) + Token + " tail");

        string logged = SdrsLogRedaction.FormatBody(body, 40, scrubber);

        logged.Should().Be(new string('.', 30) + "*** tail");
        logged.Should().NotContain(Token[..10]);
    }

    [Fact]
    public void Scrub_NothingToScrub_ReturnsTheSameText()
    {
        const string text = "SDRS request GET /v1/p/sdrs/quotas failed with HTTP 500.";

        new SecretScrubber(Token).Scrub(text).Should().BeSameAs(text);
        new SecretScrubber(Token).Scrub(null).Should().BeNull();
    }
}
