using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SdrsSdk.Testing.Internal;

/// <summary>
/// Reads a request body as the strict JSON object the reference's tables describe (RFC 8259 in UTF-8): anything else is
/// refused with <c>SDRS.0201</c> in the <c>badrequest</c> envelope, before a handler sees the body.
/// </summary>
/// <remarks>
/// Each refusal here used to reach a handler as an exception (a duplicate key, a lone surrogate, a number beyond the
/// double range) or to be read leniently (invalid UTF-8 turned into U+FFFD), so the checks are made on the bytes
/// received, once: no BOM, valid UTF-8, one JSON value that is an object, no duplicate keys in any object (net8.0
/// has no <c>AllowDuplicateProperties</c> switch), every string decodable, every number a finite double, at most
/// <see cref="MaxDepth"/> levels of nesting.
/// </remarks>
internal static class RequestJson
{
    /// <summary>The deepest nesting accepted; the reference's bodies nest four levels at most.</summary>
    public const int MaxDepth = 64;

    private static readonly UTF8Encoding StrictUtf8 = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true
    );

    public static JsonObject ParseObject(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith(Encoding.UTF8.Preamble))
        {
            throw Unreadable("the request body starts with a byte order mark");
        }

        try
        {
            _ = StrictUtf8.GetCharCount(body);
        }
        catch (DecoderFallbackException)
        {
            throw Unreadable("the request body is not valid UTF-8");
        }

        Validate(body);
        return JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = MaxDepth }) as JsonObject
            ?? throw Unreadable("the request body must be a JSON object");
    }

    private static void Validate(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth });
        var objects = new Stack<HashSet<string>?>();
        bool first = true;
        try
        {
            while (reader.Read())
            {
                if (first && reader.TokenType != JsonTokenType.StartObject)
                {
                    throw Unreadable("the request body must be a JSON object");
                }

                first = false;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        objects.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.StartArray:
                        objects.Push(null);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        objects.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        string name = Text(ref reader);
                        if (!objects.Peek()!.Add(name))
                        {
                            throw Unreadable($"the key '{Shorten(name)}' appears twice in one object");
                        }

                        break;
                    case JsonTokenType.String:
                        _ = Text(ref reader);
                        break;
                    case JsonTokenType.Number:
                        if (!reader.TryGetDouble(out double number) || !double.IsFinite(number))
                        {
                            throw Unreadable("a number is beyond the range of a double");
                        }

                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            throw Unreadable("the request body is not valid JSON (" + exception.Message + ")");
        }
    }

    /// <summary>A string token, refused when its escapes do not decode (a lone surrogate such as
    /// <c>\ud800</c>).</summary>
    private static string Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Unreadable("a string holds an escape that is not valid UTF-16 (a lone surrogate)");
        }
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";

    private static EmulatorException Unreadable(string detail) => new("SDRS.0201", detail, unreadable: true);
}
