using System.Text.Json;
using System.Text.Unicode;

namespace SdrsSdk.Http.Internal;

/// <summary>
/// A response body read into memory, within bounds, during the attempt that received it. It knows its response, so
/// that whoever reads it later (<see cref="SdrsResponseReader"/>, the error decoder) can report status, request ID and
/// body; what it learns about the bytes (valid UTF-8, one JSON value) it learns once.
/// </summary>
/// <remarks>
/// An empty body reports no length (instead of 0), so that Refit hands it to the reader, which refuses it with
/// the response's details, rather than returning <see langword="null"/> to the SDK.
/// </remarks>
internal sealed class SdrsResponseContent : ByteArrayContent
{
    private readonly byte[] _body;
    private readonly int _length;
    private bool? _validUtf8;
    private bool? _wellFormed;

    public SdrsResponseContent(byte[] body, int length, HttpResponseMessage? response, bool truncated)
        : base(body, 0, length)
    {
        _body = body;
        _length = length;
        Response = response;
        Truncated = truncated;
    }

    /// <summary>Gets the response this body belongs to (none when read outside the SDK's handlers).</summary>
    public HttpResponseMessage? Response { get; }

    /// <summary>Gets the body bytes, without a leading UTF-8 byte order mark (RFC 8259 lets a parser ignore
    /// it).</summary>
    public ReadOnlyMemory<byte> Json => Body.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? Body[3..] : Body;

    /// <summary>Gets the body bytes.</summary>
    public ReadOnlyMemory<byte> Body => _body.AsMemory(0, _length);

    /// <summary>Gets a value indicating whether the body was cut at the SDK's bound (error responses only).</summary>
    public bool Truncated { get; }

    /// <summary>
    /// Gets a value indicating whether the body is valid UTF-8. The JSON reader checks only the strings it decodes,
    /// not those it skips (unknown fields), so this is the one check of every byte.
    /// </summary>
    public bool IsValidUtf8 => _validUtf8 ??= Utf8.IsValid(Body.Span);

    /// <summary>
    /// Gets a value indicating whether the body is one complete, well-formed JSON value (a UTF-8 byte order mark
    /// allowed): not empty, not cut short, not garbled, not an HTML page.
    /// </summary>
    public bool IsWellFormedJson => _wellFormed ??= IsValidUtf8 && IsOneJsonValue(Json.Span);

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return _length > 0;
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
