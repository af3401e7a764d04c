using System.Text;

namespace SdrsSdk.Http.Internal;

/// <summary>Turns response bytes into the bounded text kept in exceptions and logs.</summary>
internal static class SdrsResponseText
{
    /// <summary>Decodes at most <see cref="SdrsErrorDetails.MaxRawBodyLength"/> characters of UTF-8 (invalid bytes become U+FFFD).</summary>
    /// <returns>The text, or <see langword="null"/> for an empty body.</returns>
    public static string? Decode(ReadOnlySpan<byte> body, int maxLength = SdrsErrorDetails.MaxRawBodyLength)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        // A UTF-8 character takes at most 4 bytes: decode no more than the characters kept can need.
        ReadOnlySpan<byte> head = body.Length > maxLength * 4 ? body[..(maxLength * 4)] : body;
        string text = Encoding.UTF8.GetString(head);
        return text.Length > maxLength ? text[..maxLength] : text;
    }
}
