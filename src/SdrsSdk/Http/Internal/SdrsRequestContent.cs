namespace SdrsSdk.Http.Internal;

/// <summary>
/// A JSON request body serialized once, up front (<see cref="SdrsResponseReader.ToHttpContentSynchronous{T}"/>): it
/// has a Content-Length (no chunked upload), sends the same bytes on every attempt, and hands those bytes to the
/// AK/SK signer without a copy (<see cref="Bytes"/>).
/// </summary>
internal sealed class SdrsRequestContent : ByteArrayContent
{
    public SdrsRequestContent(byte[] bytes)
        : base(bytes)
    {
        Bytes = bytes;

        // Stored as text and parsed only if something reads it: a parsed value is two objects per request.
        Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
    }

    /// <summary>Gets the body's bytes, exactly as sent.</summary>
    public byte[] Bytes { get; }
}
