using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Refit;
using SdrsSdk.Errors.Internal;
using SdrsSdk.Http.Internal;

namespace SdrsSdk.Serialization;

/// <summary>
/// Reads success bodies for Refit, and turns every body that does not answer the call into a typed
/// <see cref="SdrsException"/> carrying status, request ID and the raw body: empty, not UTF-8, not JSON, truncated,
/// <c>null</c>, an array where an object belongs, an object with none of the expected fields, or an error envelope
/// sent with a success status. Unknown fields are ignored; missing optional fields read as null (numbers and flags too) or empty (lists).
/// </summary>
/// <remarks>Request bodies are written by Refit's System.Text.Json serializer with the same source-generated metadata.</remarks>
internal sealed class SdrsContentSerializer : IHttpContentSerializer
{
    private static readonly ConditionalWeakTable<object, SdrsResponseSnapshot> Origins = [];

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly JsonSerializerOptions _options;
    private readonly SystemTextJsonContentSerializer _writer;
    private readonly TimeProvider _time;

    public SdrsContentSerializer(JsonSerializerOptions options, TimeProvider time)
    {
        _options = options;
        _writer = new SystemTextJsonContentSerializer(options);
        _time = time;
    }

    /// <summary>Finds the response a deserialized body came from, to report a problem found in it later.</summary>
    public static bool TryGetOrigin(object body, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SdrsResponseSnapshot? origin) =>
        Origins.TryGetValue(body, out origin);

    public HttpContent ToHttpContent<T>(T item) => _writer.ToHttpContent(item);

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => _writer.GetFieldNameForProperty(propertyInfo);

    public async Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        SdrsResponseSnapshot? origin;
        ReadOnlyMemory<byte> body;
        if (content is SdrsResponseContent buffered)
        {
            origin = SdrsResponseSnapshot.From(buffered.Response, _time);
            body = buffered.Body;
        }
        else
        {
            origin = null;
            body = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        // A UTF-8 byte order mark is legal before JSON text (RFC 8259 lets a parser ignore it); the reader does not skip it.
        if (body.Span.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
        }

        var typeInfo = (JsonTypeInfo<T>)_options.GetTypeInfo(typeof(T));
        string? problem = FindProblem(body.Span, typeInfo);
        if (problem is not null)
        {
            throw Invalid(origin, problem, null);
        }

        T? value;
        try
        {
            value = JsonSerializer.Deserialize(body.Span, typeInfo);
        }
        catch (JsonException exception)
        {
            throw Invalid(origin, $"The response body could not be read as the expected JSON{(exception.Path is null ? string.Empty : " at " + exception.Path)}", exception);
        }

        if (value is null)
        {
            throw Invalid(origin, "The response body is the JSON literal null where a JSON value was expected", null);
        }

        if (origin is not null && !typeof(T).IsValueType)
        {
            Origins.AddOrUpdate(value, origin);
        }

        return value;
    }

    /// <summary>Checks what can be checked before deserializing: bytes, encoding, root kind and expected fields.</summary>
    /// <returns>Why the body does not answer the call, or <see langword="null"/> when it may.</returns>
    private static string? FindProblem(ReadOnlySpan<byte> body, JsonTypeInfo typeInfo)
    {
        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            return "The response has an empty body where a JSON body was expected";
        }

        if (!Utf8.IsValid(body))
        {
            return "The response body is not valid UTF-8";
        }

        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                return "The response has an empty body where a JSON body was expected";
            }

            JsonTokenType root = reader.TokenType;
            switch (typeInfo.Kind)
            {
                case JsonTypeInfoKind.Object when root == JsonTokenType.Null:
                case JsonTypeInfoKind.Enumerable when root == JsonTokenType.Null:
                    return "The response body is the JSON literal null where a JSON value was expected";
                case JsonTypeInfoKind.Object when root != JsonTokenType.StartObject:
                    return $"The response body is a JSON {Describe(root)} where a JSON object was expected";
                case JsonTypeInfoKind.Enumerable when root != JsonTokenType.StartArray:
                    return $"The response body is a JSON {Describe(root)} where a JSON array was expected";
                case JsonTypeInfoKind.Object when typeInfo.Properties.Count > 0 && !HasAnyProperty(ref reader, typeInfo):
                    return $"The response body has none of the expected fields ({string.Join(", ", typeInfo.Properties.Select(property => $"'{property.Name}'"))})";
                default:
                    return null;
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: deserializing reports it with its position.
            return null;
        }
    }

    /// <summary>Reads the top-level property names of an object and tells whether any is one the type knows.</summary>
    private static bool HasAnyProperty(ref Utf8JsonReader reader, JsonTypeInfo typeInfo)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            foreach (JsonPropertyInfo property in typeInfo.Properties)
            {
                if (reader.ValueTextEquals(property.Name))
                {
                    return true;
                }
            }

            reader.Read();
            reader.Skip();
        }

        return false;
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.StartObject => "object",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => "value",
    };

    private static SdrsException Invalid(SdrsResponseSnapshot? origin, string reason, Exception? inner) =>
        origin is null
            ? new SdrsInvalidResponseException(new SdrsErrorDetails { Status = 200, ErrorMessage = reason }, inner)
            : SdrsExceptionFactory.CreateInvalid(origin, reason, inner);
}
