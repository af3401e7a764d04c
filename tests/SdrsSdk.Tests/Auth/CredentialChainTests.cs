using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Auth;

/// <summary>Where a credential comes from when code sets none: environment, then configuration.</summary>
[Collection(EnvironmentVariablesGroup.Name)]
public sealed class CredentialChainTests : IDisposable
{
    private readonly EnvironmentScope _environment = new([]);
    private readonly MockSdrs _sdrs = new();
    private readonly MockIam _iam = new();

    private static Dictionary<string, string?> AkSkVariables =>
        new()
        {
            [SdrsCredential.AccessKeyVariable] = TestCredentials.AccessKey,
            [SdrsCredential.SecretKeyVariable] = TestCredentials.SecretKey,
            [SdrsCredential.SecurityTokenVariable] = TestCredentials.SecurityToken,
        };

    private static Dictionary<string, string?> PasswordVariables =>
        new()
        {
            [SdrsCredential.UserNameVariable] = MockIam.UserName,
            [SdrsCredential.PasswordVariable] = MockIam.Password,
            [SdrsCredential.DomainNameVariable] = MockIam.DomainName,
            [SdrsCredential.ProjectNameVariable] = "ap-southeast-1_dr",
            [SdrsCredential.IamEndpointVariable] = "https://iam.example.com",
        };

    [Fact]
    public void Default_AkSkAndPasswordInEnvironment_PrefersAkSk()
    {
        using var environment = new EnvironmentScope(AkSkVariables.Concat(PasswordVariables).ToDictionary());

        var credential = new DefaultSdrsCredential(Configuration(("AccessKey", "OTHERAK"), ("SecretKey", "other-sk")));

        credential
            .Credential.Should()
            .BeOfType<AccessKeyCredential>()
            .Which.AccessKey.Should()
            .Be(TestCredentials.AccessKey);
        ((AccessKeyCredential)credential.Credential).HasSecurityToken.Should().BeTrue();
        credential.Source.Should().Be("environment (HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK)");
    }

    [Fact]
    public void Default_PasswordInEnvironment_CreatesIamPasswordCredential()
    {
        using var environment = new EnvironmentScope(PasswordVariables);

        var credential = new DefaultSdrsCredential(Configuration(("AccessKey", "OTHERAK"), ("SecretKey", "other-sk")));

        var password = credential.Credential.Should().BeOfType<IamPasswordCredential>().Subject;
        password.UserName.Should().Be(MockIam.UserName);
        password.DomainName.Should().Be(MockIam.DomainName);
        password.ProjectName.Should().Be("ap-southeast-1_dr");
        password.IamEndpoint.Should().Be(new Uri("https://iam.example.com"));
        credential
            .Source.Should()
            .Be("environment (HUAWEICLOUD_SDK_USERNAME, HUAWEICLOUD_SDK_PASSWORD, HUAWEICLOUD_SDK_DOMAIN_NAME)");
        credential
            .ToString()
            .Should()
            .StartWith("DefaultSdrsCredential(Source=environment")
            .And.Contain("Password=***")
            .And.NotContain(MockIam.Password);
        IamPasswordCredential.FromEnvironment()!.UserName.Should().Be(MockIam.UserName);
    }

    [Fact]
    public void PasswordFromEnvironment_IncompleteVariables_ReturnsNull()
    {
        using var environment = new EnvironmentScope(
            new(PasswordVariables) { [SdrsCredential.DomainNameVariable] = " " }
        );

        IamPasswordCredential.FromEnvironment().Should().BeNull();
    }

    [Fact]
    public void Default_PasswordWithSpaces_IsKeptAsItIs()
    {
        using var environment = new EnvironmentScope(
            new()
            {
                [SdrsCredential.UserNameVariable] = MockIam.UserName,
                [SdrsCredential.PasswordVariable] = "  spaced  ",
                [SdrsCredential.DomainNameVariable] = MockIam.DomainName,
            }
        );

        byte[] body = SdrsSdk.Auth.Internal.IamClient.WriteTokenRequest(
            MockIam.UserName,
            "  spaced  ",
            MockIam.DomainName,
            SdrsSdk.Auth.Internal.IamScope.ByName("p")
        );

        new DefaultSdrsCredential().Credential.Should().BeOfType<IamPasswordCredential>();
        System.Text.Encoding.UTF8.GetString(body).Should().Contain("\"password\":\"  spaced  \"");
    }

