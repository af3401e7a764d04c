using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.DependencyInjection;

[Collection(EnvironmentVariablesGroup.Name)]
public sealed class SdrsServiceCollectionExtensionsTests : IDisposable
{
    private readonly MockSdrs _sdrs = new();
    private readonly EnvironmentScope _environment = new([]);

    public SdrsServiceCollectionExtensionsTests()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("sdrs/quotas")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("quotas/get.response.json")));
    }

    [Fact]
    public async Task AddSdrsClient_Configured_ResolvesAWorkingSignedClient()
    {
        var services = new ServiceCollection();
        services.AddSdrsClient(options =>
        {
            options.Endpoint = _sdrs.Endpoint;
            options.AllowInsecureHttp = true;
            options.ProjectId = TestCredentials.ProjectId;
            options.Credential = TestCredentials.AkSk();
            options.TimeProvider = _sdrs.Time;
            options.UserAgentSuffix = "di-test";
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        SdrsClient client = provider.GetRequiredService<SdrsClient>();
        TenantQuota quota = await client.Quotas.GetAsync();

        quota.Resources.Should().HaveCount(2);
        var request = _sdrs.SingleRequest();
        request.ShouldHaveValidSignature();
        request.Header("User-Agent").Should().EndWith("di-test");
    }

    [Theory]
    [InlineData("00:00:30")]
    [InlineData("00:00:05")]
    public async Task AddSdrsClient_ConfiguredTimeoutAtOrBelowTheDefaultAttemptTimeout_IsValid(string timeout)
    {
        // The attempt timeout is not configured, so it follows the overall timeout instead of failing validation.
        using ServiceProvider provider = ProviderFromConfiguration(
            new() { ["Sdrs:Timeout"] = timeout, ["Sdrs:Retry:MaxRetries"] = "2" }
        );

        await provider.GetRequiredService<SdrsClient>().Quotas.GetAsync();

        SdrsClientOptions resolved = provider.GetRequiredService<IOptions<SdrsClientOptions>>().Value;
        resolved.Timeout.Should().Be(TimeSpan.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture));
        resolved.Retry.MaxRetries.Should().Be(2);
        _sdrs.SingleRequest().ShouldCarryToken();
    }

    [Fact]
    public void AddSdrsClient_ConfiguredAttemptTimeoutNotShorterThanTimeout_StillFailsNamingBoth()
    {
        using ServiceProvider provider = ProviderFromConfiguration(
            new() { ["Sdrs:Timeout"] = "00:00:30", ["Sdrs:Retry:AttemptTimeout"] = "00:00:30" }
        );

        Action act = () => provider.GetRequiredService<SdrsClient>();

        act.Should()
            .Throw<OptionsValidationException>()
            .WithMessage("*Retry.AttemptTimeout (00:00:30) must be shorter than Timeout (00:00:30)*");
    }

    /// <summary>A provider with a client bound to the configuration section <c>Sdrs</c>: the stub's endpoint and the
    /// test project, plus the given settings; the credential is a token.</summary>
    private ServiceProvider ProviderFromConfiguration(Dictionary<string, string?> settings)
    {
        settings["Sdrs:Endpoint"] = _sdrs.Endpoint.ToString();
        settings["Sdrs:ProjectId"] = TestCredentials.ProjectId;
        settings["Sdrs:AllowInsecureHttp"] = "true";
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSdrsClient(configuration.GetSection(SdrsClientOptions.DefaultSectionName), options =>
            options.Credential = TestCredentials.StaticToken()
        );
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task AddSdrsClient_FromConfiguration_BindsEndpointProjectAndTimeout()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Sdrs:Endpoint"] = _sdrs.Endpoint.ToString(),
                    ["Sdrs:ProjectId"] = TestCredentials.ProjectId,
                    ["Sdrs:AllowInsecureHttp"] = "true",
                    ["Sdrs:Timeout"] = "00:00:42",
                }
            )
            .Build();
        var services = new ServiceCollection();
        services.AddSdrsClient(configuration.GetSection(SdrsClientOptions.DefaultSectionName), options =>
            options.Credential = TestCredentials.StaticToken()
        );
        using ServiceProvider provider = services.BuildServiceProvider();

        SdrsClientOptions resolved = provider.GetRequiredService<IOptions<SdrsClientOptions>>().Value;
        await provider.GetRequiredService<SdrsClient>().Quotas.GetAsync();

        resolved.Timeout.Should().Be(TimeSpan.FromSeconds(42));
        resolved.ProjectId.Should().Be(TestCredentials.ProjectId);
        _sdrs.SingleRequest().ShouldCarryToken();
    }

    [Fact]
    public async Task AddSdrsClient_CredentialFromEnvironment_IsUsed()
    {
        using var environment = new EnvironmentScope(
            new()
            {
                [SdrsCredential.AccessKeyVariable] = TestCredentials.AccessKey,
                [SdrsCredential.SecretKeyVariable] = TestCredentials.SecretKey,
                [SdrsCredential.ProjectIdVariable] = TestCredentials.ProjectId,
            }
        );
        var services = new ServiceCollection();
        services.AddSdrsClient(options =>
        {
            options.Endpoint = _sdrs.Endpoint;
            options.AllowInsecureHttp = true;
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<SdrsClient>().Quotas.GetAsync();

        _sdrs.SingleRequest().ShouldHaveValidSignature();
    }

    [Fact]
    public void AddSdrsClient_InvalidOptions_FailsOnResolveNamingTheOption()
    {
        var services = new ServiceCollection();
        services.AddSdrsClient(options => options.Endpoint = new Uri("http://sdrs.example.com"));
        using ServiceProvider provider = services.BuildServiceProvider();

        Action act = () => provider.GetRequiredService<SdrsClient>();

        act.Should()
            .Throw<OptionsValidationException>()
            .WithMessage("*plain http*")
            .And.Message.Should()
            .Contain("ProjectId is required")
            .And.Contain("Credential is required");
    }

    [Fact]
    public void AddSdrsClient_ReturnsBuilderForChaining()
    {
        var services = new ServiceCollection();

        IHttpClientBuilder builder = services.AddSdrsClient(_ => { });

        builder.Name.Should().Be(SdrsServiceCollectionExtensions.HttpClientName);
    }

    public void Dispose()
    {
        _environment.Dispose();
        _sdrs.Dispose();
    }
}
