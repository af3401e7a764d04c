using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Resources.ActiveDomains;

public sealed class ActiveDomainsClientTests : IDisposable
{
    private readonly MockSdrs _sdrs = new();

    [Fact]
    public async Task ListAsync_ReferenceExample_SendsSignedGetAndReadsEveryField()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("active-domains")).UsingGet())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody(Examples.Read("active-domains/list.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        IReadOnlyList<ActiveDomain> domains = await client.ActiveDomains.ListAsync();

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("GET");
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/active-domains");
        request.ShouldHaveValidSignature();
        request.Header("X-Project-Id").Should().Be(TestCredentials.ProjectId);
        domains.Should().ContainSingle();
        ActiveDomain domain = domains[0];
        domain.Id.Should().Be("fb4bb8e3-a574-4437-a156-78c916aeea4d");
        domain.Name.Should().Be("ActiveactiveDomain");
        domain.Description.Should().Be("my domain");
        domain.SoldOut.Should().BeFalse();
        domain.LocalReplicationCluster!.AvailabilityZone.Should().Be("cn-north-1a");
        domain.RemoteReplicationCluster!.AvailabilityZone.Should().Be("cn-north-1b");
    }

    [Fact]
    public async Task ListAsync_NoDomains_ReturnsEmptyList()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("active-domains")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"domains":[]}"""));
        using SdrsClient client = _sdrs.CreateClient();

        IReadOnlyList<ActiveDomain> domains = await client.ActiveDomains.ListAsync();

        domains.Should().BeEmpty();
    }

    public void Dispose() => _sdrs.Dispose();
}
