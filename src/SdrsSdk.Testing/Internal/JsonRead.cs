using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SdrsSdk.Testing.Internal;

/// <summary>Reads request fields, refusing wrong types with <c>SDRS.0201</c> and the field's name.</summary>
internal static class JsonRead
{
    public static JsonObject RequiredObject(JsonObject parent, string name) =>
        OptionalObject(parent, name) ?? throw new EmulatorException("SDRS.0201", $"'{name}' is required");

    public static JsonObject? OptionalObject(JsonObject parent, string name)
    {
        JsonNode? node = parent[name];
        return node switch
        {
            null => null,
            JsonObject value => value,
            _ => throw new EmulatorException("SDRS.0201", $"'{name}' must be an object"),
        };
    }

    public static JsonArray? OptionalArray(JsonObject parent, string name)
    {
        JsonNode? node = parent[name];
        return node switch
        {
            null => null,
            JsonArray value => value,
            _ => throw new EmulatorException("SDRS.0201", $"'{name}' must be an array"),
        };
    }

    public static string? String(JsonObject parent, string name)
    {
        JsonNode? node = parent[name];
        if (node is null)
        {
            return null;
        }

        return node.GetValueKind() == JsonValueKind.String
            ? node.GetValue<string>()
            : throw new EmulatorException("SDRS.0201", $"'{name}' must be a string");
    }

    /// <summary>A string field that some clients send as a number (5.8.1 <c>offset</c>, <c>limit</c>).</summary>
    public static string? StringOrNumber(JsonObject parent, string name)
    {
        JsonNode? node = parent[name];
        return node?.GetValueKind() switch
        {
            null => null,
            JsonValueKind.String => node.GetValue<string>(),
            JsonValueKind.Number => node.ToJsonString(),
            _ => throw new EmulatorException("SDRS.0201", $"'{name}' must be a string"),
        };
    }

    public static bool? Boolean(JsonObject parent, string name)
    {
        JsonNode? node = parent[name];
        return node?.GetValueKind() switch
        {
            null => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new EmulatorException("SDRS.0201", $"'{name}' must be true or false"),
        };
    }

    /// <summary>An integer; a decimal is cut to its integer part and a numeric string is read, as the reference's 5.6.5
    /// allows.</summary>
    public static long? Integer(JsonObject parent, string name)
    {
        JsonNode? node = parent[name];
        switch (node?.GetValueKind())
        {
            case null:
                return null;
            case JsonValueKind.Number:
                return (long)Math.Truncate(node.GetValue<double>());
            case JsonValueKind.String
                when double.TryParse(
                    node.GetValue<string>(),
                    NumberStyles.Float,
                    CultureInfo.InvariantCulture,
                    out double parsed
                ):
                return (long)Math.Truncate(parsed);
            default:
                throw new EmulatorException("SDRS.0201", $"'{name}' must be a number");
        }
    }

    /// <summary>The string of an array item, or <see langword="null"/> when the item is not a string.</summary>
    public static string? ItemString(JsonNode? item) =>
        item?.GetValueKind() == JsonValueKind.String ? item.GetValue<string>() : null;
}
