using SdrsSdk.Testing;

namespace SdrsSdk.Tests.Emulator;

/// <summary>IDs the caller chooses: UUIDs by default, as the service requires; readable IDs only with
/// <see cref="SdrsEmulatorOptions.AllowReadableIds"/>; and the helpers that make valid ones.</summary>
public sealed class ReadableIdTests
{
    [Fact]
    public void AllowReadableIds_IsOffByDefault() => new SdrsEmulatorOptions().AllowReadableIds.Should().BeFalse();

    [Fact]
    public async Task ReadableServerId_ByDefault_IsRefusedWith0210()
    {
        using SdrsEmulator emulator = SdrsEmulator.Start();
        using SdrsClient client = emulator.CreateClient();
        ServerGroup group = await CreateGroupAsync(client, EmulatedIds.NewVpcId());

        Func<Task> create = () =>
            client.ProtectedInstances.StartCreateAsync(new CreateProtectedInstanceRequest(group.Id, "ecs-1", "web"));

        (await create.Should().ThrowAsync<SdrsException>()).Which.ErrorCode.Should().Be("SDRS.0210");
    }

    [Fact]
    public async Task ReadableIds_WhenAllowed_AreAccepted()
    {
        using SdrsEmulator emulator = SdrsEmulator.Start(
            new SdrsEmulatorOptions
            {
                AllowReadableIds = true,
                VpcIds = ["vpc-1", "vpc-drill"],
                Servers = [new EmulatedServer("ecs-1") { VpcId = "vpc-1" }],
                Volumes = [new EmulatedVolume("evs-1")],
            }
        );
        using SdrsClient client = emulator.CreateClient();

        ServerGroup group = await CreateGroupAsync(client, "vpc-1");
        ProtectedInstance instance = await (
            await client.ProtectedInstances.StartCreateAsync(
                new CreateProtectedInstanceRequest(group.Id, "ecs-1", "web")
            )
        ).WaitForResourceAsync();
        ReplicationPair pair = await (
            await client.Replications.StartCreateAsync(new CreateReplicationPairRequest(group.Id, "evs-1", "data"))
        ).WaitForResourceAsync();

        instance.SourceServer.Should().Be("ecs-1");
        pair.VolumeIds.Should().StartWith("evs-1,");
    }

    [Fact]
    public void Validate_ReadableRegisteredIds_ByDefault_NamesEach()
    {
        var options = new SdrsEmulatorOptions
        {
            VpcIds = ["vpc-1"],
            Servers =
            [
                new EmulatedServer("ecs-1") { VpcId = EmulatedIds.NewVpcId() },
                new EmulatedServer { VpcId = "vpc-2" },
            ],
            Volumes = [new EmulatedVolume("evs-1")],
        };

        Action validate = options.Validate;

        validate
            .Should()
            .Throw<ArgumentException>()
            .Which.Message.Should()
            .Contain("Servers: 'ecs-1'")
            .And.Contain("Servers.VpcId: 'vpc-2'")
            .And.Contain("Volumes: 'evs-1'")
            .And.Contain("VpcIds: 'vpc-1'")
            .And.Contain("AllowReadableIds");
    }

    [Fact]
    public void Start_ReadableRegisteredIds_ByDefault_Throws()
    {
        Action start = () =>
            SdrsEmulator.Start(new SdrsEmulatorOptions { Servers = [new EmulatedServer("ecs-1")] }).Dispose();

        start.Should().Throw<ArgumentException>().WithMessage("*ecs-1*");
    }

    [Fact]
    public void Validate_ReadableRegisteredIds_WhenAllowed_Passes()
    {
        var options = new SdrsEmulatorOptions
        {
            AllowReadableIds = true,
            VpcIds = ["vpc-1"],
            Servers = [new EmulatedServer("ecs-1") { VpcId = "vpc-1" }],
            Volumes = [new EmulatedVolume("evs-1")],
        };

        options.Invoking(o => o.Validate()).Should().NotThrow();
    }

