using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace SdrsSdk.Cli.Output;

/// <summary>
/// The one place the tool turns SDK models into JSON: the models' own <c>[JsonPropertyName]</c> wire names and
/// converters (the SDK's extensible enums and timestamps), indented, with nulls kept so every field of a type is
/// always present.
/// </summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } =
        new()
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };

    /// <summary>Converts a value to a JSON tree.</summary>
    public static JsonNode? ToNode(object? value) =>
        value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), Options);

    /// <summary>Writes a JSON tree as indented text.</summary>
    public static string Write(JsonNode? node) => node?.ToJsonString(Options) ?? "null";
}
