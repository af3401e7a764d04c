using System.Text.Json.Serialization;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// What a new protection group is made of (reference 5.4.1, Table 5-9): required values through the constructor,
/// optional ones settable. Every value is checked when it is set, before any request is sent.
/// </summary>
/// <remarks>Find the AZs and the domain ID with <see cref="ActiveDomainsClient.ListAsync"/>.</remarks>
public sealed class CreateServerGroupRequest
{
    private readonly string? _description;

    /// <summary>Initializes a request with the values the reference requires.</summary>
    /// <param name="name">The name (<c>name</c>): at most 64 bytes of UTF-8; letters and digits of any script, '.', '_'
    /// and '-'.</param>
    /// <param name="sourceAvailabilityZone">The production site AZ (<c>source_availability_zone</c>).</param>
    /// <param name="targetAvailabilityZone">The DR site AZ (<c>target_availability_zone</c>).</param>
    /// <param name="domainId">The active-active domain ID (<c>domain_id</c>).</param>
    /// <param name="sourceVpcId">The ID of the production site VPC (<c>source_vpc_id</c>).</param>
    /// <exception cref="ArgumentNullException">A value is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A value is empty, or <paramref name="name"/> breaks the name
    /// rule.</exception>
    public CreateServerGroupRequest(
        string name,
        string sourceAvailabilityZone,
        string targetAvailabilityZone,
        string domainId,
        string sourceVpcId
    )
    {
        SdrsValidation.Name(name, "name", nameof(name));
        Name = name;
        SourceAvailabilityZone = SdrsValidation.Required(
            sourceAvailabilityZone,
            "source_availability_zone",
            nameof(sourceAvailabilityZone)
        );
        TargetAvailabilityZone = SdrsValidation.Required(
            targetAvailabilityZone,
            "target_availability_zone",
            nameof(targetAvailabilityZone)
        );
        DomainId = SdrsValidation.Required(domainId, "domain_id", nameof(domainId));
        SourceVpcId = SdrsValidation.Required(sourceVpcId, "source_vpc_id", nameof(sourceVpcId));
    }

    /// <summary>Gets the name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>Gets or initializes the description (<c>description</c>): at most 64 bytes, without '&lt;' or
    /// '&gt;'.</summary>
    /// <exception cref="ArgumentException">The value is longer than 64 bytes or contains '&lt;' or '&gt;'.</exception>
    [JsonPropertyName("description")]
    public string? Description
    {
        get => _description;
        init
        {
            SdrsValidation.Description(value, "description", nameof(Description));
            _description = value;
        }
    }

    /// <summary>Gets the production site AZ (<c>source_availability_zone</c>).</summary>
    [JsonPropertyName("source_availability_zone")]
    public string SourceAvailabilityZone { get; }

    /// <summary>Gets the DR site AZ (<c>target_availability_zone</c>).</summary>
    [JsonPropertyName("target_availability_zone")]
    public string TargetAvailabilityZone { get; }

    /// <summary>Gets the active-active domain ID (<c>domain_id</c>).</summary>
    [JsonPropertyName("domain_id")]
    public string DomainId { get; }

    /// <summary>Gets the ID of the production site VPC (<c>source_vpc_id</c>).</summary>
    [JsonPropertyName("source_vpc_id")]
    public string SourceVpcId { get; }

    /// <summary>
    /// Gets or initializes the deployment model (<c>dr_type</c>); left out, the server uses
    /// <see cref="SdrsSdk.DrType.Migration"/>.
    /// </summary>
    [JsonPropertyName("dr_type")]
    public DrType? DrType { get; init; }
}
