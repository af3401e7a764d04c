using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Resources.Versions;

public sealed class VersionsClientTests : IDisposable
{
    private readonly MockSdrs _sdrs = new();

    [Fact]
    public async Task ListAsync_ReferenceExample_CallsRootAndReadsEveryField()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath("/").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("versions/list.response.json")));
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        IReadOnlyList<ApiVersion> versions = await client.Versions.ListAsync();

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("GET");
        request.Path.Should().Be("/");
        request.ShouldHaveValidSignature();
        versions.Should().ContainSingle();
        ApiVersion v1 = versions[0];
        v1.Id.Should().Be("v1");
        v1.Links.Should().ContainSingle();
        v1.Links[0].Href.Should().Be("https://sdrs.localdomain.com/v1");
        v1.Links[0].Rel.Should().Be("self");
        v1.Status.Should().Be(ApiVersionStatus.Current);
        v1.Updated.Should().Be(new DateTimeOffset(2018, 5, 30, 15, 0, 0, TimeSpan.Zero));
        v1.Version.Should().BeEmpty();
        v1.MinVersion.Should().BeEmpty();
    }

    [Theory]
    [InlineData("SUPPORT")]
    [InlineData("SUPPORTED")]
    public async Task ListAsync_StillSupportedInEitherSpelling_IsSupported(string status)
    {
        _sdrs
            .Server.Given(Request.Create().WithPath("/").UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody(
                        Examples
                            .Read("versions/list.response.json")
                            .Replace("\"CURRENT\"", $"\"{status}\"", StringComparison.Ordinal)
                    )
            );
        using SdrsClient client = _sdrs.CreateClient();

        ApiVersion version = (await client.Versions.ListAsync()).Should().ContainSingle().Subject;

        version.Status.Should().Be(ApiVersionStatus.Supported);
        (version.Status == ApiVersionStatus.Supported).Should().BeTrue();
        version.Status.GetHashCode().Should().Be(ApiVersionStatus.Supported.GetHashCode());
        version.Status.Value.Should().Be(status, "the text the server sent is kept");
        version.Status.Should().NotBe(ApiVersionStatus.Current);
    }

    [Theory]
    [InlineData("SUPPORTED", "SUPPORT", true)]
    [InlineData("SUPPORTED", "SUPPORTED", true)]
    [InlineData("SUPPORT", "DEPRECATED", false)]
    [InlineData("SUPPORTED", "CURRENT", false)]
    [InlineData("supported", "SUPPORT", false)]
    [InlineData("SUPPORTEDX", "SUPPORT", false)]
    public void Equals_SupportSpellings_OnlyThoseTwoMatch(string left, string right, bool equal)
    {
        ApiVersionStatus a = left;
        ApiVersionStatus b = right;

        (a == b).Should().Be(equal);
        a.Equals((object)b).Should().Be(equal);
        new HashSet<ApiVersionStatus> { a }
            .Contains(b)
            .Should()
            .Be(equal);
    }

    [Fact]
    public async Task GetAsync_ReferenceExample_CallsVersionPathAndReadsEveryField()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath("/v1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("versions/get.response.json")));
        using SdrsClient client = _sdrs.CreateClient();

        ApiVersion version = await client.Versions.GetAsync("v1");

        var request = _sdrs.SingleRequest();
        request.Path.Should().Be("/v1");
        request.ShouldCarryToken();
        version.Id.Should().Be("v1");
        version.Links.Should().ContainSingle().Which.Href.Should().Be("https://sdrs.localdomain.com/v1");
        version.Status.Should().Be(ApiVersionStatus.Current);
        version.Updated.Should().Be(new DateTimeOffset(2018, 5, 30, 0, 0, 0, TimeSpan.Zero));
        version.Version.Should().BeEmpty();
        version.MinVersion.Should().BeEmpty();
    }

    [Fact]
    public async Task ListAsync_EndpointWithPathPrefix_KeepsThePrefix()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath("/gateway/sdrs/").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("versions/list.response.json")));
        using SdrsClient client = _sdrs.CreateClient(configure: options =>
            options.Endpoint = new Uri(_sdrs.Endpoint, "/gateway/sdrs")
        );

        IReadOnlyList<ApiVersion> versions = await client.Versions.ListAsync();

        versions.Should().ContainSingle();
        _sdrs.SingleRequest().Path.Should().Be("/gateway/sdrs/");
    }

    [Fact]
    public async Task GetAsync_EmptyVersion_ThrowsBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Versions.GetAsync("");

        await act.Should().ThrowAsync<ArgumentException>().WithParameterName("apiVersion");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task ListAsync_BodyWithoutVersions_ThrowsInvalidResponse()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath("/").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Versions.ListAsync();

        (await act.Should().ThrowAsync<SdrsInvalidResponseException>()).Which.Message.Should().Contain("versions");
    }

    public void Dispose() => _sdrs.Dispose();
}
