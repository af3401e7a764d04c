using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Auth;

[Collection(EnvironmentVariablesGroup.Name)]
public sealed class CredentialTests
{
    [Fact]
    public void FromEnvironment_OfficialVariables_CreatesTemporaryAkSk()
    {
        using var environment = new EnvironmentScope(
            new()
            {
                [SdrsCredential.AccessKeyVariable] = TestCredentials.AccessKey,
                [SdrsCredential.SecretKeyVariable] = TestCredentials.SecretKey,
                [SdrsCredential.SecurityTokenVariable] = TestCredentials.SecurityToken,
                [SdrsCredential.ProjectIdVariable] = TestCredentials.ProjectId,
                ["HUAWEICLOUD_SDK_REGION"] = "ap-southeast-3",
            }
        );

        AccessKeyCredential credential = SdrsCredential.FromEnvironment()!;
        SdrsClientOptions options = SdrsClientOptions.FromEnvironment();

        credential.AccessKey.Should().Be(TestCredentials.AccessKey);
        credential.HasSecurityToken.Should().BeTrue();
        options.ProjectId.Should().Be(TestCredentials.ProjectId);
        options.Credential.Should().BeOfType<AccessKeyCredential>();
        options.ResolveEndpoint().Should().Be(new Uri("https://sdrs.ap-southeast-3.myhuaweicloud.com/"));
        options.Invoking(o => o.Validate()).Should().NotThrow();
    }

    [Theory]
    [InlineData("SDRS_ENDPOINT", "sdrs.example.com", "SDRS_ENDPOINT 'sdrs.example.com' is not an absolute http(s) URI")]
    [InlineData("SDRS_ENDPOINT", "ftp://sdrs.example.com/", "SDRS_ENDPOINT 'ftp://sdrs.example.com/' is not an")]
    [InlineData("HUAWEICLOUD_SDK_REGION", "cn north 4", "HUAWEICLOUD_SDK_REGION 'cn north 4' is not a region name")]
    [InlineData("SDRS_ALLOW_INSECURE_HTTP", "yes", "SDRS_ALLOW_INSECURE_HTTP 'yes' is not true or false")]
    public void FromEnvironment_MalformedVariable_IsReportedByNameInsteadOfDropped(
        string variable,
        string value,
        string expected
    )
    {
        using var environment = new EnvironmentScope(
            new()
            {
                [SdrsCredential.AccessKeyVariable] = TestCredentials.AccessKey,
                [SdrsCredential.SecretKeyVariable] = TestCredentials.SecretKey,
                [SdrsCredential.ProjectIdVariable] = TestCredentials.ProjectId,
                ["HUAWEICLOUD_SDK_REGION"] = "ap-southeast-3",
                [variable] = value,
            }
        );

        SdrsClientOptions options = SdrsClientOptions.FromEnvironment();

        options.Invoking(o => o.Validate()).Should().Throw<ArgumentException>().WithMessage($"*{expected}*");
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData(" TRUE ", true)]
    [InlineData("false", false)]
    [InlineData(null, false)]
    public void FromEnvironment_AllowInsecureHttp_DecidesWhetherAnHttpEndpointPasses(string? value, bool passes)
    {
        using var environment = new EnvironmentScope(
            new()
            {
                [SdrsCredential.AccessKeyVariable] = TestCredentials.AccessKey,
                [SdrsCredential.SecretKeyVariable] = TestCredentials.SecretKey,
                [SdrsCredential.ProjectIdVariable] = TestCredentials.ProjectId,
                ["SDRS_ENDPOINT"] = "http://127.0.0.1:8080/",
                ["SDRS_ALLOW_INSECURE_HTTP"] = value,
            }
        );

        SdrsClientOptions options = SdrsClientOptions.FromEnvironment();

        options.AllowInsecureHttp.Should().Be(passes);
        if (passes)
        {
            options.Invoking(o => o.Validate()).Should().NotThrow();
        }
        else
        {
            options.Invoking(o => o.Validate()).Should().Throw<ArgumentException>().WithMessage("*plain http*");
        }
    }

    [Theory]
    [InlineData(null, "sk")]
    [InlineData("ak", null)]
    [InlineData("", "sk")]
    public void FromEnvironment_MissingKey_ReturnsNull(string? ak, string? sk)
    {
        using var environment = new EnvironmentScope(
            new() { [SdrsCredential.AccessKeyVariable] = ak, [SdrsCredential.SecretKeyVariable] = sk }
        );

        SdrsCredential.FromEnvironment().Should().BeNull();
    }

    [Theory]
    [InlineData("", "sk")]
    [InlineData("ak", "")]
    [InlineData(" ", "sk")]
    public void AccessKeyCredential_EmptyKey_Throws(string ak, string sk)
    {
        Action act = () => _ = new AccessKeyCredential(ak, sk);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Credentials_LineBreaks_AreRefused()
    {
        ((Action)(() => _ = new StaticTokenCredential("abc\r\nX-Injected: 1"))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new AccessKeyCredential("ak\n", "sk"))).Should().Throw<ArgumentException>();
    }
}
