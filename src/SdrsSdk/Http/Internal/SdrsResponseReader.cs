using System.Buffers;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Refit;

namespace SdrsSdk.Http.Internal;

/// <summary>
/// The one place a success body becomes a value: parsed once, from the bytes the attempt handler buffered
/// (<see cref="SdrsResponseContent"/>). Required fields are enforced by System.Text.Json itself
/// (<c>[JsonRequired]</c>, and <see cref="System.Text.Json.Serialization.IJsonOnDeserialized"/> through
/// <see cref="Require"/>). A body that does not answer the call — empty, not UTF-8, not JSON, truncated, <c>null</c>,
/// of the wrong shape, without a required field, an error envelope sent with a success status — ends in an
/// <see cref="UnreadableException"/> saying why; Refit hands it to <see cref="SdrsExceptionFactory.CreateUnreadable"/>
/// with the response (<see cref="SdrsPipeline.CreateRefitSettings"/>), which builds the context only then.
/// Unknown fields are ignored; missing optional fields read as null (numbers and flags too) or empty (lists).
/// </summary>
/// <remarks>Request bodies are written with the same source-generated metadata, synchronously into one exact array
/// (<see cref="ToHttpContentSynchronous{T}"/>, as Refit does with <see cref="RequestBodySerializationMode.Buffered"/>):
/// a <see cref="SdrsRequestContent"/> with a Content-Length, sent as is on every attempt and signed without a
/// copy.</remarks>
internal sealed class SdrsResponseReader : IHttpContentSerializer, ISynchronousContentSerializer
{
    /// <summary>The options without their encoder, one copy per options instance, shared by every client (each
    /// request type's metadata is built once).</summary>
    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> FastOptions = new();

    /// <summary>This thread's writer and buffer for request bodies, reused call after call.</summary>
    [ThreadStatic]
    private static (JsonSerializerOptions Options, Utf8JsonWriter Writer, ArrayBufferWriter<byte> Buffer)? t_writer;

    private readonly JsonSerializerOptions _options;
    private readonly SystemTextJsonContentSerializer _writer;
    private readonly JsonSerializerOptions _fastOptions;
    private readonly JsonWriterOptions _writerOptions;

    public SdrsResponseReader(JsonSerializerOptions options)
    {
        _options = options;
        _writer = new SystemTextJsonContentSerializer(options);

        // The source-generated fast path (the generated writer of each type, no serializer state per call) runs only
        // with options that have no encoder of their own; the encoder goes to the writer instead, which is the one
        // place it applies (property names are ASCII and written pre-encoded either way).
        _fastOptions = FastOptions.GetValue(options, static options =>
        {
            var fast = new JsonSerializerOptions(options) { Encoder = null };
            fast.MakeReadOnly();
            return fast;
        });
        _writerOptions = new JsonWriterOptions
        {
            Encoder = options.Encoder,
            Indented = options.WriteIndented,
            MaxDepth = options.MaxDepth,
            SkipValidation = true,
        };
    }

    /// <summary>
    /// The request option holding a check of the value read against the request (a job read back names the job asked
    /// for): a function returning why the value does not answer, or <see langword="null"/>.
    /// </summary>
    public static HttpRequestOptionsKey<Func<object, string?>> CheckKey { get; } = new(CheckKeyName);

    /// <summary>The name of <see cref="CheckKey"/>, for Refit's <c>[Property]</c>.</summary>
    public const string CheckKeyName = "SdrsSdk.ResponseCheck";

    /// <summary>
    /// For <see cref="System.Text.Json.Serialization.IJsonOnDeserialized"/>: refuses a required field that is
    /// <c>null</c> (<c>[JsonRequired]</c> refuses a missing one).
    /// </summary>
    /// <exception cref="UnreadableException">The value is <see langword="null"/>.</exception>
    public static void Require(object? value, string field)
    {
        if (value is null)
        {
            throw MissingField(field);
        }
    }

    /// <summary>Refuses a required text field (an ID) that is missing, empty or blank.</summary>
    /// <exception cref="UnreadableException">The value is missing, empty or blank.</exception>
    public static string RequireText(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw MissingField(field) : value;

    public HttpContent ToHttpContent<T>(T item) => _writer.ToHttpContent(item);

    public HttpContent ToHttpContentSynchronous<T>(T item) => new SdrsRequestContent(Write(item));

    public HttpContent ToStreamingHttpContent<T>(T item) => _writer.ToStreamingHttpContent(item);

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => _writer.GetFieldNameForProperty(propertyInfo);

    public async Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content is not SdrsResponseContent buffered)
        {
            // A transport outside the SDK's handlers: read it all here.
            byte[] bytes = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            buffered = new SdrsResponseContent(bytes, bytes.Length, response: null, truncated: false);
        }

        var typeInfo = (JsonTypeInfo<T>)_options.GetTypeInfo(typeof(T));
        HttpRequestMessage? request = buffered.Response?.RequestMessage;
        SdrsResultTypes.Learn(request, typeInfo);
        T value = buffered.TakeParsed(out T parsed) ? parsed : Read(buffered, typeInfo);
        if (
            request?.Options.TryGetValue(CheckKey, out Func<object, string?>? check) == true
            && check(value!) is { } problem
        )
        {
            // A body with none of the expected fields is no answer at all, rather than one that contradicts the
            // request.
            throw Diagnose(buffered.Json.Span, typeInfo) is { } unread
                ? new UnreadableException(unread)
                : new UnreadableException(problem) { ContradictsRequest = true };
        }

        // The response the body came in, for the page or job handle made from it (SdrsResponse, when asked for).
        if (value is SdrsResponseCarrier carrier)
        {
            carrier.Source = buffered.Response;
        }
        else if (value is SdrsPage page)
        {
            page.Source = buffered.Response;
        }

