using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Simmy;
using Polly.Simmy.Outcomes;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Http;

/// <summary>Retry, timeout and logging options: validated when the client is built, bound from configuration, the same
/// through DI.</summary>
[Collection(EnvironmentVariablesGroup.Name)]
public sealed class ResilienceOptionsTests : IDisposable
{
    private static readonly string QuotasPath = MockSdrs.ProjectPath("sdrs/quotas");
    private readonly MockSdrs _sdrs = new();
    private readonly SteppingTimeProvider _time = new();
    private readonly EnvironmentScope _environment = new([]);

    [Fact]
    public void Constructor_AttemptTimeoutNotShorterThanTimeout_NamesBothOptions()
    {
        SdrsClientOptions options = Valid();
        options.Timeout = TimeSpan.FromSeconds(20);
        options.Retry.AttemptTimeout = TimeSpan.FromSeconds(20);

        Action act = () => _ = new SdrsClient(options);

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage("*Retry.AttemptTimeout (00:00:20) must be shorter than Timeout (00:00:20)*");
    }

    [Fact]
    public void Constructor_BrokenRetryAndLoggingOptions_ReportsEveryRuleAtOnce()
    {
        SdrsClientOptions options = Valid();
        options.Retry.MaxRetries = -1;
        options.Retry.BaseDelay = TimeSpan.FromSeconds(10);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(5);
        options.Retry.AttemptTimeout = TimeSpan.FromMilliseconds(1);
        options.Logging.MaxLoggedBodyLength = -5;
        options.MaxResponseBodySize = 10;

        Action act = () => _ = new SdrsClient(options);

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage("*Retry.MaxRetries must be from 0 to 20*")
            .WithMessage("*Retry.MaxDelay (00:00:05) must not be shorter than BaseDelay (00:00:10)*")
            .WithMessage("*Retry.AttemptTimeout must be from 10 ms to 1 day*")
            .WithMessage("*Logging.MaxLoggedBodyLength must not be negative*")
            .WithMessage("*MaxResponseBodySize must be from 1024 bytes*");
    }

    [Theory]
    [InlineData("2.00:00:00")]
    [InlineData("00:00:00.005")]
    public void Constructor_TimeoutOutOfRange_NamesTheOption(string timeout)
    {
        SdrsClientOptions options = Valid();
        options.Timeout = TimeSpan.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture);
        options.Retry.AttemptTimeout = Timeout.InfiniteTimeSpan;

