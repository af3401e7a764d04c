using System.Text.Json.Serialization;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>Options of deleting a replication pair (reference 5.6.2, Table 5-40); every value is optional.</summary>
public sealed class DeleteReplicationPairRequest
{
    /// <summary>Gets or sets the ID of the protection group the pair belongs to (<c>server_group_id</c>).</summary>
    [JsonPropertyName("server_group_id")]
    public string? ServerGroupId { get; set; }

    /// <summary>Gets or sets a value indicating whether to delete the DR site disk too
    /// (<c>delete_target_volume</c>).</summary>
    /// <value>The default value is <see langword="null"/>: not sent, and the service keeps the DR site disk
    /// (<c>false</c>).</value>
    [JsonPropertyName("delete_target_volume")]
    public bool? DeleteTargetVolume { get; set; }

    /// <summary>Checks the values that are set.</summary>
    internal void Validate()
    {
        if (ServerGroupId is not null)
        {
            SdrsValidation.Required(ServerGroupId, "server_group_id", "serverGroupId");
        }
    }
}
