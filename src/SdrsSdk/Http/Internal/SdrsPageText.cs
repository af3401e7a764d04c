using System.Globalization;

namespace SdrsSdk.Http.Internal;

/// <summary>The one <c>ToString</c> text of every page type: how many items it holds, of how many.</summary>
internal static class SdrsPageText
{
    public static string Describe(int items, int? count, string noun) =>
        $"{items} {noun} of {count?.ToString(CultureInfo.InvariantCulture) ?? "?"}";
}
