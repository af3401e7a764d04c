using System.Text.Json.Nodes;

namespace SdrsSdk.Tests.TestSupport;

/// <summary>The example bodies of the API reference, repaired to valid JSON (see Examples/README.md).</summary>
internal static class Examples
{
    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", relativePath));

    public static JsonNode Json(string relativePath) => JsonNode.Parse(Read(relativePath))!;
}
