using System.Text;
using Microsoft.Extensions.Time.Testing;
using SdrsSdk.Testing;

namespace SdrsSdk.Tests.Emulator;

public sealed class AuthenticationEmulationTests : EmulatorTest
{
    [Fact]
    public async Task AkSk_ValidSignature_Passes()
    {
        IReadOnlyList<ActiveDomain> domains = await Client.ActiveDomains.ListAsync();

        domains.Should().NotBeEmpty();
        SdrsJournalEntry entry = Emulator.Journal.Should().ContainSingle().Which;
        entry.Authentication.Should().Be(SdrsAuthenticationKind.AccessKey);
        entry.StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task AkSk_SignedQueryAndEncodedPath_Pass()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);
        await Client.Tags.AddTagAsync(instance.Id, "cost center+ü", "x y");

        await Client.Tags.DeleteTagAsync(instance.Id, "cost center+ü");
        ProtectedInstancePage page = await Client.ProtectedInstances.ListAsync(
            new ProtectedInstanceQuery
            {
                ServerGroupIds = [group.Id],
                Name = "instance 1",
                Limit = 5,
            }
        );

        page.Count.Should().Be(0);
        Emulator.Journal.Should().OnlyContain(entry => entry.StatusCode < 400);
        Emulator
            .Journal.Should()
            .Contain(entry =>
                entry.Method == "DELETE" && entry.Path.EndsWith("/tags/cost center+ü", StringComparison.Ordinal)
            );
    }

    [Fact]
    public async Task Token_TheConfiguredOne_PassesAndAnotherIsRefusedWith401()
    {
        using SdrsClient withToken = Emulator.CreateClient(new StaticTokenCredential(Emulator.Token));
        using SdrsClient withWrongToken = Emulator.CreateClient(new StaticTokenCredential("not-the-token"));

        (await withToken.ActiveDomains.ListAsync()).Should().NotBeEmpty();
        Func<Task> refused = () => withWrongToken.ActiveDomains.ListAsync();

        SdrsAuthenticationException failure = (await refused.Should().ThrowAsync<SdrsAuthenticationException>()).Which;
        failure.Status.Should().Be(401);
        failure.ErrorCode.Should().Be("APIGW.0301");
        Emulator
            .Journal.Select(entry => (entry.Authentication, entry.StatusCode))
            .Should()
            .Equal((SdrsAuthenticationKind.Token, 200), (SdrsAuthenticationKind.Token, 401));
    }

    [Fact]
    public async Task AkSk_TamperedSignature_IsRefusedWith401()
    {
        using var tamper = new TamperingHandler(request =>
        {
            string authorization = request.Headers.GetValues("Authorization").Single();
            char last = authorization[^1];
            request.Headers.Remove("Authorization");
            request.Headers.TryAddWithoutValidation("Authorization", authorization[..^1] + (last == '0' ? '1' : '0'));
        });
        using SdrsClient client = Emulator.CreateClient(configure: options => options.Transport = tamper);

        Func<Task> call = () => client.ServerGroups.ListAsync();

        SdrsAuthenticationException failure = (await call.Should().ThrowAsync<SdrsAuthenticationException>()).Which;
        failure.ErrorCode.Should().Be("APIGW.0301");
        failure.ErrorMessage.Should().Contain("signature does not match");
        failure.RequestId.Should().NotBeNullOrEmpty();
        Emulator
            .Journal.Should()
            .ContainSingle()
            .Which.Should()
            .Match<SdrsJournalEntry>(entry =>
                entry.StatusCode == 401
                && entry.Authentication == SdrsAuthenticationKind.AccessKey
                && entry.ErrorCode == "APIGW.0301"
            );
    }

    [Fact]
    public async Task AkSk_BodyChangedAfterSigning_IsRefusedWith401()
    {
        using var tamper = new TamperingHandler(request =>
            request.Content = new StringContent(
                """{"server_group":{"name":"evil"}}""",
                Encoding.UTF8,
                "application/json"
            )
        );
        using SdrsClient client = Emulator.CreateClient(configure: options => options.Transport = tamper);

        Func<Task> call = () =>
            client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest("good", SourceAz, TargetAz, DomainId, VpcId)
            );

        await call.Should().ThrowAsync<SdrsAuthenticationException>();
        (await Client.ServerGroups.ListAsync()).Count.Should().Be(0, "a refused request changes nothing");
    }

    [Fact]
    public async Task AkSk_WrongSecretOrUnknownAccessKey_IsRefusedWith401()
    {
        using SdrsClient wrongSecret = Emulator.CreateClient(
            new AccessKeyCredential(Emulator.AccessKey, "not-the-secret")
        );
        using SdrsClient unknownKey = Emulator.CreateClient(new AccessKeyCredential("UNKNOWNAK", Emulator.SecretKey));

        Func<Task> first = () => wrongSecret.ActiveDomains.ListAsync();
        Func<Task> second = () => unknownKey.ActiveDomains.ListAsync();

        (await first.Should().ThrowAsync<SdrsAuthenticationException>())
            .Which.ErrorMessage.Should()
            .Contain("signature");
        (await second.Should().ThrowAsync<SdrsAuthenticationException>())
            .Which.ErrorMessage.Should()
            .Contain("access key");
    }

    [Fact]
    public async Task AkSk_SignatureDateOutsideFifteenMinutes_IsRefusedWith401()
    {
        var late = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(20));
        var close = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(10));
        using SdrsClient skewed = Emulator.CreateClient(configure: options => options.TimeProvider = late);
        using SdrsClient nearlySkewed = Emulator.CreateClient(configure: options => options.TimeProvider = close);

        Func<Task> call = () => skewed.ActiveDomains.ListAsync();

        (await call.Should().ThrowAsync<SdrsAuthenticationException>())
            .Which.ErrorMessage.Should()
            .Contain("X-Sdk-Date");
        (await nearlySkewed.ActiveDomains.ListAsync()).Should().NotBeEmpty();
    }

    [Fact]
    public async Task NoCredential_IsRefusedWith401GatewayEnvelopeAndRequestId()
    {
        (int status, System.Text.Json.Nodes.JsonNode? body, HttpResponseMessage response) = await SendRawAsync(
            HttpMethod.Get,
            ProjectPath("server-groups"),
            configure: request => request.Headers.Remove("X-Auth-Token")
        );

        status.Should().Be(401);
        body!["error_code"]!.GetValue<string>().Should().Be("APIGW.0301");
        body["error_msg"]!.GetValue<string>().Should().Contain("no X-Auth-Token");
        string requestId = response.Headers.GetValues("X-Request-Id").Single();
        body["request_id"]!.GetValue<string>().Should().Be(requestId);
        Emulator.Journal.Should().ContainSingle().Which.Authentication.Should().Be(SdrsAuthenticationKind.None);
    }

    [Fact]
    public async Task Versions_AnswerAnonymousCallers()
    {
        (int status, System.Text.Json.Nodes.JsonNode? body, _) = await SendRawAsync(
            HttpMethod.Get,
            string.Empty,
            configure: request => request.Headers.Remove("X-Auth-Token")
        );

        status.Should().Be(200);
        body!["versions"]!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task OtherProject_IsRefusedWithSdrs0001()
    {
        using SdrsClient otherProject = Emulator.CreateClient(configure: options =>
            options.ProjectId = "another-project"
        );

        Func<Task> call = () => otherProject.ServerGroups.ListAsync();

        SdrsBadRequestException refused = (await call.Should().ThrowAsync<SdrsBadRequestException>()).Which;
        refused.Status.Should().Be(400);
        refused.ErrorCode.Should().Be("SDRS.0001");
    }

    /// <summary>The transport of a test client: changes each request after the SDK signed it, then sends it.</summary>
    private sealed class TamperingHandler(Action<HttpRequestMessage> tamper)
        : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        )
        {
            tamper(request);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