    [Fact]
    public void Default_NothingInEnvironment_UsesConfigurationAkSkThenPassword()
    {
        var akSk = new DefaultSdrsCredential(
            Configuration(
                ("AccessKey", TestCredentials.AccessKey),
                ("SecretKey", TestCredentials.SecretKey),
                ("UserName", MockIam.UserName),
                ("Password", MockIam.Password),
                ("DomainName", MockIam.DomainName)
            )
        );
        var password = new DefaultSdrsCredential(
            Configuration(
                ("UserName", MockIam.UserName),
                ("Password", MockIam.Password),
                ("DomainName", MockIam.DomainName),
                ("ProjectName", "p1"),
                ("IamEndpoint", "https://iam.example.com")
            )
        );

        akSk.Credential.Should().BeOfType<AccessKeyCredential>().Which.HasSecurityToken.Should().BeFalse();
        akSk.Source.Should().Be("configuration (Sdrs:Credentials)");
        var iam = password.Credential.Should().BeOfType<IamPasswordCredential>().Subject;
        iam.ProjectName.Should().Be("p1");
        iam.IamEndpoint.Should().Be(new Uri("https://iam.example.com"));
    }

    [Fact]
    public void Default_NothingFound_ListsEveryPlaceTriedWithoutValues()
    {
        using var environment = new EnvironmentScope(
            new()
            {
                [SdrsCredential.AccessKeyVariable] = TestCredentials.AccessKey,
                [SdrsCredential.PasswordVariable] = MockIam.Password,
            }
        );

        Action act = () =>
            _ = new DefaultSdrsCredential(
                Configuration(("SecretKey", TestCredentials.SecretKey), ("Password", "config-password-value"))
            );

        string message = act.Should().Throw<InvalidOperationException>().Which.Message;
        message
            .Should()
            .Be(
                "No credential was found. Tried, in order: "
                    + "1. environment (AK/SK): HUAWEICLOUD_SDK_AK is set, but HUAWEICLOUD_SDK_SK is not; "
                    + "2. environment (IAM password): HUAWEICLOUD_SDK_PASSWORD is set, but HUAWEICLOUD_SDK_USERNAME "
                    + "and HUAWEICLOUD_SDK_DOMAIN_NAME are not; "
                    + "3. configuration 'Sdrs:Credentials' (AK/SK): SecretKey is set, but AccessKey is not; "
                    + "4. configuration 'Sdrs:Credentials' (IAM password): Password is set, but UserName and "
                    + "DomainName are not."
            );
        foreach (
            string value in new[]
            {
                TestCredentials.AccessKey,
                TestCredentials.SecretKey,
                MockIam.Password,
                "config-password-value",
            }
        )
        {
            message.Should().NotContain(value);
        }
    }

    [Fact]
    public void Default_EnvironmentOnlyAndEmpty_ListsTheVariables()
    {
        Action act = () => _ = new DefaultSdrsCredential();

        act.Should()
            .Throw<InvalidOperationException>()
            .WithMessage(
                "No credential was found. Tried, in order: 1. environment (AK/SK): HUAWEICLOUD_SDK_AK and "
                    + "HUAWEICLOUD_SDK_SK are not set; "
                    + "2. environment (IAM password): HUAWEICLOUD_SDK_USERNAME, HUAWEICLOUD_SDK_PASSWORD and "
                    + "HUAWEICLOUD_SDK_DOMAIN_NAME are not set."
            );
    }

    [Fact]
    public void Default_InvalidIamEndpointVariable_NamesTheVariable()
    {
        using var environment = new EnvironmentScope(
            new(PasswordVariables) { [SdrsCredential.IamEndpointVariable] = "not a uri" }
        );

        Action act = () => _ = new DefaultSdrsCredential();

        act.Should().Throw<ArgumentException>().WithMessage("HUAWEICLOUD_SDK_IAM_ENDPOINT is not an absolute URI*");
    }

