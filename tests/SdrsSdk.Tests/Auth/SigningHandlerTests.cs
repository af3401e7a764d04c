using System.Net.Http.Json;
using SdrsSdk.Http.Internal;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Auth;

/// <summary>Requests signed with AK/SK arrive as the SDK-HMAC-SHA256 scheme requires, and are re-signed on every
/// send.</summary>
public sealed class SigningHandlerTests : IDisposable
{
    private readonly MockSdrs _sdrs = new();

    public SigningHandlerTests()
    {
        _sdrs
            .Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("quotas/get.response.json")));
    }

    [Fact]
    public async Task Send_AkSk_ArrivesWithAuthorizationDateAndSignedHost()
    {
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        await client.Quotas.GetAsync();

        var request = _sdrs.SingleRequest();
        request.Header("X-Sdk-Date").Should().Be("20240315T083000Z");
        request
            .Header("Host")
            .Should()
            .Be(_sdrs.Endpoint.Authority, "the port is part of host when it is not the default");
        request.Header("X-Project-Id").Should().Be(TestCredentials.ProjectId);
        request.Header("X-Auth-Token").Should().BeNull();
        request.Header("X-Security-Token").Should().BeNull();
        request
            .Header("Authorization")
            .Should()
            .StartWith(
                $"SDK-HMAC-SHA256 Access={TestCredentials.AccessKey}, SignedHeaders=host;x-project-id;x-sdk-date, "
                    + "Signature="
            )
            .And.MatchRegex("Signature=[0-9a-f]{64}$");
        request.ShouldHaveValidSignature();
    }

    [Fact]
    public async Task Send_Twice_SignsAgainWithAFreshDate()
    {
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        await client.Quotas.GetAsync();
        _sdrs.Time.Advance(TimeSpan.FromSeconds(61));
        await client.Quotas.GetAsync();

        var requests = _sdrs.Requests();
        requests.Should().HaveCount(2);
        requests[0].Header("X-Sdk-Date").Should().Be("20240315T083000Z");
        requests[1].Header("X-Sdk-Date").Should().Be("20240315T083101Z");
        requests[0].Header("Authorization").Should().NotBe(requests[1].Header("Authorization"));
        requests.Should().AllSatisfy(request => request.ShouldHaveValidSignature());
    }

    [Fact]
    public async Task Send_SameRequestMessageTwice_ReplacesTheOldSignature()
    {
        using var http = CreateSignedHttpClient(TestCredentials.AkSk());
        using var message = new HttpRequestMessage(HttpMethod.Post, "server-groups")
        {
            Content = JsonContent.Create(new { server_group = new { name = "sg-01" } }),
        };

        (await http.SendAsync(message)).Dispose();
        _sdrs.Time.Advance(TimeSpan.FromMinutes(2));
        using HttpRequestMessage resend = await message.CloneAsync();
        (await http.SendAsync(resend)).Dispose();

        var requests = _sdrs.Requests();
        requests.Should().HaveCount(2);
        requests[1].Header("X-Sdk-Date").Should().Be("20240315T083200Z");
        requests
            .Should()
            .AllSatisfy(request =>
            {
                request.ShouldHaveValidSignature();
                request
                    .Headers!["Authorization"]
                    .Should()
                    .ContainSingle("a re-sent request carries one signature, not two");
            });
    }

    [Fact]
    public async Task Send_StreamedJsonBody_HashesTheExactBytesSent()
    {
        using var http = CreateSignedHttpClient(TestCredentials.AkSk());
        var body = new { server_group = new { name = "容灾组-ü", description = "emoji 😀 <tag>" } };

        using HttpResponseMessage response = await http.PostAsJsonAsync("server-groups", body);

        var request = _sdrs.SingleRequest();
        request.Body.Should().Contain("server_group");
        request
            .Header("Content-Length")
            .Should()
            .Be(request.BodyAsBytes!.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.ShouldHaveValidSignature();
    }

    [Fact]
    public async Task Send_TemporaryAkSk_SendsAndSignsSecurityToken()
    {
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk(withSecurityToken: true));

        await client.Quotas.GetAsync();

        var request = _sdrs.SingleRequest();
        request.Header("X-Security-Token").Should().Be(TestCredentials.SecurityToken);
        request
            .Header("Authorization")
            .Should()
            .Contain("SignedHeaders=host;x-project-id;x-sdk-date;x-security-token,");
        request.ShouldHaveValidSignature();
    }

    [Fact]
    public async Task Send_QueryWithReservedCharacters_SignsWhatIsSent()
    {
        using var http = CreateSignedHttpClient(TestCredentials.AkSk());

        (
            await http.GetAsync(
                "protected-instances?name=my%20group%201&star=a*b&plus=1%2B1&uni=%E4%B8%AD"
                    + "&status=available&status=creating"
            )
        ).Dispose();

        _sdrs.SingleRequest().ShouldHaveValidSignature();
    }

    [Fact]
    public async Task Send_WrongSecretKey_DoesNotVerify()
    {
        using SdrsClient client = _sdrs.CreateClient(
            new AccessKeyCredential(TestCredentials.AccessKey, "another-secret-key-value")
        );

        await client.Quotas.GetAsync();

        Action verify = () => _sdrs.SingleRequest().ShouldHaveValidSignature();
        verify.Should().Throw<Exception>("a signature made with another SK must not verify");
    }

    [Fact]
    public async Task Send_Token_SendsXAuthTokenAndNoSignature()
    {
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.StaticToken());

        await client.Quotas.GetAsync();

        var request = _sdrs.SingleRequest();
        request.ShouldCarryToken();
        request.Header("X-Sdk-Date").Should().BeNull();
        request.Header("User-Agent").Should().StartWith("SdrsSdk/");
    }

    [Fact]
    public async Task Send_UserAgentSuffix_IsAppended()
    {
        using SdrsClient client = _sdrs.CreateClient(configure: options => options.UserAgentSuffix = "dr-runbook/2.1");

        await client.Quotas.GetAsync();

        _sdrs
            .SingleRequest()
            .Header("User-Agent")
            .Should()
            .MatchRegex(@"^SdrsSdk/\S+ \(\.NET [0-9.]+\) dr-runbook/2\.1$");
    }

    private HttpClient CreateSignedHttpClient(SdrsCredential credential)
    {
        var options = new SdrsClientOptions
        {
            Endpoint = _sdrs.Endpoint,
            ProjectId = TestCredentials.ProjectId,
            Credential = credential,
            AllowInsecureHttp = true,
            TimeProvider = _sdrs.Time,
        };
        return new HttpClient(SdrsPipeline.CreateHandler(options, new SocketsHttpHandler()))
        {
            BaseAddress = SdrsPipeline.ProjectBaseAddress(options),
        };
    }

    public void Dispose() => _sdrs.Dispose();
}

