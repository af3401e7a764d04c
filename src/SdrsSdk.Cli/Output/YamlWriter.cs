using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SdrsSdk.Cli.Output;

/// <summary>
/// A small YAML 1.2 emitter for the JSON trees the tool prints: block mappings and sequences, plain scalars where
/// they cannot be misread, double-quoted strings otherwise. YAML is a superset of JSON, so the fallback for any
/// doubt is a JSON-quoted string.
/// </summary>
internal static class YamlWriter
{
    public static string Write(JsonNode? node)
    {
        var builder = new StringBuilder();
        WriteNode(builder, node, 0, inSequence: false);
        if (builder.Length == 0 || builder[^1] != '\n')
        {
            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static void WriteNode(StringBuilder builder, JsonNode? node, int indent, bool inSequence)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
                bool first = true;
                foreach ((string key, JsonNode? value) in obj)
                {
                    if (!(first && inSequence))
                    {
                        builder.Append(' ', indent);
                    }

                    first = false;
                    builder.Append(Scalar(key)).Append(':');
                    WriteValue(builder, value, indent);
                }

                break;
            case JsonArray array when array.Count > 0:
                foreach (JsonNode? item in array)
                {
                    builder.Append(' ', indent).Append("- ");
                    if (item is JsonObject { Count: > 0 })
                    {
                        WriteNode(builder, item, indent + 2, inSequence: true);
                    }
                    else if (item is JsonArray { Count: > 0 })
                    {
                        builder.Append('\n');
                        WriteNode(builder, item, indent + 2, inSequence: false);
                    }
                    else
                    {
                        builder.Append(Scalar(item)).Append('\n');
                    }
                }

                break;
            default:
                builder.Append(' ', indent).Append(Scalar(node)).Append('\n');
                break;
        }
    }

    private static void WriteValue(StringBuilder builder, JsonNode? value, int indent)
    {
        if (value is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
        {
            builder.Append('\n');
            WriteNode(builder, value, value is JsonArray ? indent : indent + 2, inSequence: false);
        }
        else
        {
            builder.Append(' ').Append(Scalar(value)).Append('\n');
        }
    }

    private static string Scalar(JsonNode? node) =>
        node switch
        {
            null => "null",
            JsonObject => "{}",
            JsonArray => "[]",
            JsonValue value when value.GetValueKind() == JsonValueKind.String => Scalar(value.GetValue<string>()),
            _ => node.ToJsonString(),
        };

    private static string Scalar(string text) =>
        IsPlainSafe(text) ? text : JsonSerializer.Serialize(text, CliJson.Options);

    private static bool IsPlainSafe(string text)
    {
        // Any digit could make a YAML 1.1 reader see a number, date, time or sexagesimal value (and would make IDs
        // quoted or not by chance): a string with a digit is always quoted.
        if (
            text.Length == 0
            || text.Trim() != text
            || text.Any(char.IsAsciiDigit)
            || "-?:,[]{}#&*!|>'\"%@`~".Contains(text[0], StringComparison.Ordinal)
        )
        {
            return false;
        }

        if (
            text
                is "null"
                    or "Null"
                    or "NULL"
                    or "true"
                    or "True"
                    or "TRUE"
                    or "false"
                    or "False"
                    or "FALSE"
                    or "yes"
                    or "Yes"
                    or "YES"
                    or "no"
                    or "No"
                    or "NO"
                    or "on"
                    or "On"
                    or "ON"
                    or "off"
                    or "Off"
                    or "OFF"
            || text.StartsWith(".inf", StringComparison.OrdinalIgnoreCase)
            || text.Equals(".nan", StringComparison.OrdinalIgnoreCase)
        )
        {
            return false;
        }

        foreach (char c in text)
        {
            if (char.IsControl(c) || c is '#' or '\'' or '"' || c > '~')
            {
                return false;
            }
        }

        return !text.Contains(": ", StringComparison.Ordinal) && !text.EndsWith(':');
    }
}
