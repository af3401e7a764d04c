using System.Net;
using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Hostile;

/// <summary>
/// Defence in depth: a caller's transport that follows redirects (the SDK's own do not) cannot keep the attacker
/// from receiving the request, but its answer is never used as the service's, and the call fails typed.
/// </summary>
public sealed class FollowingTransportTests
{
    [Theory]
    [InlineData(HttpStatusCode.Found)]
    [InlineData(HttpStatusCode.TemporaryRedirect)]
    public async Task GetAsync_CallersTransportFollowsRedirect_AnswerIsRefused(HttpStatusCode status)
    {
        await using var elsewhere = new LoopbackServer(HostileClients.AttackerAnswers());
        await using var sdrs = new LoopbackServer(HostileClients.Redirect((int)status, elsewhere));
        using var following = new SocketsHttpHandler { AllowAutoRedirect = true };
        using HostileClients.Lease lease = HostileClients.Create(
            Construction.New,
            TestCredentials.StaticToken(),
            sdrs.Endpoint,
            options => options.Transport = following
        );

        Func<Task> call = () => lease.Client.ServerGroups.GetAsync(HostileClients.ServerGroupId);

        (await call.Should().ThrowAsync<SdrsInvalidResponseException>())
            .Which.Message.Should()
            .Contain($"followed a redirect to {elsewhere.Endpoint.GetLeftPart(UriPartial.Authority)}")
            .And.Contain("SDRS never redirects")
            .And.NotContain("stolen");
        sdrs.RequestCount.Should().Be(1, "the refused answer is not retried");
        elsewhere
            .RequestCount.Should()
            .Be(1, "a transport that follows redirects does re-send the request: why the SDK's own follow none");
    }

    [Fact]
    public async Task GetAsync_CallersIamTransportFollowsRedirect_AnswerIsRefused()
    {
        await using var elsewhere = new LoopbackServer(HostileClients.AttackerAnswers());
        await using var iam = new LoopbackServer(HostileClients.Redirect(307, elsewhere));
        await using var sdrs = new LoopbackServer(HostileClients.Unreachable());
        using var following = new SocketsHttpHandler { AllowAutoRedirect = true };
        var credential = new IamPasswordCredential(
            MockIam.UserName,
            MockIam.Password,
            MockIam.DomainName,
            new IamPasswordCredentialOptions { IamEndpoint = iam.Endpoint, Transport = following }
        );
        using HostileClients.Lease lease = HostileClients.Create(Construction.New, credential, sdrs.Endpoint);

        Func<Task> call = () => lease.Client.ServerGroups.GetAsync(HostileClients.ServerGroupId);

        (await call.Should().ThrowAsync<SdrsInvalidResponseException>())
            .Which.Message.Should()
            .Contain("IAM never redirects")
            .And.NotContain("ATTACKER-TOKEN");
        elsewhere
            .RequestCount.Should()
            .Be(1, "the password went along: why the SDK's own IAM transport follows no redirects");
        sdrs.RequestCount.Should().Be(0);
    }
}