internal static class HttpRequestMessageExtensions
{
    /// <summary>A copy of a request (same method, URI, headers and body), as a retry handler would send.</summary>
    public static async Task<HttpRequestMessage> CloneAsync(this HttpRequestMessage message)
    {
        var copy = new HttpRequestMessage(message.Method, message.RequestUri);
        foreach (var header in message.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (message.Content is not null)
        {
            byte[] bytes = await message.Content.ReadAsByteArrayAsync();
            copy.Content = new ByteArrayContent(bytes);
            copy.Content.Headers.ContentType = message.Content.Headers.ContentType;
        }

        return copy;
    }
}

public sealed class RequestBodyFramingTests : IDisposable
{
    private readonly MockSdrs _sdrs = new();

    [Fact]
    public async Task Post_TokenAuth_SendsContentLengthNotChunked()
    {
        _sdrs
            .Server.Given(WireMock.RequestBuilders.Request.Create().UsingPost())
            .RespondWith(
                WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody("""{"job_id":"j-1"}""")
            );
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.StaticToken());

        await client.ServerGroups.StartCreateAsync(new CreateServerGroupRequest("sg", "az1", "az2", "dom", "vpc"));

        var request = _sdrs.SingleRequest();
        request.Header("Transfer-Encoding").Should().BeNull();
        request
            .Header("Content-Length")
            .Should()
            .Be(request.BodyAsBytes!.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose() => _sdrs.Dispose();
}
