using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.DependencyInjection;

/// <summary>Several clients in one container, by name and as keyed services; every option from configuration; a
/// transport of the caller's in DI.</summary>
[Collection(EnvironmentVariablesGroup.Name)]
public sealed class NamedClientTests : IDisposable
{
    private readonly MockSdrs _europe = new();
    private readonly MockSdrs _asia = new();
    private readonly EnvironmentScope _environment = new([]);

    public NamedClientTests()
    {
        foreach (MockSdrs sdrs in new[] { _europe, _asia })
        {
            sdrs.Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("sdrs/quotas")).UsingGet())
                .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("quotas/get.response.json")));
        }
    }

    [Fact]
    public async Task AddSdrsClient_TwoNames_ResolvesTwoKeyedClientsWithTheirOwnSettings()
    {
        var services = new ServiceCollection();
        services.AddSdrsClient("dr-eu", options => Point(options, _europe, TestCredentials.AkSk(), "eu"));
        services.AddSdrsClient("dr-asia", options => Point(options, _asia, TestCredentials.StaticToken(), "asia"));
        using ServiceProvider provider = services.BuildServiceProvider();

        SdrsClient europe = provider.GetRequiredKeyedService<SdrsClient>("dr-eu");
        SdrsClient asia = provider.GetRequiredKeyedService<SdrsClient>("dr-asia");
        await europe.Quotas.GetAsync();
        await asia.Quotas.GetAsync();

        europe.Should().NotBeSameAs(asia);
        var toEurope = _europe.SingleRequest();
        toEurope.ShouldHaveValidSignature();
        toEurope.Header("User-Agent").Should().EndWith("eu");
        var toAsia = _asia.SingleRequest();
        toAsia.ShouldCarryToken();
        toAsia.Header("User-Agent").Should().EndWith("asia");
        provider.GetService<SdrsClient>().Should().BeNull("only named clients were registered");
        IOptionsMonitor<SdrsClientOptions> options = provider.GetRequiredService<IOptionsMonitor<SdrsClientOptions>>();
        options.Get("dr-eu").Endpoint.Should().Be(_europe.Endpoint);
        options.Get("dr-asia").Endpoint.Should().Be(_asia.Endpoint);
    }

    [Fact]
    public async Task AddSdrsClient_NamedAndUnnamed_LiveSideBySide()
    {
        var services = new ServiceCollection();
        services.AddSdrsClient(options => Point(options, _europe, TestCredentials.StaticToken(), "default"));
        services.AddSdrsClient("dr-asia", options => Point(options, _asia, TestCredentials.StaticToken(), "asia"));
        using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<SdrsClient>().Quotas.GetAsync();
        await provider.GetRequiredKeyedService<SdrsClient>("dr-asia").Quotas.GetAsync();

        _europe.SingleRequest().Header("User-Agent").Should().EndWith("default");
        _asia.SingleRequest().Header("User-Agent").Should().EndWith("asia");
    }

    [Fact]
    public void AddSdrsClient_NamedClientWithBrokenOptions_FailsOnResolveNamingTheRule()
    {
        var services = new ServiceCollection();
        services.AddSdrsClient("dr-eu", options => Point(options, _europe, TestCredentials.StaticToken(), "eu"));
        services.AddSdrsClient("broken", options =>
        {
            Point(options, _asia, TestCredentials.StaticToken(), "x");
            options.ProjectId = null;
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetRequiredKeyedService<SdrsClient>("dr-eu").Should().NotBeNull();
        Action act = () => provider.GetRequiredKeyedService<SdrsClient>("broken");

        act.Should().Throw<OptionsValidationException>().WithMessage("*ProjectId is required*");
    }

    [Fact]
    public void AddSdrsClient_NamedFromConfiguration_BindsJobPollingLoggingAndResolution()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Sdrs:Clients:dr-eu:Endpoint"] = _europe.Endpoint.ToString(),
                    ["Sdrs:Clients:dr-eu:ProjectId"] = TestCredentials.ProjectId,
                    ["Sdrs:Clients:dr-eu:AllowInsecureHttp"] = "true",
                    ["Sdrs:Clients:dr-eu:ResolveAmbiguousWrites"] = "false",
                    ["Sdrs:Clients:dr-eu:JobPolling:InitialDelay"] = "00:00:03",
                    ["Sdrs:Clients:dr-eu:JobPolling:MinInterval"] = "00:00:02",
                    ["Sdrs:Clients:dr-eu:JobPolling:MaxInterval"] = "00:00:40",
                    ["Sdrs:Clients:dr-eu:JobPolling:IntervalRatio"] = "0.25",
                    ["Sdrs:Clients:dr-eu:JobPolling:JitterRatio"] = "0",
                    ["Sdrs:Clients:dr-eu:JobPolling:Timeout"] = "03:00:00",
                    ["Sdrs:Clients:dr-eu:JobPolling:MaxConsecutiveTransientFailures"] = "4",
                    ["Sdrs:Clients:dr-eu:JobPolling:MaxRetryAfter"] = "00:01:00",
                    ["Sdrs:Clients:dr-eu:Logging:LogBodies"] = "true",
                    ["Sdrs:Clients:dr-eu:Logging:MaxLoggedBodyLength"] = "512",
                    ["Sdrs:Clients:dr-eu:Logging:LoggedHeaderNames:0"] = "X-Custom-Trace",
                }
            )
            .Build();
        var services = new ServiceCollection();
        services.AddSdrsClient("dr-eu", configuration.GetSection("Sdrs:Clients:dr-eu"), options =>
            options.Credential = TestCredentials.StaticToken()
        );
        using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetRequiredKeyedService<SdrsClient>("dr-eu").Should().NotBeNull();
        SdrsClientOptions options = provider.GetRequiredService<IOptionsMonitor<SdrsClientOptions>>().Get("dr-eu");
        options.ResolveAmbiguousWrites.Should().BeFalse();
        options.JobPolling.InitialDelay.Should().Be(TimeSpan.FromSeconds(3));
        options.JobPolling.MinInterval.Should().Be(TimeSpan.FromSeconds(2));
        options.JobPolling.MaxInterval.Should().Be(TimeSpan.FromSeconds(40));
        options.JobPolling.IntervalRatio.Should().Be(0.25);
        options.JobPolling.JitterRatio.Should().Be(0);
        options.JobPolling.Timeout.Should().Be(TimeSpan.FromHours(3));
        options.JobPolling.MaxConsecutiveTransientFailures.Should().Be(4);
        options.JobPolling.MaxRetryAfter.Should().Be(TimeSpan.FromMinutes(1));
        options.Logging.LogBodies.Should().BeTrue();
        options.Logging.MaxLoggedBodyLength.Should().Be(512);
        options.Logging.LoggedHeaderNames.Should().Contain("X-Custom-Trace").And.Contain("X-Request-Id");
    }

    [Fact]
    public async Task AddSdrsClient_TransportInOptions_CarriesTheCallsAndOutlivesTheContainer()
    {
        using var transport = new CountingTransport();
        var services = new ServiceCollection();
        services.AddSdrsClient(options =>
        {
            Point(options, _europe, TestCredentials.StaticToken(), "t");
            options.Transport = transport;
        });

        using (ServiceProvider provider = services.BuildServiceProvider())
        {
            await provider.GetRequiredService<SdrsClient>().Quotas.GetAsync();
        }

        transport.Sent.Should().Be(1, "the call went through the transport set in the options");
        using var invoker = new HttpMessageInvoker(transport, disposeHandler: false);
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(_europe.Endpoint, "/"));
        using HttpResponseMessage response = await invoker.SendAsync(again, CancellationToken.None);
        transport.Sent.Should().Be(2, "the container did not dispose the caller's transport");
    }

    private static void Point(SdrsClientOptions options, MockSdrs sdrs, SdrsCredential credential, string agent)
    {
        options.Endpoint = sdrs.Endpoint;
        options.AllowInsecureHttp = true;
        options.ProjectId = TestCredentials.ProjectId;
        options.Credential = credential;
        options.TimeProvider = sdrs.Time;
        options.UserAgentSuffix = agent;
    }

    public void Dispose()
    {
        _europe.Dispose();
        _asia.Dispose();
        _environment.Dispose();
    }

    private sealed class CountingTransport() : DelegatingHandler(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        private int _sent;

        public int Sent => _sent;

        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        )
        {
            Interlocked.Increment(ref _sent);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
