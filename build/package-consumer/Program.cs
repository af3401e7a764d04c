using SdrsSdk;
using SdrsSdk.Testing;

// A throwaway application that uses SdrsSdk and SdrsSdk.Testing the way users do: as NuGet packages.
await using SdrsEmulator emulator = SdrsEmulator.Start();
using SdrsClient client = emulator.CreateClient();
ActiveDomain domain = (await client.ActiveDomains.ListAsync())[0];
ServerGroup group = await (await client.ServerGroups.StartCreateAsync(new CreateServerGroupRequest(
        "package-check", domain.LocalReplicationCluster!.AvailabilityZone!, domain.RemoteReplicationCluster!.AvailabilityZone!, domain.Id, EmulatedIds.NewVpcId())))
    .WaitForResourceAsync();
await (await client.ServerGroups.StartDeleteAsync(group.Id)).WaitForCompletionAsync();
string version = typeof(SdrsClient).Assembly.GetName().Version!.ToString();
Console.WriteLine($"package consumer OK: SdrsSdk {version} created and deleted {group.Name} ({group.Id})");
