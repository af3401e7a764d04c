using SdrsSdk.Testing;
using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Emulator;

public sealed class InfoEmulationTests : EmulatorTest
{
    public InfoEmulationTests()
        : base(new SdrsEmulatorOptions { ServerGroupQuota = 2, ReplicationQuota = 1 }) { }

    [Fact]
    public async Task QuotasGetAsync_CountsUsedGroupsAndPairsAgainstTheConfiguredQuota()
    {
        ServerGroup group = await CreateGroupAsync();
        await CreatePairAsync(group.Id);

        TenantQuota quota = await Client.Quotas.GetAsync();

        QuotaResource groups = quota.Find(QuotaResourceType.ServerGroups)!;
        groups.Used.Should().Be(1);
        groups.Quota.Should().Be(2);
        groups.Min.Should().Be(0);
        groups.Max.Should().Be(-1);
        quota.Find(QuotaResourceType.Replications)!.Used.Should().Be(1);
    }

    [Fact]
    public async Task Quotas_Exhausted_RefuseWithSdrs0305And0306()
    {
        ServerGroup group = await CreateGroupAsync("first");
        await CreateGroupAsync("second");
        await CreatePairAsync(group.Id);

        Func<Task> thirdGroup = () =>
            Client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest("third", SourceAz, TargetAz, DomainId, VpcId)
            );
        Func<Task> secondPair = () =>
            Client.Replications.StartCreateAsync(
                new CreateReplicationPairRequest(group.Id, TestIds.Of("volume-2"), "second")
            );

        (await thirdGroup.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.0305");
        (await secondPair.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.0306");
    }

    [Fact]
    public async Task VersionsAndDomains_AnswerAsTheReferenceExamples()
    {
        IReadOnlyList<ApiVersion> versions = await Client.Versions.ListAsync();
        ApiVersion v1 = await Client.Versions.GetAsync("v1");
        IReadOnlyList<ActiveDomain> domains = await Client.ActiveDomains.ListAsync();

        versions.Should().ContainSingle().Which.Id.Should().Be("v1");
        v1.Status.Should().Be(ApiVersionStatus.Current);
        v1.Links.Should().ContainSingle().Which.Href.Should().Be(new Uri(Emulator.Endpoint, "v1").AbsoluteUri);
        v1.Updated.Should().Be(new DateTimeOffset(2018, 5, 30, 15, 0, 0, TimeSpan.Zero));
        ActiveDomain domain = domains.Should().ContainSingle().Which;
        domain.Id.Should().Be(DomainId);
        domain.Name.Should().Be("ActiveactiveDomain");
        domain.Description.Should().Be("my domain");
        domain.SoldOut.Should().BeFalse();
        domain.LocalReplicationCluster!.AvailabilityZone.Should().Be(SourceAz);
        domain.RemoteReplicationCluster!.AvailabilityZone.Should().Be(TargetAz);
        Func<Task> v2 = () => Client.Versions.GetAsync("v2");
        await v2.Should().ThrowAsync<SdrsNotFoundException>();
    }

    [Fact]
    public async Task Domains_ConfiguredInOptions_AreListedAndSoldOutOnesRefuseGroups()
    {
        using SdrsEmulator custom = SdrsEmulator.Start(
            new SdrsEmulatorOptions
            {
                Domains =
                [
                    new EmulatedDomain("d-1", "Paris", "eu-west-0a", "eu-west-0b") { SoldOut = true },
                    new EmulatedDomain("d-2", "Dublin", "eu-west-1a", "eu-west-1b"),
                ],
            }
        );
        using SdrsClient client = custom.CreateClient();

        (await client.ActiveDomains.ListAsync()).Select(domain => domain.Name).Should().Equal("Paris", "Dublin");
        Func<Task> soldOut = () =>
            client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest("g", "eu-west-0a", "eu-west-0b", "d-1", TestIds.Of("vpc"))
            );
        (await soldOut.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.0233");
        ServerGroup reversedZones = await (
            await client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest("g", "eu-west-1b", "eu-west-1a", "d-2", TestIds.Of("vpc"))
            )
        ).WaitForResourceAsync();
        reversedZones
            .SourceAvailabilityZone.Should()
            .Be("eu-west-1b", "either AZ of the domain can be the production site");
    }
}
