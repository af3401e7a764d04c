using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace SdrsSdk;

/// <summary>
/// The SDRS error-code catalog of the API reference (Appendix A.1): every documented code with its HTTP status,
/// message, description and handling measure.
/// </summary>
public static class SdrsErrorCatalog
{
    private const string ResourceName = "SdrsSdk.Errors.error-codes.json";

    private static readonly Lazy<Catalog> Entries = new(Load);

    /// <summary>Gets every entry of the catalog, in the order of the reference.</summary>
    public static IReadOnlyList<SdrsErrorInfo> All => Entries.Value.List;

    /// <summary>Looks up a code.</summary>
    /// <param name="code">The error code, for example <c>SDRS.1013</c>; case-insensitive.</param>
    /// <param name="info">The catalog entry, when the code is documented.</param>
    /// <returns><see langword="true"/> when the code is in the catalog.</returns>
    public static bool TryGet([NotNullWhen(true)] string? code, [NotNullWhen(true)] out SdrsErrorInfo? info)
    {
        info = null;
        return !string.IsNullOrWhiteSpace(code) && Entries.Value.ByCode.TryGetValue(code.Trim(), out info);
    }

    private static Catalog Load()
    {
        using Stream stream = typeof(SdrsErrorCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The embedded error catalog '{ResourceName}' is missing from the SdrsSdk assembly."
            );
        using JsonDocument document = JsonDocument.Parse(stream);
        var list = new List<SdrsErrorInfo>();
        var byCode = new Dictionary<string, SdrsErrorInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (JsonElement item in document.RootElement.GetProperty("codes").EnumerateArray())
        {
            var info = new SdrsErrorInfo(
                item.GetProperty("code").GetString()!,
                item.GetProperty("status").GetInt32(),
                item.GetProperty("message").GetString()!,
                item.GetProperty("description").GetString()!,
                item.GetProperty("handling").GetString()!,
                item.GetProperty("notFound").GetBoolean()
            );
            list.Add(info);

            // Ordinal-ignore-case: servers and users write "sdrs.1013" and "SDRS.1013" alike; first entry wins.
            byCode.TryAdd(info.Code, info);
        }

        return new Catalog(list.AsReadOnly(), byCode.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    private sealed record Catalog(IReadOnlyList<SdrsErrorInfo> List, FrozenDictionary<string, SdrsErrorInfo> ByCode);
}
