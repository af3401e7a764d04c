using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SdrsSdk.Serialization;

/// <summary>
/// Reads and writes an extensible string-backed value: any string from the server deserializes, including values
/// this SDK version does not know yet, so a new server status never breaks a caller.
/// </summary>
/// <remarks>
/// A type has a handful of values, and a list of a thousand resources repeats them a thousand times. So the first
/// <see cref="CacheCapacity"/> distinct values read for a type are remembered with their UTF-8 bytes, and reading one
/// again compares bytes and returns the remembered value without allocating a string. Values past the capacity (a
/// server sending endless distinct values) are read as before, without being remembered.
/// </remarks>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class StringValueConverter<T> : JsonConverter<T>
    where T : struct, IStringValue<T>
{
    /// <summary>How many distinct values of one type are remembered.</summary>
    internal const int CacheCapacity = 32;

    private static Entry[] s_known = [];

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        return reader.TokenType switch
        {
            JsonTokenType.Null => default,
            JsonTokenType.String => ReadString(ref reader),
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

    private static T ReadString(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return T.FromWire(reader.GetString() ?? string.Empty);
        }

        ReadOnlySpan<byte> utf8 = reader.ValueSpan;
        Entry[] known = Volatile.Read(ref s_known);
        foreach (Entry entry in known)
        {
            if (entry.Utf8.Length == utf8.Length && utf8.SequenceEqual(entry.Utf8))
            {
                return entry.Value;
            }
        }

        T value = T.FromWire(reader.GetString() ?? string.Empty);
        Remember(known, utf8.ToArray(), value);
        return value;
    }

    /// <summary>Adds a value to the remembered ones (copy on write), unless it is full or another thread added
    /// it.</summary>
    private static void Remember(Entry[] seen, byte[] utf8, T value)
    {
        Entry[] known = seen;
        while (known.Length < CacheCapacity)
        {
            foreach (Entry entry in known)
            {
                if (entry.Utf8.AsSpan().SequenceEqual(utf8))
                {
                    return;
                }
            }

            Entry[] larger = [.. known, new Entry(utf8, value)];
            Entry[] current = Interlocked.CompareExchange(ref s_known, larger, known);
            if (ReferenceEquals(current, known))
            {
                return;
            }

            known = current;
        }
    }

    private readonly record struct Entry(byte[] Utf8, T Value);
}