    [Fact]
    public async Task Default_AkSkFromEnvironment_SignsRequests()
    {
        using var environment = new EnvironmentScope(
            new()
            {
                [SdrsCredential.AccessKeyVariable] = TestCredentials.AccessKey,
                [SdrsCredential.SecretKeyVariable] = TestCredentials.SecretKey,
            }
        );
        _sdrs.StubQuotas(TestCredentials.ProjectId);
        using SdrsClient client = _sdrs.CreateClient(new DefaultSdrsCredential());

        await client.Quotas.GetAsync();

        _sdrs.SingleRequest().ShouldHaveValidSignature();
    }

    [Fact]
    public async Task Default_PasswordFromEnvironment_DiscoversProjectAndRenewsAfter401()
    {
        using var environment = new EnvironmentScope(
            new(PasswordVariables)
            {
                [SdrsCredential.ProjectNameVariable] = null,
                [SdrsCredential.IamEndpointVariable] = _iam.Endpoint.ToString(),
            }
        );
        _iam.StubTokensInTurn(_sdrs.Time.GetUtcNow().AddHours(24), _sdrs.Time.GetUtcNow().AddHours(48));
        _sdrs
            .Server.Given(
                Request
                    .Create()
                    .WithPath(MockSdrs.ProjectPath("sdrs/quotas"))
                    .UsingGet()
                    .WithHeader(StaticTokenCredential.HeaderName, MockIam.TokenA)
            )
            .RespondWith(Response.Create().WithStatusCode(401));
        _sdrs.StubQuotas(TestCredentials.ProjectId);
        using SdrsClient client = _sdrs.CreateClient(new DefaultSdrsCredential(), options =>
        {
            options.ProjectId = null;
            options.Region = "ap-southeast-3";
        });

        await client.Quotas.GetAsync();

        _iam.TokenRequests().Should().HaveCount(2);
        _sdrs
            .Requests()
            .Select(request => request.Header(StaticTokenCredential.HeaderName))
            .Should()
            .Equal(MockIam.TokenA, MockIam.TokenB);
        _sdrs.Requests().Should().OnlyContain(request => request.Path == MockSdrs.ProjectPath("sdrs/quotas"));
    }

    [Fact]
    public void OptionsFromEnvironment_PasswordVariablesAndRegion_ValidWithoutProjectId()
    {
        using var environment = new EnvironmentScope(
            new(PasswordVariables)
            {
                ["HUAWEICLOUD_SDK_REGION"] = "ap-southeast-3",
                [SdrsCredential.IamEndpointVariable] = null,
            }
        );

        SdrsClientOptions options = SdrsClientOptions.FromEnvironment();

        options.Credential.Should().BeOfType<IamPasswordCredential>();
        options.ProjectId.Should().BeNull();
        options.Invoking(o => o.Validate()).Should().NotThrow();
    }

    [Fact]
    public void OptionsFromEnvironment_Nothing_ValidationListsTheVariables()
    {
        SdrsClientOptions options = SdrsClientOptions.FromEnvironment();

        options
            .Invoking(o => o.Validate())
            .Should()
            .Throw<ArgumentException>()
            .WithMessage(
                "*Credential is required. No credential was found. Tried, in order: 1. "
                    + "SdrsClientOptions.Credential: not set in code; "
                    + "2. environment (AK/SK): HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are not set; 3. "
                    + "environment (IAM password): *"
            );
    }

