using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Resources.Quotas;

public sealed class QuotasClientTests : IDisposable
{
    private readonly MockSdrs _sdrs = new();

    [Fact]
    public async Task GetAsync_ReferenceExample_SendsGetAndReadsEveryField()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("sdrs/quotas")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("quotas/get.response.json")));
        using SdrsClient client = _sdrs.CreateClient();

        TenantQuota quota = await client.Quotas.GetAsync();

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("GET");
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/sdrs/quotas");
        request.ShouldCarryToken();
        quota.Resources.Should().HaveCount(2);
        QuotaResource groups = quota.Find(QuotaResourceType.ServerGroups)!;
        groups.Used.Should().Be(10);
        groups.Quota.Should().Be(50);
        groups.Min.Should().Be(0);
        groups.Max.Should().Be(-1);
        groups.IsUnlimited.Should().BeFalse();
        groups.Remaining.Should().Be(40);
        QuotaResource replications = quota.Find(QuotaResourceType.Replications)!;
        replications.Used.Should().Be(1);
        replications.Quota.Should().Be(100);
        replications.Min.Should().Be(0);
        replications.Max.Should().Be(-1);
    }

    [Fact]
    public async Task GetAsync_UnlimitedQuota_ReportsNoRemainingLimit()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("sdrs/quotas")).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody(
                        """{"quotas":{"resources":[{"type":"server_groups","used":"3","quota":-1,"min":0,"max":-1},{"type":"drills","used":0,"quota":5,"min":0,"max":10}]}}"""
                    )
            );
        using SdrsClient client = _sdrs.CreateClient();

        TenantQuota quota = await client.Quotas.GetAsync();

        quota.Find(QuotaResourceType.ServerGroups)!.IsUnlimited.Should().BeTrue();
        quota.Find(QuotaResourceType.ServerGroups)!.Remaining.Should().BeNull();
        quota.Find(QuotaResourceType.ServerGroups)!.Used.Should().Be(3, "numbers sent as strings are read too");
        quota.Find(new QuotaResourceType("drills"))!.Quota.Should().Be(5);
        quota.Find(QuotaResourceType.Replications).Should().BeNull();
    }

    public void Dispose() => _sdrs.Dispose();
}