        return value;
    }

    /// <summary>
    /// Writes a request body as JSON into one exact array, with the same bytes as
    /// <see cref="JsonSerializer.SerializeToUtf8Bytes{TValue}(TValue, JsonTypeInfo{TValue})"/> with the reader's
    /// options, through the source-generated writer where the type has one.
    /// </summary>
    public byte[] Write<T>(T item)
    {
        var typeInfo = (JsonTypeInfo<T>)_fastOptions.GetTypeInfo(typeof(T));
        ArrayBufferWriter<byte> buffer;
        Utf8JsonWriter writer;
        if (t_writer is { } cached && cached.Options == _options)
        {
            (_, writer, buffer) = cached;
            writer.Reset(buffer);
        }
        else
        {
            buffer = new ArrayBufferWriter<byte>(256);
            writer = new Utf8JsonWriter(buffer, _writerOptions);
            t_writer = (_options, writer, buffer);
        }

        try
        {
            JsonSerializer.Serialize(writer, item, typeInfo);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            // A large body's buffer is not kept for the life of the thread; nor is any body's text.
            writer.Reset();
            if (buffer.Capacity > 64 * 1024)
            {
                t_writer = null;
            }
            else
            {
                buffer.Clear();
            }
        }
    }

    /// <summary>Reads a buffered body as <typeparamref name="T"/>.</summary>
    /// <exception cref="UnreadableException">The body does not answer the call.</exception>
    public static T Read<T>(SdrsResponseContent content, JsonTypeInfo<T> typeInfo)
    {
        ReadOnlySpan<byte> json = content.Json.Span;

        // The JSON reader checks only the strings it decodes: one vectorised pass covers the ones it skips.
        if (!content.IsValidUtf8)
        {
            throw new UnreadableException("The response body is not valid UTF-8");
        }

        T? value;
        try
        {
            value = JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (UnreadableException exception)
        {
            // A required field refused while reading (IJsonOnDeserialized): a body with none of the expected
            // fields says more.
            throw new UnreadableException(Diagnose(json, typeInfo) ?? exception.Message, exception);
        }
        catch (JsonException exception)
        {
            throw new UnreadableException(Diagnose(json, typeInfo) ?? Unreadable(exception), exception);
        }

        return value
            ?? throw new UnreadableException(
                "The response body is the JSON literal null where a JSON value was expected"
            );
    }

    /// <summary>Says why a body did not read (the error path only): empty, wrong root, or expected fields
    /// missing.</summary>
    private static string? Diagnose(ReadOnlySpan<byte> body, JsonTypeInfo typeInfo)
    {
        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            return "The response has an empty body where a JSON body was expected";
        }

        var reader = new Utf8JsonReader(
            body,
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }
        );
        try
        {
            reader.Read();
            JsonTokenType root = reader.TokenType;
            return typeInfo.Kind switch
            {
                JsonTypeInfoKind.Object when root != JsonTokenType.StartObject =>
                    $"The response body is a JSON {Describe(root)} where a JSON object was expected",
                JsonTypeInfoKind.Enumerable when root != JsonTokenType.StartArray =>
                    $"The response body is a JSON {Describe(root)} where a JSON array was expected",
                JsonTypeInfoKind.Object => DiagnoseFields(ref reader, typeInfo),
                _ => null,
            };
        }
        catch (JsonException)
        {
            // Malformed JSON: the deserializer's position says where.
            return null;
        }
    }

    /// <summary>Reads the top-level property names of an object: none known, or a required one missing.</summary>
    private static string? DiagnoseFields(ref Utf8JsonReader reader, JsonTypeInfo typeInfo)
    {
        var seen = new bool[typeInfo.Properties.Count];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            for (int i = 0; i < seen.Length; i++)
            {
                seen[i] |= reader.ValueTextEquals(typeInfo.Properties[i].Name);
            }

            reader.Read();
            reader.Skip();
        }

        if (seen.Length > 0 && !seen.Contains(true))
        {
            return "The response body has none of the expected fields "
                + $"({string.Join(", ", typeInfo.Properties.Select(property => $"'{property.Name}'"))})";
        }

        for (int i = 0; i < seen.Length; i++)
        {
            if (!seen[i] && typeInfo.Properties[i].IsRequired)
            {
                return MissingField(typeInfo.Properties[i].Name).Message;
            }
        }

        return null;
    }

    private static string Unreadable(JsonException exception) =>
        "The response body could not be read as the expected "
        + $"JSON{(exception.Path is null ? string.Empty : " at " + exception.Path)}";

    private static UnreadableException MissingField(string field) => new($"The response body has no '{field}' field");

    private static string Describe(JsonTokenType token) =>
        token switch
        {
            JsonTokenType.StartArray => "array",
            JsonTokenType.StartObject => "object",
            JsonTokenType.String => "string",
            JsonTokenType.Number => "number",
            JsonTokenType.True or JsonTokenType.False => "boolean",
            JsonTokenType.Null => "null",
            _ => "value",
        };

    /// <summary>
    /// A body that does not answer the call; the message says why. A <see cref="JsonException"/>, so that
    /// System.Text.Json passes it on (adding the path) when a wire type throws it while being read.
    /// </summary>
    internal sealed class UnreadableException : JsonException
    {
        public UnreadableException(string message, Exception? inner = null)
            : base(message, inner) { }

        /// <summary>
        /// Gets a value indicating whether the body read well but contradicts the request (a job read back names
        /// another job): a deliberate answer, not a glitch that reading again could mend.
        /// </summary>
        public bool ContradictsRequest { get; init; }
    }
}
