using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>
/// Whether deleting a protected instance also deletes the DR site server and its EIP (reference 5.5.2). Both default
/// to <see langword="false"/>: the DR site server and its EIP are kept.
/// </summary>
public sealed class DeleteProtectedInstanceRequest
{
    /// <summary>Gets or sets a value indicating whether to delete the DR site server
    /// (<c>delete_target_server</c>).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    [JsonPropertyName("delete_target_server")]
    public bool DeleteTargetServer { get; set; }

    /// <summary>Gets or sets a value indicating whether to delete the EIP of the DR site server
    /// (<c>delete_target_eip</c>).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    [JsonPropertyName("delete_target_eip")]
    public bool DeleteTargetEip { get; set; }
}
