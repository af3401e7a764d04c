using System.Text.Json.Serialization;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// Several production site servers to protect at once in one protection group (reference 5.5.11, Table 5-35). Each
/// becomes a protected instance named after <see cref="NamePrefix"/> plus a suffix such as <c>-0001</c>.
/// </summary>
public sealed class BatchCreateProtectedInstancesRequest
{
    /// <summary>Initializes a new request.</summary>
    /// <param name="namePrefix">
    /// The name prefix of the protected instances (<c>name_prefix</c>): 1 to 59 characters; letters and digits of any
    /// script, '.', '_' and '-'.
    /// </param>
    /// <param name="serverGroupId">The ID of the protection group to add the instances to
    /// (<c>server_group_id</c>).</param>
    /// <param name="servers">
    /// The production site servers (<c>servers</c>): at least one. The service takes five by default; the limit can be
    /// raised, so the SDK leaves it to the service.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is empty or breaks the rule stated for it.</exception>
    public BatchCreateProtectedInstancesRequest(
        string namePrefix,
        string serverGroupId,
        IEnumerable<ProtectedInstanceServerInfo> servers
    )
    {
        ProtectedInstanceRules.NamePrefix(namePrefix, nameof(namePrefix));
        NamePrefix = namePrefix;
        ServerGroupId = SdrsValidation.Required(serverGroupId, "server_group_id", nameof(serverGroupId));
        Servers = SdrsValidation.NonEmptyList(servers, "servers", nameof(servers), "server");
    }

    /// <summary>Gets the name prefix of the protected instances (<c>name_prefix</c>).</summary>
    [JsonPropertyName("name_prefix")]
    public string NamePrefix { get; }

    /// <summary>Gets the ID of the protection group to add the instances to (<c>server_group_id</c>).</summary>
    [JsonPropertyName("server_group_id")]
    public string ServerGroupId { get; }

    /// <summary>Gets the production site servers to protect (<c>servers</c>).</summary>
    [JsonPropertyName("servers")]
    public IReadOnlyList<ProtectedInstanceServerInfo> Servers { get; }

    /// <summary>Gets or sets the description of the instances (<c>description</c>): at most 64 characters, without
    /// '&lt;' or '&gt;'.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets or sets the DSS storage pool ID (<c>cluster_id</c>); needed when the DR site disks use
    /// DSS.</summary>
    [JsonPropertyName("cluster_id")]
    public string? ClusterId { get; set; }

    /// <summary>
    /// Gets or sets the subnet ID of the DR site servers' primary NIC (<c>primary_subnet_id</c>), the
    /// <c>neutron_network_id</c> of the VPC API.
    /// </summary>
    [JsonPropertyName("primary_subnet_id")]
    public string? PrimarySubnetId { get; set; }

    /// <summary>
    /// Gets or sets whether the DR site servers are created in the shared pool or on a Dedicated Host (<c>tenancy</c>).
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

    /// <summary>Gets or sets the tags added to every instance of the batch (<c>tags</c>), at most 10.</summary>
    [JsonPropertyName("tags")]
    public IList<ResourceTag>? Tags { get; set; }

    /// <summary>Checks the optional values against the rules of the reference.</summary>
    internal void Validate()
    {
        ProtectedInstanceRules.BatchDescription(Description, nameof(Description));
        SdrsValidation.Optional(ClusterId, "cluster_id", nameof(ClusterId));
        SdrsValidation.Optional(PrimarySubnetId, "primary_subnet_id", nameof(PrimarySubnetId));
        Tenancy = ProtectedInstanceRules.DedicatedHost(
            Tenancy,
            DedicatedHostId,
            nameof(Tenancy),
            nameof(DedicatedHostId)
        );
        ProtectedInstanceRules.Tags(Tags, nameof(Tags));
    }
}