    [Fact]
    public void Validate_UnsendableIds_WhenAllowed_AreStillRefused()
    {
        var options = new SdrsEmulatorOptions { AllowReadableIds = true, VpcIds = ["vpc 1"] };

        options.Invoking(o => o.Validate()).Should().Throw<ArgumentException>().WithMessage("*'vpc 1'*");
    }

    [Fact]
    public void AddServerVolumeAndVpc_ReadableIds_ByDefault_Throw()
    {
        using SdrsEmulator emulator = SdrsEmulator.Start();

        emulator.Invoking(e => e.AddServer(new EmulatedServer("ecs-1"))).Should().Throw<ArgumentException>();
        emulator.Invoking(e => e.AddServer(new EmulatedServer { VpcId = "vpc-1" })).Should().Throw<ArgumentException>();
        emulator.Invoking(e => e.AddVolume(new EmulatedVolume("evs-1"))).Should().Throw<ArgumentException>();
        emulator.Invoking(e => e.AddVpc("vpc-1")).Should().Throw<ArgumentException>().WithParameterName("vpcId");
    }

    [Fact]
    public void AddServerVolumeAndVpc_ReadableIds_WhenAllowed_Register()
    {
        using SdrsEmulator emulator = SdrsEmulator.Start(new SdrsEmulatorOptions { AllowReadableIds = true });

        emulator.AddServer(new EmulatedServer("ecs-1") { VpcId = "vpc-1" });
        emulator.AddVolume(new EmulatedVolume("evs-1"));
        emulator.AddVpc("vpc-1");
    }

    [Fact]
    public void Helpers_MakeFreshUuids()
    {
        string[] ids =
        [
            EmulatedIds.NewServerId(),
            EmulatedIds.NewVolumeId(),
            EmulatedIds.NewVpcId(),
            EmulatedIds.NewSubnetId(),
            new EmulatedServer().Id,
            new EmulatedVolume().Id,
            EmulatedIds.NewServerId(),
        ];

        ids.Should().OnlyHaveUniqueItems();
        ids.Should()
            .AllSatisfy(id => id.Should().MatchRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    }

    [Fact]
    public async Task Helpers_IdsAreAcceptedByTheStrictEmulator()
    {
        string vpcId = EmulatedIds.NewVpcId();
        var server = new EmulatedServer { VpcId = vpcId };
        var disk = new EmulatedVolume { SizeGb = 40 };
        using SdrsEmulator emulator = SdrsEmulator.Start(
            new SdrsEmulatorOptions
            {
                VpcIds = [vpcId],
                Servers = [server],
                Volumes = [disk],
            }
        );
        using SdrsClient client = emulator.CreateClient();
        ServerGroup group = await CreateGroupAsync(client, vpcId);

        ProtectedInstance instance = await (
            await client.ProtectedInstances.StartCreateAsync(
                new CreateProtectedInstanceRequest(group.Id, server.Id, "web")
                {
                    PrimarySubnetId = EmulatedIds.NewSubnetId(),
                    PrimaryIpAddress = "192.168.0.5",
                }
            )
        ).WaitForResourceAsync();
        ReplicationPair pair = await (
            await client.Replications.StartCreateAsync(new CreateReplicationPairRequest(group.Id, disk.Id, "data"))
        ).WaitForResourceAsync();

        instance.SourceServer.Should().Be(server.Id);
        pair.RecordMetadata!.VolumeSize.Should().Be(40);
    }

    private static async Task<ServerGroup> CreateGroupAsync(SdrsClient client, string vpcId)
    {
        EmulatedDomain domain = EmulatedDomain.ReferenceExample();
        var request = new CreateServerGroupRequest(
            "orders",
            domain.LocalAvailabilityZone,
            domain.RemoteAvailabilityZone,
            domain.Id,
            vpcId
        );
        return await (await client.ServerGroups.StartCreateAsync(request)).WaitForResourceAsync();
    }
}