    [Fact]
    public async Task AddSdrsClient_PasswordInConfiguration_ObtainsTokenAndDiscoversProject()
    {
        _iam.StubToken(
            MockIam.TokenA,
            _sdrs.Time.GetUtcNow().AddHours(24),
            projectId: "a4a5d4098fb4474fa22cd05f897d6b99",
            projectName: "ap-southeast-3"
        );
        _sdrs.StubQuotas("a4a5d4098fb4474fa22cd05f897d6b99");
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Sdrs:Endpoint"] = _sdrs.Endpoint.ToString(),
                    ["Sdrs:Region"] = "ap-southeast-3",
                    ["Sdrs:AllowInsecureHttp"] = "true",
                    ["Sdrs:Credentials:UserName"] = MockIam.UserName,
                    ["Sdrs:Credentials:Password"] = MockIam.Password,
                    ["Sdrs:Credentials:DomainName"] = MockIam.DomainName,
                    ["Sdrs:Credentials:IamEndpoint"] = _iam.Endpoint.ToString(),
                }
            )
            .Build();
        var services = new ServiceCollection();
        services.AddSdrsClient(configuration.GetSection(SdrsClientOptions.DefaultSectionName), options =>
            options.TimeProvider = _sdrs.Time
        );
        using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<SdrsClient>().Quotas.GetAsync();

        provider
            .GetRequiredService<IOptions<SdrsClientOptions>>()
            .Value.Credential.Should()
            .BeOfType<IamPasswordCredential>();
        _iam.TokenRequests()
            .Should()
            .ContainSingle()
            .Which.Body.Should()
            .Contain("\"scope\":{\"project\":{\"name\":\"ap-southeast-3\"}}");
        var request = _sdrs.SingleRequest();
        request.Path.Should().Be("/v1/a4a5d4098fb4474fa22cd05f897d6b99/sdrs/quotas");
        request.Header(StaticTokenCredential.HeaderName).Should().Be(MockIam.TokenA);
    }

    [Fact]
    public void AddSdrsClient_Order_ExplicitThenEnvironmentThenConfiguration()
    {
        IConfiguration configuration = Root(("AccessKey", "CONFIGAK"), ("SecretKey", "config-sk"));
        SdrsCredential Resolve(Action<SdrsClientOptions>? configure)
        {
            var services = new ServiceCollection();
            services.AddSdrsClient(configuration.GetSection(SdrsClientOptions.DefaultSectionName), configure);
            using ServiceProvider provider = services.BuildServiceProvider();
            return provider.GetRequiredService<IOptions<SdrsClientOptions>>().Value.Credential!;
        }

        StaticTokenCredential explicitCredential = TestCredentials.StaticToken();
        using (new EnvironmentScope(AkSkVariables))
        {
            Resolve(options => options.Credential = explicitCredential).Should().BeSameAs(explicitCredential);
            Resolve(null)
                .Should()
                .BeOfType<AccessKeyCredential>()
                .Which.AccessKey.Should()
                .Be(TestCredentials.AccessKey);
        }

        using (new EnvironmentScope(PasswordVariables))
        {
            Resolve(null).Should().BeOfType<IamPasswordCredential>();
        }

        Resolve(null).Should().BeOfType<AccessKeyCredential>().Which.AccessKey.Should().Be("CONFIGAK");
    }

    [Fact]
    public void AddSdrsClient_NothingFound_ValidationListsEveryPlaceTried()
    {
        IConfiguration configuration = Root(("UserName", MockIam.UserName));
        var services = new ServiceCollection();
        services.AddSdrsClient(configuration.GetSection(SdrsClientOptions.DefaultSectionName));
        using ServiceProvider provider = services.BuildServiceProvider();

        Action act = () => provider.GetRequiredService<SdrsClient>();

        string message = act.Should().Throw<OptionsValidationException>().Which.Message;
        message
            .Should()
            .Contain(
                "Credential is required. No credential was found. Tried, in order: 1. SdrsClientOptions.Credential: "
                    + "not set in code; "
                    + "2. environment (AK/SK): HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are not set; "
                    + "3. environment (IAM password): HUAWEICLOUD_SDK_USERNAME, HUAWEICLOUD_SDK_PASSWORD and "
                    + "HUAWEICLOUD_SDK_DOMAIN_NAME are not set; "
                    + "4. configuration 'Sdrs:Credentials' (AK/SK): AccessKey and SecretKey are not set; "
                    + "5. configuration 'Sdrs:Credentials' (IAM password): UserName is set, but Password and "
                    + "DomainName are not."
            );
    }

    /// <summary>The <c>Sdrs:Credentials</c> section holding the given keys.</summary>
    private static IConfiguration Configuration(params (string Key, string Value)[] credentials) =>
        Root(credentials).GetSection("Sdrs:Credentials");

    /// <summary>A configuration with <c>Sdrs:Region</c> and the given <c>Sdrs:Credentials</c> keys.</summary>
    private static IConfiguration Root(params (string Key, string Value)[] credentials) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(
                credentials
                    .Select(pair => new KeyValuePair<string, string?>($"Sdrs:Credentials:{pair.Key}", pair.Value))
                    .Append(new KeyValuePair<string, string?>("Sdrs:Region", "ap-southeast-3"))
                    .Append(new KeyValuePair<string, string?>("Sdrs:ProjectId", TestCredentials.ProjectId))
            )
            .Build();

    public void Dispose()
    {
        _iam.Dispose();
        _sdrs.Dispose();
        _environment.Dispose();
    }
}
