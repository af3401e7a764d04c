using System.Text.Json.Serialization;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// What to protect: a production site server to add to a protection group, for which SDRS creates a DR site server
/// (reference 5.5.1, Table 5-17). Required values go through the constructor; the rest are optional.
/// </summary>
public sealed class CreateProtectedInstanceRequest
{
    /// <summary>Initializes a new request.</summary>
    /// <param name="serverGroupId">The ID of the protection group to add the instance to
    /// (<c>server_group_id</c>).</param>
    /// <param name="serverId">The ID of the production site server (<c>server_id</c>).</param>
    /// <param name="name">
    /// The protected instance name (<c>name</c>): at most 64 bytes of UTF-8; letters and digits of any script, '.', '_'
    /// and '-'.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is empty or breaks the rule stated for it.</exception>
    public CreateProtectedInstanceRequest(string serverGroupId, string serverId, string name)
    {
        ServerGroupId = SdrsValidation.Required(serverGroupId, "server_group_id", nameof(serverGroupId));
        ServerId = SdrsValidation.Required(serverId, "server_id", nameof(serverId));
        SdrsValidation.Name(name, "name", nameof(name));
        Name = name;
    }

    /// <summary>Gets the ID of the protection group to add the instance to (<c>server_group_id</c>).</summary>
    [JsonPropertyName("server_group_id")]
    public string ServerGroupId { get; }

    /// <summary>Gets the ID of the production site server (<c>server_id</c>).</summary>
    [JsonPropertyName("server_id")]
    public string ServerId { get; }

    /// <summary>Gets the protected instance name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>Gets or sets the description (<c>description</c>): at most 64 bytes, without '&lt;' or
    /// '&gt;'.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets or sets the DSS storage pool ID (<c>cluster_id</c>); needed when the DR site disk uses
    /// DSS.</summary>
    [JsonPropertyName("cluster_id")]
    public string? ClusterId { get; set; }

    /// <summary>
    /// Gets or sets the network ID of the subnet of the DR site server's primary NIC (<c>primary_subnet_id</c>), the
    /// <c>neutron_network_id</c> of the VPC API.
    /// </summary>
    [JsonPropertyName("primary_subnet_id")]
    public string? PrimarySubnetId { get; set; }

    /// <summary>
    /// Gets or sets the IP address of the DR site server's primary NIC (<c>primary_ip_address</c>); only with
    /// <see cref="PrimarySubnetId"/>. Left out, the service assigns one.
    /// </summary>
    [JsonPropertyName("primary_ip_address")]
    public string? PrimaryIpAddress { get; set; }

    /// <summary>
    /// Gets or sets the flavor ID of the DR site server (<c>flavorRef</c>). Left out, it is the production site
    /// server's flavor.
    /// </summary>
    [JsonPropertyName("flavorRef")]
    public string? FlavorRef { get; set; }

    /// <summary>
    /// Gets or sets whether the DR site server is created in the shared pool or on a Dedicated Host (<c>tenancy</c>).
    /// Any case is accepted; the value is set to its wire spelling (<c>shared</c> or <c>dedicated</c>) when the
    /// request is checked, and any other value is refused.
    /// </summary>
    [JsonPropertyName("tenancy")]
    public Tenancy? Tenancy { get; set; }

    /// <summary>
    /// Gets or sets the Dedicated Host ID (<c>dedicated_host_id</c>); only with <see cref="Tenancy"/> set to
    /// <see cref="SdrsSdk.Tenancy.Dedicated"/>. Left out, the service picks a Dedicated Host.
    /// </summary>
    [JsonPropertyName("dedicated_host_id")]
    public string? DedicatedHostId { get; set; }

    /// <summary>Gets or sets the tags of the protected instance (<c>tags</c>), at most 10.</summary>
    [JsonPropertyName("tags")]
    public IList<ResourceTag>? Tags { get; set; }

    /// <summary>Checks the optional values against the rules of the reference.</summary>
    internal void Validate()
    {
        SdrsValidation.Description(Description, "description", nameof(Description));
        SdrsValidation.Optional(ClusterId, "cluster_id", nameof(ClusterId));
        SdrsValidation.Optional(PrimarySubnetId, "primary_subnet_id", nameof(PrimarySubnetId));
        SdrsValidation.Optional(PrimaryIpAddress, "primary_ip_address", nameof(PrimaryIpAddress));
        SdrsValidation.Optional(FlavorRef, "flavorRef", nameof(FlavorRef));
        SdrsValidation.Check(
            PrimaryIpAddress is null || PrimarySubnetId is not null,
            "primary_ip_address is valid only when primary_subnet_id is specified.",
            nameof(PrimaryIpAddress)
        );

        Tenancy = ProtectedInstanceRules.DedicatedHost(
            Tenancy,
            DedicatedHostId,
            nameof(Tenancy),
            nameof(DedicatedHostId)
        );
        ProtectedInstanceRules.Tags(Tags, nameof(Tags));
    }
}
