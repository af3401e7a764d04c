namespace SdrsSdk.Testing;

/// <summary>
/// Fresh IDs, in the UUID form the service requires, for the cloud resources a test names without creating them:
/// production site servers and disks, VPCs and subnets.
/// </summary>
/// <remarks>
/// <para>
/// The emulator, like the service, refuses an ID that is not a UUID with the field's error code (<c>SDRS.0210</c>
/// for a server, <c>SDRS.0211</c> for a disk, <c>SDRS.0204</c> for a VPC), unless
/// <see cref="SdrsEmulatorOptions.AllowReadableIds"/> is on. Each call returns a new random ID; keep it in a
/// variable to use it twice.
/// </para>
/// <code>
/// string vpcId = EmulatedIds.NewVpcId();
/// var server = new EmulatedServer { VpcId = vpcId };          // a fresh server ID, see EmulatedServer()
/// using SdrsEmulator emulator = SdrsEmulator.Start(new SdrsEmulatorOptions { Servers = [server], VpcIds = [vpcId] });
///
/// await client.ServerGroups.StartCreateAsync(new CreateServerGroupRequest("orders", az1, az2, domainId, vpcId));
/// await client.ProtectedInstances.StartCreateAsync(new CreateProtectedInstanceRequest(groupId, server.Id, "web"));
/// </code>
/// </remarks>
public static class EmulatedIds
{
    /// <summary>Returns a new production site server (ECS) ID, for <c>server_id</c>.</summary>
    /// <returns>A random UUID in its 36-character lowercase form.</returns>
    public static string NewServerId() => NewId();

    /// <summary>Returns a new production site disk (EVS) ID, for <c>volume_id</c>.</summary>
    /// <returns>A random UUID in its 36-character lowercase form.</returns>
    public static string NewVolumeId() => NewId();

    /// <summary>Returns a new VPC ID, for <c>source_vpc_id</c> and <c>drill_vpc_id</c>.</summary>
    /// <returns>A random UUID in its 36-character lowercase form.</returns>
    public static string NewVpcId() => NewId();

    /// <summary>Returns a new subnet (network) ID, for <c>primary_subnet_id</c> and the <c>subnet_id</c> of a
    /// NIC.</summary>
    /// <returns>A random UUID in its 36-character lowercase form.</returns>
    public static string NewSubnetId() => NewId();

    private static string NewId() => Guid.NewGuid().ToString("D");
}
