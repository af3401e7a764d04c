using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Auth;

/// <summary>No SK, token, security token or signature ever shows in ToString() or exception text.</summary>
public sealed class SecretsTests : IDisposable
{
    private readonly MockSdrs _sdrs = new();

    [Fact]
    public void ToString_CredentialsAndOptions_ShowNoSecret()
    {
        var texts = new List<string>
        {
            TestCredentials.AkSk().ToString(),
            TestCredentials.AkSk(withSecurityToken: true).ToString(),
            TestCredentials.StaticToken().ToString(),
            new SdrsClientOptions
            {
                Credential = TestCredentials.AkSk(withSecurityToken: true),
                ProjectId = "p",
                Region = "ap-southeast-3",
            }.ToString(),
            new SdrsClientOptions
            {
                Credential = TestCredentials.StaticToken(),
                ProjectId = "p",
                Region = "ap-southeast-3",
            }.ToString(),
        };

        texts.Should().AllSatisfy(text => AssertNoSecret(text));
        texts[0].Should().Contain(TestCredentials.AccessKey, "the AK identifies the key and is not secret");
        texts[1].Should().Contain("SecurityToken=***");
        texts[2].Should().Be("StaticTokenCredential(Token=***)");
    }

    [Fact]
    public async Task Failure_WithAkSkAndToken_ExceptionTextShowsNoSecret()
    {
        _sdrs
            .Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(401)
                    .WithBody("""{"error_msg":"Incorrect IAM authentication information","error_code":"APIGW.0301"}""")
            );
        var captured = new List<Exception>();
        foreach (
            SdrsCredential credential in new SdrsCredential[]
            {
                TestCredentials.AkSk(withSecurityToken: true),
                TestCredentials.StaticToken(),
            }
        )
        {
            using SdrsClient client = _sdrs.CreateClient(credential);
            captured.Add(await Record.ExceptionAsync(() => client.Quotas.GetAsync()));
        }

        string[] signatures = _sdrs
            .Requests()
            .Select(request => request.Header("Authorization"))
            .OfType<string>()
            .Select(value => value.Split("Signature=")[1])
            .ToArray();
        signatures.Should().ContainSingle();
        captured
            .Should()
            .AllSatisfy(exception =>
            {
                exception.Should().BeOfType<SdrsAuthenticationException>();
                string everything = exception.ToString() + ((SdrsException)exception).Details;
                AssertNoSecret(everything);
                everything.Should().NotContain(signatures[0]);
            });
    }

    [Fact]
    public void Constructor_InvalidOptions_MessageShowsNoSecret()
    {
        var options = new SdrsClientOptions
        {
            Credential = TestCredentials.AkSk(withSecurityToken: true),
            Endpoint = new Uri("http://sdrs.example.com"),
        };

        Action act = () => _ = new SdrsClient(options);

        AssertNoSecret(act.Should().Throw<ArgumentException>().Which.ToString());
    }

    private static void AssertNoSecret(string text)
    {
        foreach (string secret in TestCredentials.Secrets)
        {
            text.Should().NotContain(secret);
        }
    }

    public void Dispose() => _sdrs.Dispose();
}
