using System.Text.Json;
using System.Text.Unicode;

namespace SdrsSdk.Http.Internal;

/// <summary>
/// A response body read into memory, within bounds, during the attempt that received it. It knows its response, so
/// that whoever decodes it later (the JSON deserializer, the error decoder) can report status, request ID and body.
/// </summary>
/// <remarks>
/// An empty body reports no length (instead of 0), so that Refit hands it to the deserializer, which refuses it with
/// the response's details, rather than returning <see langword="null"/> to the SDK.
/// </remarks>
internal sealed class SdrsResponseContent : ByteArrayContent
{
    private readonly byte[] _body;
    private readonly int _length;

    public SdrsResponseContent(byte[] body, int length, HttpResponseMessage response, bool truncated)
        : base(body, 0, length)
    {
        _body = body;
        _length = length;
        Response = response;
        Truncated = truncated;
    }

    /// <summary>Gets the response this body belongs to.</summary>
    public HttpResponseMessage Response { get; }

    /// <summary>Gets the body bytes.</summary>
    public ReadOnlyMemory<byte> Body => _body.AsMemory(0, _length);

    /// <summary>Gets a value indicating whether the body was cut at the SDK's bound (error responses only).</summary>
    public bool Truncated { get; }

    /// <summary>
    /// Gets a value indicating whether the body is one complete, well-formed JSON value (a UTF-8 byte order mark
    /// allowed): not empty, not cut short, not garbled, not an HTML page.
    /// </summary>
    public bool IsWellFormedJson
    {
        get
        {
            ReadOnlySpan<byte> body = Body.Span;
            if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                body = body[3..];
            }

            if (!Utf8.IsValid(body))
            {
                return false;
            }

            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
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

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return _length > 0;
    }
}
