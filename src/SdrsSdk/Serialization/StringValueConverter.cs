using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SdrsSdk.Serialization;

/// <summary>An extensible string-backed value (status, job type, …) that can be created from any wire string.</summary>
/// <typeparam name="TSelf">The value type itself.</typeparam>
internal interface IStringValue<TSelf>
    where TSelf : struct, IStringValue<TSelf>
{
    /// <summary>Creates the value from the string the server sent.</summary>
    static abstract TSelf FromWire(string value);
}

/// <summary>
/// Reads and writes an extensible string-backed value: any string from the server deserializes, including values
/// this SDK version does not know yet, so a new server status never breaks a caller.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class StringValueConverter<T> : JsonConverter<T>
    where T : struct, IStringValue<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        return reader.TokenType switch
        {
            JsonTokenType.Null => default,
            JsonTokenType.String => T.FromWire(reader.GetString() ?? string.Empty),
            JsonTokenType.Number => T.FromWire(Encoding.UTF8.GetString(reader.ValueSpan)),
            JsonTokenType.True => T.FromWire("true"),
            JsonTokenType.False => T.FromWire("false"),
            _ => throw new JsonException($"Expected a string value for {typeof(T).Name} but found {reader.TokenType}."),
        };
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        writer.WriteStringValue(value.ToString());
    }
}
