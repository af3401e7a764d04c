namespace SdrsSdk.Testing;

/// <summary>An active-active domain the emulator offers (reference 5.3.1): two AZs that can protect each
/// other.</summary>
/// <remarks>
/// Protection groups are created in a domain: their production and DR site AZs must be the domain's two AZs
/// (in either order). A domain marked <see cref="SoldOut"/> is listed but refuses new protection groups.
/// <code>
/// var options = new SdrsEmulatorOptions();
/// options.Domains.Add(new EmulatedDomain("my-domain-id", "MyDomain", "eu-west-0a", "eu-west-0b"));
/// </code>
/// </remarks>
public sealed class EmulatedDomain
{
    /// <summary>Initializes a new domain.</summary>
    /// <param name="id">The domain ID (<c>domain_id</c> when creating a protection group).</param>
    /// <param name="name">The domain name.</param>
    /// <param name="localAvailabilityZone">The AZ of the local replication cluster.</param>
    /// <param name="remoteAvailabilityZone">The AZ of the remote replication cluster.</param>
    /// <exception cref="ArgumentException">A value is empty, or the two AZs are the same.</exception>
    public EmulatedDomain(string id, string name, string localAvailabilityZone, string remoteAvailabilityZone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(localAvailabilityZone);
        ArgumentException.ThrowIfNullOrWhiteSpace(remoteAvailabilityZone);
        if (string.Equals(localAvailabilityZone, remoteAvailabilityZone, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                "An active-active domain spans two different AZs.",
                nameof(remoteAvailabilityZone)
            );
        }

        Id = id;
        Name = name;
        LocalAvailabilityZone = localAvailabilityZone;
        RemoteAvailabilityZone = remoteAvailabilityZone;
    }

    /// <summary>Gets the domain ID.</summary>
    public string Id { get; }

    /// <summary>Gets the domain name.</summary>
    public string Name { get; }

    /// <summary>Gets the AZ of the local replication cluster.</summary>
    public string LocalAvailabilityZone { get; }

    /// <summary>Gets the AZ of the remote replication cluster.</summary>
    public string RemoteAvailabilityZone { get; }

    /// <summary>Gets or sets the description.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Description { get; init; }

    /// <summary>Gets or sets a value indicating whether the domain's resources are sold out (it then refuses new
    /// groups).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool SoldOut { get; init; }

    /// <summary>Gets the domain of the reference's example: <c>ActiveactiveDomain</c> over <c>cn-north-1a</c> and
    /// <c>cn-north-1b</c>.</summary>
    /// <returns>A new instance of the example domain.</returns>
    public static EmulatedDomain ReferenceExample() =>
        new("fb4bb8e3-a574-4437-a156-78c916aeea4d", "ActiveactiveDomain", "cn-north-1a", "cn-north-1b")
        {
            Description = "my domain",
        };
}
