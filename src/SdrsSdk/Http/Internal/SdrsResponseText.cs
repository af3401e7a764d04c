using System.Diagnostics.CodeAnalysis;
using System.Text;
using SdrsSdk.Errors.Internal;

namespace SdrsSdk.Http.Internal;

/// <summary>Turns response bytes into the bounded text kept in exceptions and logs.</summary>
internal static class SdrsResponseText
{
    /// <summary>
    /// How many characters past a cut are decoded and scrubbed before cutting, so that a secret straddling the cut
    /// is found whole (<see cref="SecretScrubber"/>) rather than leaving a prefix no rule recognises.
    /// </summary>
    public const int ScrubMargin = SdrsErrorDetails.MaxRawBodyLength;

    /// <summary>Decodes at most <see cref="SdrsErrorDetails.MaxRawBodyLength"/> characters of UTF-8 (invalid bytes
    /// become U+FFFD).</summary>
    /// <returns>The text, or <see langword="null"/> for an empty body.</returns>
    public static string? Decode(ReadOnlySpan<byte> body, int maxLength = SdrsErrorDetails.MaxRawBodyLength)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        // A UTF-8 character takes at most 4 bytes: decode no more than the characters kept can need.
        ReadOnlySpan<byte> head = body.Length / 4 > maxLength ? body[..(maxLength * 4)] : body;
        return Cut(Encoding.UTF8.GetString(head), maxLength);
    }

    /// <summary>
    /// Decodes at most <paramref name="maxLength"/> characters with every secret scrubbed: scrubbed over
    /// <see cref="ScrubMargin"/> more characters, then cut.
    /// </summary>
    public static string? DecodeScrubbed(ReadOnlySpan<byte> body, int maxLength, SecretScrubber secrets) =>
        Cut(secrets.Scrub(Decode(body, WithMargin(maxLength))), maxLength);

    /// <summary>The length to read so that a text cut at <paramref name="maxLength"/> can be scrubbed first.</summary>
    public static int WithMargin(int maxLength) =>
        maxLength > int.MaxValue / 4 - ScrubMargin ? int.MaxValue / 4 : maxLength + ScrubMargin;

    /// <summary>Cuts a text to at most <paramref name="maxLength"/> characters.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Cut(string? text, int maxLength) =>
        text is not null && text.Length > maxLength ? text[..maxLength] : text;
}
