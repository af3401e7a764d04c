using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Options;

public sealed class SdrsClientOptionsTests
{
    [Fact]
    public void Constructor_EmptyOptions_ReportsEveryMissingOptionAtOnce()
    {
        Action act = () => _ = new SdrsClient(new SdrsClientOptions());

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage("*Endpoint is required*")
            .WithMessage("*ProjectId is required*")
            .WithMessage("*Credential is required*");
    }

    [Fact]
    public void Constructor_PlainHttp_IsRefusedUnlessAllowed()
    {
        var options = Valid();
        options.Endpoint = new Uri("http://localhost:8080");

        ((Action)(() => _ = new SdrsClient(options)))
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("*Endpoint uses plain http*AllowInsecureHttp*");

        options.AllowInsecureHttp = true;
        using var client = new SdrsClient(options);
        client.Endpoint.Should().Be(new Uri("http://localhost:8080"));
    }

    [Theory]
    [InlineData("ftp://sdrs.example.com", "*must use https*")]
    [InlineData("https://sdrs.example.com/?x=1", "*query or fragment*")]
    public void Constructor_BadEndpoint_NamesTheOption(string endpoint, string message)
    {
        var options = Valid();
        options.Endpoint = new Uri(endpoint);

        ((Action)(() => _ = new SdrsClient(options))).Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-00:00:01")]
    public void Constructor_NonPositiveTimeout_NamesTheOption(string timeout)
    {
        var options = Valid();
        options.Timeout = TimeSpan.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture);

        ((Action)(() => _ = new SdrsClient(options)))
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("*Timeout must be positive*");
    }

    [Theory]
    [InlineData("../etc")]
    [InlineData("a/b")]
    [InlineData("p id")]
    public void Constructor_UnsafeProjectId_NamesTheOption(string projectId)
    {
        var options = Valid();
        options.ProjectId = projectId;

        ((Action)(() => _ = new SdrsClient(options)))
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("*ProjectId may contain only*");
    }

    [Fact]
    public void Constructor_RegionOnly_DerivesTheEndpoint()
    {
        var options = Valid();
        options.Endpoint = null;
        options.Region = "cn-north-4";

        using var client = new SdrsClient(options);

        client.Endpoint.Should().Be(new Uri("https://sdrs.cn-north-4.myhuaweicloud.com/"));
        client.ProjectId.Should().Be(TestCredentials.ProjectId);
    }

    [Theory]
    [InlineData("ap-southeast-3", "https://sdrs.ap-southeast-3.myhuaweicloud.com/")]
    [InlineData("ap-southeast-2", "https://sdrs.ap-southeast-3.myhuaweicloud.com/")]
    [InlineData("af-south-1", "https://sdrs.af-south-1.myhuaweicloud.com/")]
    public void ResolveEndpoint_Region_IsTheRegionsEndpointFromTheTable(string region, string expected)
    {
        var options = Valid();
        options.Endpoint = null;
        options.Region = region;

        options.ResolveEndpoint().Should().Be(new Uri(expected));
        SdrsRegions.Endpoints.Should().HaveCount(7);
    }

    [Theory]
    [InlineData("ap-southeast-1")]
    [InlineData("eu-west-0")]
    [InlineData("cn north 4")]
    public void Validate_RegionWhereSdrsIsNotServed_SaysSoAndPointsToEndpoint(string region)
    {
        var options = Valid();
        options.Endpoint = null;
        options.Region = region;

        options.ResolveEndpoint().Should().BeNull("a region is not a host name to format");
        options
            .Invoking(o => o.Validate())
            .Should()
            .Throw<ArgumentException>()
            .WithMessage($"*Region '{region}' is not a region where SDRS is served (af-south-1, *set Endpoint*");
    }

    [Fact]
    public void Validate_UnlistedRegionWithAnEndpoint_UsesTheEndpoint()
    {
        var options = Valid();
        options.Region = "ap-southeast-1";

        options.Invoking(o => o.Validate()).Should().NotThrow();
        options.ResolveEndpoint().Should().Be(options.Endpoint);
    }

    [Fact]
    public void Constructor_OptionsChangedAfterwards_ClientKeepsItsCopy()
    {
        var options = Valid();
        using var client = new SdrsClient(options);

        options.ProjectId = "changed";

        client.ProjectId.Should().Be(TestCredentials.ProjectId);
    }

    [Fact]
    public void Constructor_NullOptions_ThrowsArgumentNull()
    {
        ((Action)(() => _ = new SdrsClient(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public async Task Dispose_CallerTransport_IsNotDisposed()
    {
        using var transport = new CountingHandler();
        var options = Valid();
        options.Transport = transport;

        using (var client = new SdrsClient(options))
        {
            await Record.ExceptionAsync(() => client.Quotas.GetAsync());
        }

        transport.Disposed.Should().BeFalse();
        transport.Calls.Should().Be(1);
    }

    private static SdrsClientOptions Valid() =>
        new()
        {
            Endpoint = new Uri("https://sdrs.ap-southeast-1.myhuaweicloud.com"),
            ProjectId = TestCredentials.ProjectId,
            Credential = TestCredentials.StaticToken(),
        };

    private sealed class CountingHandler : HttpMessageHandler
    {
        public int Calls { get; private set; }

        public bool Disposed { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        )
        {
            Calls++;
            return Task.FromResult(
                new HttpResponseMessage(System.Net.HttpStatusCode.OK)
                {
                    Content = new StringContent("""{"quotas":{"resources":[]}}"""),
                    RequestMessage = request,
                }
            );
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
