namespace SdrsSdk.Testing;

/// <summary>A production site server (ECS) registered with the emulator, to make its checks strict.</summary>
/// <remarks>
/// By default the emulator accepts any server ID when a protected instance is created. Once at least one server
/// is registered (in <see cref="SdrsEmulatorOptions.Servers"/> or with <see cref="SdrsEmulator.AddServer"/>), only
/// registered servers are accepted: an unknown ID is answered with <c>SDRS.1326</c> (server not found), a server in
/// another VPC than the protection group with <c>SDRS.1304</c>, and one in another AZ than the group's current
/// production site with <c>SDRS.1303</c>.
/// <code>
/// var server = new EmulatedServer { VpcId = vpcId, AvailabilityZone = "cn-north-1a" };   // a fresh server ID
/// emulator.AddServer(server);
/// emulator.AddServer(new EmulatedServer("5fb92d6c-b0cb-46c9-824b-b90ec5500ae6") { VpcId = vpcId });
/// </code>
/// The server ID and <see cref="VpcId"/> must be UUIDs, as the service's are, unless
/// <see cref="SdrsEmulatorOptions.AllowReadableIds"/> is on.
/// </remarks>
public sealed class EmulatedServer
{
    /// <summary>Initializes a new server with a fresh ID (<see cref="EmulatedIds.NewServerId"/>).</summary>
    public EmulatedServer()
        : this(EmulatedIds.NewServerId()) { }

    /// <summary>Initializes a new server.</summary>
    /// <param name="id">The server ID: a UUID, unless <see cref="SdrsEmulatorOptions.AllowReadableIds"/> is on.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public EmulatedServer(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>Gets the server ID.</summary>
    public string Id { get; }

    /// <summary>Gets or sets the VPC the server is in; <see langword="null"/> accepts any protection group's
    /// VPC.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? VpcId { get; init; }

    /// <summary>Gets or sets the AZ the server is in; <see langword="null"/> accepts any production site AZ.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? AvailabilityZone { get; init; }

    /// <summary>Gets or sets the server's flavor, the current flavor of its protected instance's production site
    /// server.</summary>
    /// <value>The default value is <see langword="null"/> (unknown).</value>
    public string? FlavorRef { get; init; }
}