        ((Action)(() => _ = new SdrsClient(options)))
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("*Timeout must be from 10 ms to 1 day, or infinite*");
    }

    [Theory]
    [InlineData(30)]
    [InlineData(1)]
    public void Constructor_TimeoutNotLongerThanTheDefaultAttemptTimeout_IsValidWhileTheAttemptTimeoutIsUnset(
        int seconds
    )
    {
        SdrsClientOptions options = Valid();
        options.Timeout = TimeSpan.FromSeconds(seconds);

        Action act = options.Validate;

        act.Should().NotThrow();
        options.Retry.AttemptTimeout.Should().Be(TimeSpan.FromSeconds(30), "the documented default still reads");
    }

    [Fact]
    public void Constructor_InfiniteTimeouts_AreAllowed()
    {
        SdrsClientOptions options = Valid();
        options.Timeout = Timeout.InfiniteTimeSpan;
        options.Retry.AttemptTimeout = TimeSpan.FromMinutes(5);

        using var client = new SdrsClient(options);

        options.Timeout = TimeSpan.FromMinutes(1);
        options.Retry.AttemptTimeout = Timeout.InfiniteTimeSpan;
        using var other = new SdrsClient(options);
    }

    [Fact]
    public void Clone_CopiesRetryAndLoggingOptions()
    {
        SdrsClientOptions options = Valid();

        SdrsClientOptions copy = options.Clone();
        options.Retry.MaxRetries = 9;
        options.Logging.LoggedHeaderNames.Add("Server");

        copy.Retry.MaxRetries.Should().Be(3);
        copy.Logging.LoggedHeaderNames.Should().NotContain("Server");
    }

    [Fact]
    public async Task Constructor_OptionsChangedAfterwards_ClientKeepsItsRetryOptions()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(QuotasPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503));
        SdrsClientOptions options = RetryingOptions();
        using var client = new SdrsClient(options);
        options.Retry.MaxRetries = 0;

        await Record.ExceptionAsync(() => _time.DriveAsync(client.Quotas.GetAsync()));

        _sdrs.Requests().Should().HaveCount(3);
    }

    [Fact]
    public async Task AddSdrsClient_SamePipeline_RetriesAndSignsEveryAttempt()
    {
        StubTransientThenSuccess();
        using ServiceProvider provider = Services(options => options.Credential = TestCredentials.AkSk())
            .BuildServiceProvider();

        TenantQuota quota = await _time.DriveAsync(provider.GetRequiredService<SdrsClient>().Quotas.GetAsync());

        quota.Resources.Should().HaveCount(2);
        var requests = _sdrs.Requests();
        requests.Should().HaveCount(2);
        requests.Select(request => request.Header("X-Sdk-Date")).Should().Equal("20240315T083000Z", "20240315T083001Z");
        requests.Should().AllSatisfy(request => request.ShouldHaveValidSignature());
    }

    [Fact]
    public void AddSdrsClient_HttpClientTimeout_IsInfiniteSoItNeverCutsRetriesShort()
    {
        using ServiceProvider provider = Services().BuildServiceProvider();

        HttpClient http = provider
            .GetRequiredService<IHttpClientFactory>()
            .CreateClient(SdrsServiceCollectionExtensions.HttpClientName);

        http.Timeout.Should().Be(Timeout.InfiniteTimeSpan);
    }

    [Fact]
    public void AddSdrsClient_AttemptTimeoutNotShorterThanTimeout_FailsOnResolveNamingBoth()
    {
        using ServiceProvider provider = Services(options =>
            {
                options.Timeout = TimeSpan.FromSeconds(10);
                options.Retry.AttemptTimeout = TimeSpan.FromSeconds(30);
            })
            .BuildServiceProvider();

        Action act = () => provider.GetRequiredService<SdrsClient>();

        act.Should()
            .Throw<OptionsValidationException>()
            .WithMessage("*Retry.AttemptTimeout (00:00:30) must be shorter than Timeout (00:00:10)*");
    }

    [Fact]
    public async Task AddSdrsClient_ConfigurePipeline_RunsPerAttemptInsideTheRetry()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(QuotasPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("quotas/get.response.json")));
        int injected = 0;
        using ServiceProvider provider = Services(options =>
                options.Retry.ConfigurePipeline = pipeline =>
                    pipeline.AddChaosOutcome(
                        new ChaosOutcomeStrategyOptions<HttpResponseMessage>
                        {
                            InjectionRate = 1,
                            EnabledGenerator = _ => ValueTask.FromResult(Interlocked.Increment(ref injected) == 1),
                            OutcomeGenerator = _ =>
                                ValueTask.FromResult<Outcome<HttpResponseMessage>?>(
                                    Outcome.FromResult(
                                        new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable)
                                    )
                                ),
                        }
                    )
            )
            .BuildServiceProvider();

        TenantQuota quota = await _time.DriveAsync(provider.GetRequiredService<SdrsClient>().Quotas.GetAsync());

        quota.Resources.Should().HaveCount(2);
        injected.Should().Be(2, "the added strategy ran once per attempt");
        _sdrs
            .Requests()
            .Should()
            .ContainSingle("the injected 503 never reached the wire, and the SDK's retry recovered from it");
    }

    [Fact]
    public async Task AddSdrsClient_ConfigurePipelineWithoutSdkRetry_ReplacesTheSdkRetry()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(QuotasPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503));
        int retried = 0;
        using ServiceProvider provider = Services(options =>
            {
                options.Retry.MaxRetries = 0;
                options.Retry.AttemptTimeout = Timeout.InfiniteTimeSpan;
                options.Retry.ConfigurePipeline = pipeline =>
                    pipeline.AddRetry(
                        new RetryStrategyOptions<HttpResponseMessage>
                        {
                            MaxRetryAttempts = 2,
                            Delay = TimeSpan.Zero,
                            ShouldHandle = args =>
                                ValueTask.FromResult(
                                    args.Outcome.Result?.StatusCode == HttpStatusCode.ServiceUnavailable
                                ),
                            OnRetry = _ =>
                            {
                                Interlocked.Increment(ref retried);
                                return default;
                            },
                        }
                    );
            })
            .BuildServiceProvider();

        Func<Task> act = () => _time.DriveAsync(provider.GetRequiredService<SdrsClient>().Quotas.GetAsync());

        await act.Should().ThrowAsync<SdrsServerException>();
        retried.Should().Be(2, "the added retry is the only one");
        _sdrs.Requests().Should().HaveCount(3, "one attempt, then the added retry's two; the SDK's own retry is off");
    }

    [Fact]
    public void AddSdrsClient_FromConfiguration_BindsRetryAndBodyLimit()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Sdrs:Endpoint"] = _sdrs.Endpoint.ToString(),
                    ["Sdrs:ProjectId"] = TestCredentials.ProjectId,
                    ["Sdrs:AllowInsecureHttp"] = "true",
                    ["Sdrs:Timeout"] = "00:02:00",
                    ["Sdrs:MaxResponseBodySize"] = "1048576",
                    ["Sdrs:Retry:MaxRetries"] = "5",
                    ["Sdrs:Retry:BaseDelay"] = "00:00:02",
                    ["Sdrs:Retry:MaxDelay"] = "00:00:20",
                    ["Sdrs:Retry:UseJitter"] = "false",
                    ["Sdrs:Retry:AttemptTimeout"] = "00:00:45",
                }
            )
            .Build();
        var services = new ServiceCollection();
        services.AddSdrsClient(configuration.GetSection(SdrsClientOptions.DefaultSectionName), options =>
            options.Credential = TestCredentials.StaticToken()
        );
        using ServiceProvider provider = services.BuildServiceProvider();

        SdrsClientOptions resolved = provider.GetRequiredService<IOptions<SdrsClientOptions>>().Value;

        resolved.Timeout.Should().Be(TimeSpan.FromMinutes(2));
        resolved.MaxResponseBodySize.Should().Be(1048576);
        resolved
            .Retry.Should()
            .BeEquivalentTo(
                new
                {
                    MaxRetries = 5,
                    BaseDelay = TimeSpan.FromSeconds(2),
                    MaxDelay = TimeSpan.FromSeconds(20),
                    UseJitter = false,
                    AttemptTimeout = TimeSpan.FromSeconds(45),
                }
            );
    }

    private void StubTransientThenSuccess()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(QuotasPath).UsingGet())
            .InScenario("q")
            .WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(503));
        _sdrs
            .Server.Given(Request.Create().WithPath(QuotasPath).UsingGet())
            .InScenario("q")
            .WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("quotas/get.response.json")));
    }

    private IServiceCollection Services(Action<SdrsClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSdrsClient(options =>
        {
            options.Endpoint = _sdrs.Endpoint;
            options.AllowInsecureHttp = true;
            options.ProjectId = TestCredentials.ProjectId;
            options.Credential = TestCredentials.StaticToken();
            options.TimeProvider = _time;
            options.Timeout = Timeout.InfiniteTimeSpan;
            options.Retry.UseJitter = false;
            options.Retry.AttemptTimeout = Timeout.InfiniteTimeSpan;
            configure?.Invoke(options);
        });
        return services;
    }

    private SdrsClientOptions RetryingOptions()
    {
        SdrsClientOptions options = Valid();
        options.Endpoint = _sdrs.Endpoint;
        options.AllowInsecureHttp = true;
        options.TimeProvider = _time;
        options.Timeout = Timeout.InfiniteTimeSpan;
        options.Retry = new SdrsRetryOptions
        {
            MaxRetries = 2,
            UseJitter = false,
            AttemptTimeout = Timeout.InfiniteTimeSpan,
        };
        return options;
    }

    private static SdrsClientOptions Valid() =>
        new()
        {
            Endpoint = new Uri("https://sdrs.ap-southeast-1.myhuaweicloud.com"),
            ProjectId = TestCredentials.ProjectId,
            Credential = TestCredentials.StaticToken(),
        };

    public void Dispose()
    {
        _environment.Dispose();
        _sdrs.Dispose();
    }
}
