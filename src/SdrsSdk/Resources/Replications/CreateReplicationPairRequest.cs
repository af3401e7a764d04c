using System.Text.Json.Serialization;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// What to create a replication pair from: a production site disk, added to a protection group (reference 5.6.1,
/// Table 5-39). The DR site disk is created by the service.
/// </summary>
public sealed class CreateReplicationPairRequest
{
    /// <summary>Initializes a request with its required values.</summary>
    /// <param name="serverGroupId">The ID of the protection group to add the pair to (<c>server_group_id</c>).</param>
    /// <param name="volumeId">The ID of the production site disk (<c>volume_id</c>).</param>
    /// <param name="name">
    /// The pair name (<c>name</c>): at most 64 bytes of UTF-8; letters and digits of any script, '.', '_' and '-'.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is empty, or <paramref name="name"/> breaks the name
    /// rules.</exception>
    public CreateReplicationPairRequest(string serverGroupId, string volumeId, string name)
    {
        ServerGroupId = SdrsValidation.Required(serverGroupId, "server_group_id", nameof(serverGroupId));
        VolumeId = SdrsValidation.Required(volumeId, "volume_id", nameof(volumeId));
        SdrsValidation.Name(name, "name", nameof(name));
        Name = name;
    }

    /// <summary>Gets the ID of the protection group to add the pair to (<c>server_group_id</c>).</summary>
    [JsonPropertyName("server_group_id")]
    public string ServerGroupId { get; }

    /// <summary>Gets the ID of the production site disk (<c>volume_id</c>).</summary>
    [JsonPropertyName("volume_id")]
    public string VolumeId { get; }

    /// <summary>Gets the pair name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>Gets or sets the pair description (<c>description</c>): at most 64 bytes, without '&lt;' or
    /// '&gt;'.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets or sets the DSS storage pool ID (<c>cluster_id</c>).</summary>
    [JsonPropertyName("cluster_id")]
    public string? ClusterId { get; set; }

    /// <summary>Checks the optional values; the required ones were checked by the constructor.</summary>
    internal void Validate()
    {
        SdrsValidation.Description(Description, "description", "description");
        if (ClusterId is not null)
        {
            SdrsValidation.Required(ClusterId, "cluster_id", "clusterId");
        }
    }
}
