using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace SdrsSdk;

/// <summary>
/// The regions where SDRS is served and the endpoint of each, as Huawei Cloud's own SDKs list them. A region is not
/// a host name to format: <c>ap-southeast-2</c>, for one, is served from the <c>ap-southeast-3</c> endpoint.
/// </summary>
/// <remarks>
/// <see cref="SdrsClientOptions.Region"/> must be one of these; for any other deployment (a new region, a dedicated
/// cloud, a proxy, the emulator) set <see cref="SdrsClientOptions.Endpoint"/> instead.
/// </remarks>
public static class SdrsRegions
{
    /// <summary>Gets the SDRS endpoint of each region, by region name.</summary>
    public static IReadOnlyDictionary<string, Uri> Endpoints { get; } =
        new ReadOnlyDictionary<string, Uri>(
            new Dictionary<string, Uri>(StringComparer.Ordinal)
            {
                ["af-south-1"] = Endpoint("af-south-1"),
                ["ap-southeast-2"] = Endpoint("ap-southeast-3"),
                ["ap-southeast-3"] = Endpoint("ap-southeast-3"),
                ["cn-east-2"] = Endpoint("cn-east-2"),
                ["cn-east-3"] = Endpoint("cn-east-3"),
                ["cn-north-4"] = Endpoint("cn-north-4"),
                ["cn-south-1"] = Endpoint("cn-south-1"),
            }
        );

    /// <summary>Gets the endpoint of a region.</summary>
    /// <param name="region">The region name, such as <c>ap-southeast-3</c>.</param>
    /// <param name="endpoint">The region's SDRS endpoint, when it is one of <see cref="Endpoints"/>.</param>
    /// <returns><see langword="true"/> when SDRS is known to be served in the region.</returns>
    public static bool TryGetEndpoint(string? region, [NotNullWhen(true)] out Uri? endpoint)
    {
        endpoint = null;
        return region is not null && Endpoints.TryGetValue(region.Trim(), out endpoint);
    }

    private static Uri Endpoint(string host) => new($"https://sdrs.{host}.myhuaweicloud.com/");
}
