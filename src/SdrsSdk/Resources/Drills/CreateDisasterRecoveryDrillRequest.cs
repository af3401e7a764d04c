using System.Text.Json.Serialization;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>What to create a DR drill for: a protection group, and optionally an existing drill VPC (reference 5.7.1,
/// Table 5-52).</summary>
public sealed class CreateDisasterRecoveryDrillRequest
{
    /// <summary>Initializes a request with its required values.</summary>
    /// <param name="serverGroupId">The ID of the protection group to drill (<c>server_group_id</c>).</param>
    /// <param name="name">The drill name (<c>name</c>): at most 64 bytes of UTF-8; letters and digits of any script,
    /// '.', '_' and '-'.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is empty, or <paramref name="name"/> breaks the name
    /// rules.</exception>
    public CreateDisasterRecoveryDrillRequest(string serverGroupId, string name)
    {
        ServerGroupId = SdrsValidation.Required(serverGroupId, "server_group_id", nameof(serverGroupId));
        SdrsValidation.Name(name, "name", nameof(name));
        Name = name;
    }

    /// <summary>Gets the drill name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>Gets the ID of the protection group to drill (<c>server_group_id</c>).</summary>
    [JsonPropertyName("server_group_id")]
    public string ServerGroupId { get; }

    /// <summary>
    /// Gets or sets the ID of an existing VPC to run the drill servers in (<c>drill_vpc_id</c>); its CIDR block must
    /// match the protection group's VPC.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: the service creates a drill VPC.</value>
    [JsonPropertyName("drill_vpc_id")]
    public string? DrillVpcId { get; set; }

    /// <summary>Checks the optional values; the required ones were checked by the constructor.</summary>
    internal void Validate()
    {
        if (DrillVpcId is not null)
        {
            SdrsValidation.Required(DrillVpcId, "drill_vpc_id", "drillVpcId");
        }
    }
}
