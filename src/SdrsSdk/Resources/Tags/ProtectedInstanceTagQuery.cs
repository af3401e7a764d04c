namespace SdrsSdk;

/// <summary>
/// The conditions of a search for protected instances by tag, and its paging (reference 5.8.1). Every condition is
/// optional; without any, every protected instance matches.
/// </summary>
/// <remarks>
/// Each of <see cref="Tags"/>, <see cref="TagsAny"/>, <see cref="NotTags"/> and <see cref="NotTagsAny"/> holds at
/// most 10 conditions with unique keys (see <see cref="TagFilter"/> for the key and value rules). Within one
/// condition the values are alternatives (OR). Empty lists are not sent.
/// </remarks>
public sealed class ProtectedInstanceTagQuery
{
    /// <summary>Gets or sets conditions that must all hold: the instance carries every key, each with one of the listed
    /// values (<c>tags</c>).</summary>
    public IReadOnlyList<TagFilter>? Tags { get; set; }

    /// <summary>Gets or sets conditions of which one must hold (<c>tags_any</c>).</summary>
    public IReadOnlyList<TagFilter>? TagsAny { get; set; }

    /// <summary>Gets or sets conditions that must not all hold (<c>not_tags</c>): instances carrying all of them are
    /// left out.</summary>
    public IReadOnlyList<TagFilter>? NotTags { get; set; }

    /// <summary>Gets or sets conditions of which none may hold (<c>not_tags_any</c>).</summary>
    public IReadOnlyList<TagFilter>? NotTagsAny { get; set; }

    /// <summary>Gets or sets field conditions such as the instance name (<c>matches</c>); keys must be
    /// unique.</summary>
    public IReadOnlyList<TagMatch>? Matches { get; set; }

    /// <summary>Gets or sets how many matching instances to skip (<c>offset</c>), not negative. Not allowed when
    /// counting.</summary>
    /// <value>The default value is <see langword="null"/>: the service starts at 0.</value>
    public int? Offset { get; set; }

    /// <summary>Gets or sets the most instances to return (<c>limit</c>), 1 to 1000. Not allowed when
    /// counting.</summary>
    /// <value>The default value is <see langword="null"/>: the service returns up to 1000.</value>
    public int? Limit { get; set; }
}
