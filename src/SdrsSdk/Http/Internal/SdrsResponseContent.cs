using System.Buffers;
using System.Net;
using System.Text.Json;
using System.Text.Unicode;

namespace SdrsSdk.Http.Internal;

/// <summary>
/// A response body read into memory, within bounds, during the attempt that received it. It knows its response, so
/// that whoever reads it later (<see cref="SdrsResponseReader"/>, the error decoder) can report status, request ID and
/// body; what it learns about the bytes (valid UTF-8, one JSON value) it learns once.
/// </summary>
/// <remarks>
/// <para>
/// An empty body reports no length (instead of 0), so that Refit hands it to the reader, which refuses it with
/// the response's details, rather than returning <see langword="null"/> to the SDK.
/// </para>
/// <para>
/// The body is held once. The attempt handler reads it into an array rented from <see cref="ArrayPool{T}.Shared"/>
/// (returned when the content is disposed; <see cref="Body"/> throws after that). Refit 16.4 calls
/// <see cref="HttpContent.LoadIntoBufferAsync()"/> before it hands a success body to the reader, which would copy
/// the whole body into a second array (on the large object heap for a large list) that nobody reads: every SDK reader
/// reads <see cref="Body"/>. So once Refit has the response (<see cref="HandToReader"/>, called from the SDK's
/// exception factory, the last SDK code before Refit buffers), buffering copies nothing: <see cref="HttpContent"/>'s
/// own buffer stays empty and only <see cref="Body"/> holds the bytes. Before that point (handlers, resilience
/// strategies a user adds), the content reads, copies and buffers like any other.
/// </para>
/// </remarks>
internal sealed class SdrsResponseContent : HttpContent
{
    private readonly int _length;
    private readonly bool _pooled;
    private byte[]? _body;
    private bool _handedToReader;
    private bool? _validUtf8;
    private bool? _wellFormed;
    private object? _parsed;

    /// <summary>Initializes a content over bytes it does not own a pool rental of.</summary>
    public SdrsResponseContent(byte[] body, int length, HttpResponseMessage? response, bool truncated)
        : this(body, length, response, truncated, pooled: false) { }

    private SdrsResponseContent(byte[] body, int length, HttpResponseMessage? response, bool truncated, bool pooled)
    {
        _body = body;
        _length = length;
        _pooled = pooled;
        Response = response;
        Truncated = truncated;
    }

    /// <summary>Gets the response this body belongs to (none when read outside the SDK's handlers).</summary>
    public HttpResponseMessage? Response { get; }

    /// <summary>Gets the body bytes, without a leading UTF-8 byte order mark (RFC 8259 lets a parser ignore
    /// it).</summary>
    public ReadOnlyMemory<byte> Json => Body.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? Body[3..] : Body;

    /// <summary>Gets the body bytes.</summary>
    /// <exception cref="ObjectDisposedException">The content was disposed (its array is back in the pool).</exception>
    public ReadOnlyMemory<byte> Body =>
        _body is { } body ? body.AsMemory(0, _length) : throw new ObjectDisposedException(GetType().Name);

    /// <summary>Gets a value indicating whether the body was cut at the SDK's bound (error responses only).</summary>
    public bool Truncated { get; }

    /// <summary>
    /// Gets a value indicating whether the body is valid UTF-8. The JSON reader checks only the strings it decodes,
    /// not those it skips (unknown fields), so this is the one check of every byte.
    /// </summary>
    public bool IsValidUtf8 => _validUtf8 ??= Utf8.IsValid(Body.Span);

    /// <summary>
    /// Gets a value indicating whether the body is one complete, well-formed JSON value (a UTF-8 byte order mark
    /// allowed): not empty, not cut short, not garbled, not an HTML page. When the type the call reads is known
    /// (<see cref="SdrsResultTypes"/>), the answer is the parse itself, and its value is kept for the reader (<see
    /// cref="TakeParsed"/>); a body that does not parse is then checked by a JSON pass, so that a well-formed body
    /// that does not answer the call (a required field missing) still counts as well-formed.
    /// </summary>
    public bool IsWellFormedJson => _wellFormed ??= IsValidUtf8 && (TryParse() || IsOneJsonValue(Json.Span));

    /// <summary>Takes the value parsed while the body was checked (<see cref="IsWellFormedJson"/>), if it is a
    /// <typeparamref name="T"/>.</summary>
    public bool TakeParsed<T>(out T value)
    {
        if (_parsed is T parsed)
        {
            _parsed = null;
            value = parsed;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Wraps <paramref name="length"/> bytes of an array rented from <see cref="ArrayPool{T}.Shared"/>;
    /// the content returns it when disposed.</summary>
    public static SdrsResponseContent FromPool(
        byte[] rented,
        int length,
        HttpResponseMessage response,
        bool truncated
    ) => new(rented, length, response, truncated, pooled: true);

    /// <summary>
    /// Marks the point where Refit has the response: from here on the body is read through <see cref="Body"/> only,
    /// and buffering the content (Refit's <c>TryBufferContentAsync</c>) copies nothing.
    /// </summary>
    public void HandToReader() => _handedToReader = true;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(
        Stream stream,
        TransportContext? context,
        CancellationToken cancellationToken
    ) => _handedToReader ? Task.CompletedTask : stream.WriteAsync(Body, cancellationToken).AsTask();

    protected override void SerializeToStream(
        Stream stream,
        TransportContext? context,
        CancellationToken cancellationToken
    )
    {
        if (!_handedToReader)
        {
            stream.Write(Body.Span);
        }
    }

    protected override Task<Stream> CreateContentReadStreamAsync() =>
        Task.FromResult(CreateContentReadStream(CancellationToken.None));

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) =>
        new MemoryStream(_body ?? throw new ObjectDisposedException(GetType().Name), 0, _length, writable: false);

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return _length > 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _body is { } body)
        {
            _body = null;
            if (_pooled)
            {
                ArrayPool<byte>.Shared.Return(body);
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>Parses the body as the type its call reads, when that is known; any failure is left to the
    /// reader, which parses again and says why.</summary>
    private bool TryParse()
    {
        if (SdrsResultTypes.Of(Response?.RequestMessage) is not { } typeInfo)
        {
            return false;
        }

        try
        {
            _parsed = JsonSerializer.Deserialize(Json.Span, typeInfo);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static bool IsOneJsonValue(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(
            body,
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }
        );
        try
        {
            if (!reader.Read())
            {
                return false;
            }

            reader.Skip();
            while (reader.Read())
            {
                // A second top-level value makes the body invalid: Read throws.
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
