using System.Text.Json.Serialization;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// New specifications (flavors) for the servers of a protected instance (reference 5.5.10, Table 5-34): both sites
/// to one flavor (<see cref="FlavorRef"/>), or each site on its own (<see cref="ProductionFlavorRef"/>,
/// <see cref="DrFlavorRef"/>, with a Dedicated Host where the site's server runs on one).
/// </summary>
/// <remarks>
/// Checked before sending: at least one flavor is given; <see cref="FlavorRef"/> is not combined with a per-site
/// flavor (the service would ignore the per-site one); a site's Dedicated Host ID comes only with a new flavor for
/// that site. The servers to resize must be stopped.
/// </remarks>
/// <example>
/// <code>
/// new ResizeProtectedInstanceRequest { FlavorRef = "e2.small" };                                  // both sites
/// new ResizeProtectedInstanceRequest { ProductionFlavorRef = "s3.small.1", DrFlavorRef = "s3.large.2" };
/// new ResizeProtectedInstanceRequest { DrFlavorRef = "e2.small", DrDedicatedHostId = dehId };     // DR site on a DeH
/// </code>
/// </example>
public sealed class ResizeProtectedInstanceRequest
{
    /// <summary>
    /// Gets or sets the flavor ID for both the production and the DR site server (<c>flavorRef</c>); afterwards both
    /// use the same specifications.
    /// </summary>
    [JsonPropertyName("flavorRef")]
    public string? FlavorRef { get; set; }

    /// <summary>Gets or sets the flavor ID for the production site server only (<c>production_flavorRef</c>).</summary>
    [JsonPropertyName("production_flavorRef")]
    public string? ProductionFlavorRef { get; set; }

    /// <summary>Gets or sets the flavor ID for the DR site server only (<c>dr_flavorRef</c>).</summary>
    [JsonPropertyName("dr_flavorRef")]
    public string? DrFlavorRef { get; set; }

    /// <summary>
    /// Gets or sets the Dedicated Host for the production site server (<c>production_dedicated_host_id</c>): required
    /// by the service when that server runs on a Dedicated Host; its current host or another.
    /// </summary>
    [JsonPropertyName("production_dedicated_host_id")]
    public string? ProductionDedicatedHostId { get; set; }

    /// <summary>
    /// Gets or sets the Dedicated Host for the DR site server (<c>dr_dedicated_host_id</c>): required by the service
    /// when that server runs on a Dedicated Host; its current host or another.
    /// </summary>
    [JsonPropertyName("dr_dedicated_host_id")]
    public string? DrDedicatedHostId { get; set; }

    /// <summary>Checks the values and their combination against the rules of the reference (5.5.10).</summary>
    /// <exception cref="ArgumentException">A rule is broken; the message lists every broken rule.</exception>
    internal void Validate() => ValidationErrors.Check(nameof(ResizeProtectedInstanceRequest), "request", errors =>
        {
            errors.AddIfBlank(FlavorRef, "flavorRef", nameof(FlavorRef));
            errors.AddIfBlank(ProductionFlavorRef, "production_flavorRef", nameof(ProductionFlavorRef));
            errors.AddIfBlank(DrFlavorRef, "dr_flavorRef", nameof(DrFlavorRef));
            errors.AddIfBlank(
                ProductionDedicatedHostId,
                "production_dedicated_host_id",
                nameof(ProductionDedicatedHostId)
            );
            errors.AddIfBlank(DrDedicatedHostId, "dr_dedicated_host_id", nameof(DrDedicatedHostId));
            errors.AddIf(
                FlavorRef is null && ProductionFlavorRef is null && DrFlavorRef is null,
                "Specify flavorRef (both sites), production_flavorRef or dr_flavorRef: there is nothing to modify.",
                nameof(FlavorRef)
            );
            errors.AddIf(
                FlavorRef is not null && ProductionFlavorRef is not null,
                "production_flavorRef does not take effect when flavorRef is specified; specify one or the other.",
                nameof(ProductionFlavorRef)
            );
            errors.AddIf(
                FlavorRef is not null && DrFlavorRef is not null,
                "dr_flavorRef does not take effect when flavorRef is specified; specify one or the other.",
                nameof(DrFlavorRef)
            );
            errors.AddIf(
                ProductionDedicatedHostId is not null && FlavorRef is null && ProductionFlavorRef is null,
                "production_dedicated_host_id is used when the production site server's specifications are "
                    + "modified; specify production_flavorRef or flavorRef with it.",
                nameof(ProductionDedicatedHostId)
            );
            errors.AddIf(
                DrDedicatedHostId is not null && FlavorRef is null && DrFlavorRef is null,
                "dr_dedicated_host_id is used when the DR site server's specifications are modified; specify "
                    + "dr_flavorRef or flavorRef with it.",
                nameof(DrDedicatedHostId)
            );
        });
}
