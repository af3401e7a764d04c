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

    /// <summary>
    /// An Integer field: a JSON number without a fraction (a string such as <c>"20"</c> is refused, as the tables type
    /// the field Integer, not String); with <paramref name="truncateDecimals"/>, a number with a fraction is cut to its
    /// integer part, as 5.6.5's note on <c>new_size</c> says the service does.
    /// </summary>
    public static long? Integer(JsonObject parent, string name, bool truncateDecimals = false)
    {
        JsonNode? node = parent[name];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() == JsonValueKind.Number)
        {
            JsonValue number = node.AsValue();
            if (number.TryGetValue(out long integer))
            {
                return integer;
            }

            double value = number.GetValue<double>();
            if (truncateDecimals && Math.Abs(value) < long.MaxValue)
            {
                return (long)Math.Truncate(value);
            }
        }

        throw new EmulatorException("SDRS.0201", $"'{name}' must be an integer");
    }

    /// <summary>The string of an array item, or <see langword="null"/> when the item is not a string.</summary>
    public static string? ItemString(JsonNode? item) =>
        item?.GetValueKind() == JsonValueKind.String ? item.GetValue<string>() : null;
}
