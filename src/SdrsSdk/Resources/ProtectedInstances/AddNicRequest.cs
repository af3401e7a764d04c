using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>A NIC to add to a protected instance (reference 5.5.8, Tables 5-33 and the request table).</summary>
public sealed class AddNicRequest
{
    /// <summary>Initializes a new request.</summary>
    /// <param name="subnetId">
    /// The subnet of the NIC (<c>subnet_id</c>): the subnet's network ID, the <c>neutron_network_id</c> of the VPC API.
    /// It must be in the VPC of the protection group.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="subnetId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="subnetId"/> is empty.</exception>
    public AddNicRequest(string subnetId)
    {
        SubnetId = SdrsValidation.Required(subnetId, "subnet_id", nameof(subnetId));
    }

    /// <summary>Gets the subnet's network ID (<c>subnet_id</c>).</summary>
    public string SubnetId { get; }

    /// <summary>Gets or sets the IDs of the NIC's security groups (sent as <c>security_groups[].id</c>).</summary>
    public IList<string>? SecurityGroupIds { get; set; }

    /// <summary>Gets or sets the NIC's IP address (<c>ip_address</c>). Left out, the service assigns one.</summary>
    public string? IpAddress { get; set; }
}
