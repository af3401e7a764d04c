using System.Text.Json.Serialization;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>One production site server of a batch creation of protected instances (reference 5.5.11, Table
/// 5-36).</summary>
public sealed class ProtectedInstanceServerInfo
{
    /// <summary>Initializes a new server entry.</summary>
    /// <param name="serverId">The ID of the production site server (<c>server_id</c>).</param>
    /// <param name="flavorRef">
    /// The flavor ID of its DR site server (<c>flavorRef</c>), or <see langword="null"/> for the production site
    /// server's flavor.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="serverId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="serverId"/> is empty, or <paramref name="flavorRef"/> is
    /// empty.</exception>
    public ProtectedInstanceServerInfo(string serverId, string? flavorRef = null)
    {
        ServerId = SdrsValidation.Required(serverId, "server_id", nameof(serverId));
        SdrsValidation.Optional(flavorRef, "flavorRef", nameof(flavorRef));

        FlavorRef = flavorRef;
    }

    /// <summary>Gets the ID of the production site server (<c>server_id</c>).</summary>
    [JsonPropertyName("server_id")]
    public string ServerId { get; }

    /// <summary>Gets the flavor ID of the DR site server (<c>flavorRef</c>), or <see langword="null"/> for the
    /// production site server's.</summary>
    [JsonPropertyName("flavorRef")]
    public string? FlavorRef { get; }
}
