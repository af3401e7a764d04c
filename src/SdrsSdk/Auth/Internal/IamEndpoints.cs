using System.Globalization;

namespace SdrsSdk.Auth.Internal;

/// <summary>Where IAM is for a region, and which region an SDRS endpoint names.</summary>
internal static class IamEndpoints
{
    private const string CloudDomain = ".myhuaweicloud.com";

    /// <summary>The IAM endpoint of a region: <c>https://iam.{region}.myhuaweicloud.com/</c> (reference 3.1).</summary>
    public static Uri ForRegion(string region) =>
        new(string.Create(CultureInfo.InvariantCulture, $"https://iam.{region.Trim()}{CloudDomain}/"));

    /// <summary>
    /// The region in effect: the one set, else the one an endpoint of the form
    /// <c>https://sdrs.{region}.myhuaweicloud.com</c>
    /// names, else <see langword="null"/>.
    /// </summary>
    public static string? EffectiveRegion(string? region, Uri? sdrsEndpoint)
    {
        if (!string.IsNullOrWhiteSpace(region))
        {
            return IsRegionName(region.Trim()) ? region.Trim() : null;
        }

        if (sdrsEndpoint is null || !sdrsEndpoint.IsAbsoluteUri)
        {
            return null;
        }

        string host = sdrsEndpoint.Host;
        if (
            !host.StartsWith("sdrs.", StringComparison.OrdinalIgnoreCase)
            || !host.EndsWith(CloudDomain, StringComparison.OrdinalIgnoreCase)
        )
        {
            return null;
        }

        string candidate = host["sdrs.".Length..^CloudDomain.Length];
        return IsRegionName(candidate) ? candidate.ToLowerInvariant() : null;
    }

    /// <summary>Whether text can be a region (and so a host label): letters, digits and '-', at most 63
    /// characters.</summary>
    public static bool IsRegionName(string value) =>
        value.Length is > 0 and <= 63 && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
