using System.Globalization;
using SdrsSdk.Http.Internal;
using SdrsSdk.Resources.Tags.Internal;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>Manages the tags of protected instances and finds protected instances by tag (reference 5.8).</summary>
public class TagsClient
{
    private readonly ITagsApi _api;

    /// <summary>Initializes a new instance for mocking: a mocking library overrides the members it needs (an
    /// instance made this way sends nothing; <see cref="SdrsClient"/> builds the working one).</summary>
    protected TagsClient()
    {
        _api = null!;
    }

    internal TagsClient(ITagsApi api)
    {
        _api = api;
    }

    /// <summary>Finds one page of protected instances whose tags and fields meet the query's conditions.</summary>
    /// <param name="query">The conditions and paging; <see langword="null"/> matches every protected instance.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching protected instances with their tags, and the total count the service reports.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <see cref="ProtectedInstanceTagQuery.Offset"/> is negative, or <see cref="ProtectedInstanceTagQuery.Limit"/> is
    /// not 1 to 1000.
    /// </exception>
    /// <exception cref="ArgumentException">A condition breaks a rule of the reference; the message names the field and
    /// the rule.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/protected-instances/resource_instances/action</c> with action <c>filter</c>
    /// (reference 5.8.1); offset and limit travel as strings in the body. Each tag-condition list holds at most 10
    /// keys, each key at most 10 values; keys and values are unique; keys at most 127 and values at most 255 Unicode
    /// characters; no value is only asterisks.
    /// </remarks>
    public virtual Task<TaggedProtectedInstancePage> FilterAsync(
        ProtectedInstanceTagQuery? query = null,
        CancellationToken cancellationToken = default
    )
    {
        query ??= new ProtectedInstanceTagQuery();
        TagRules.Query(query, counting: false, nameof(query));
        return FilterPageAsync(query, query.Offset, query.Limit, cancellationToken);
    }

    /// <summary>Finds every protected instance that meets the query's conditions, fetching page after page as the
    /// caller enumerates.</summary>
    /// <param name="query">
    /// The conditions; <see cref="ProtectedInstanceTagQuery.Offset"/> is where to start and
    /// <see cref="ProtectedInstanceTagQuery.Limit"/> the page size (100 when not set). <see langword="null"/> matches
    /// every protected instance.
    /// </param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The matching protected instances, in the order the service returns them.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <see cref="ProtectedInstanceTagQuery.Offset"/> is negative, or <see cref="ProtectedInstanceTagQuery.Limit"/> is
    /// not 1 to 1000.
    /// </exception>
    /// <exception cref="ArgumentException">A condition breaks a rule of the reference; the message names the field and
    /// the rule.</exception>
    /// <exception cref="SdrsException">The service refused a call or answered with something unreadable (thrown while
    /// enumerating).</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/protected-instances/resource_instances/action</c> with action <c>filter</c>
    /// (reference 5.8.1) once per page, moving <c>offset</c> on until a page comes back short or empty or
    /// <c>total_count</c> is reached.
    /// </remarks>
    public virtual IAsyncEnumerable<TaggedProtectedInstance> FilterAllAsync(
        ProtectedInstanceTagQuery? query = null,
        CancellationToken cancellationToken = default
    )
    {
        query ??= new ProtectedInstanceTagQuery();
        TagRules.Query(query, counting: false, nameof(query));
        return SdrsPaging.WalkAsync(
            async (offset, limit, ct) =>
            {
                TaggedProtectedInstancePage page = await FilterPageAsync(query, offset, limit, ct)
                    .ConfigureAwait(false);
                return (page.Resources, page.Count);
            },
            query.Limit ?? SdrsPaging.DefaultPageSize,
            query.Offset ?? 0,
            cancellationToken
        );
    }

    /// <summary>Counts the protected instances whose tags and fields meet the query's conditions.</summary>
    /// <param name="query">The conditions, without offset or limit; <see langword="null"/> counts every protected
    /// instance.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number the service reports (<c>total_count</c>).</returns>
    /// <exception cref="ArgumentException">
    /// The query sets <see cref="ProtectedInstanceTagQuery.Offset"/> or <see cref="ProtectedInstanceTagQuery.Limit"/>
    /// (not supported when counting), or a condition breaks a rule of the reference.
    /// </exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/protected-instances/resource_instances/action</c> with action <c>count</c>
    /// (reference 5.8.1). The condition rules are those of <see cref="FilterAsync"/>.
    /// </remarks>
    public virtual async Task<int> CountAsync(
        ProtectedInstanceTagQuery? query = null,
        CancellationToken cancellationToken = default
    )
    {
        query ??= new ProtectedInstanceTagQuery();
        TagRules.Query(query, counting: true, nameof(query));
        TagCountEnvelope body = await _api.CountAsync(
                CreateRequest(TagFilterBody.CountAction, query, offset: null, limit: null),
                cancellationToken
            )
            .ConfigureAwait(false);
        return body.TotalCount!.Value;
    }

    /// <summary>Adds tags to a protected instance, replacing the value of a key it already has.</summary>
    /// <param name="protectedInstanceId">The protected instance's ID.</param>
    /// <param name="tags">1 to 10 tags with unique keys.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has added the tags.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protectedInstanceId"/>, <paramref name="tags"/>, a key
    /// or a value is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An ID or tag breaks a rule; the message names the field and the
    /// rule.</exception>
    /// <exception cref="SdrsException">The service refused the call.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/protected-instances/{protected_instance_id}/tags/action</c> with action
    /// <c>create</c> (reference 5.8.2); the service answers 204 and is idempotent. A protected instance carries at most
    /// 10 tags. Keys: 1 to 36 Unicode characters, not blank; values: 0 to 43 Unicode characters; neither contains
    /// ASCII control characters (0-31) or <c>* &lt; &gt; \ = , | /</c>.
    /// </remarks>
    public virtual Task AddTagsAsync(
        string protectedInstanceId,
        IEnumerable<ResourceTag> tags,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(protectedInstanceId, nameof(protectedInstanceId));
        IReadOnlyList<ResourceTag> list = Snapshot(tags, nameof(tags));
        TagRules.TagsToAdd(list, nameof(tags));
        return _api.BatchAsync(
            protectedInstanceId,
            new TagBatchBody { Action = TagBatchBody.CreateAction, Tags = list },
            cancellationToken
        );
    }

    /// <summary>Deletes tags from a protected instance: by key, or by key and value where a value is given.</summary>
    /// <param name="protectedInstanceId">The protected instance's ID.</param>
    /// <param name="tags">1 to 10 tags with unique keys; a <see langword="null"/> <see cref="ResourceTag.Value"/>
    /// deletes the key whatever its value.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has deleted the tags.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protectedInstanceId"/>, <paramref name="tags"/> or a key
    /// is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An ID or key is empty or blank, a key repeats, or there are no tags or more
    /// than 10.</exception>
    /// <exception cref="SdrsException">The service refused the call.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/protected-instances/{protected_instance_id}/tags/action</c> with action
    /// <c>delete</c> (reference 5.8.3); the service answers 204 and is idempotent: tags that do not exist count as
    /// deleted. The service does not check the character set on deletion, and neither does the SDK.
    /// </remarks>
    public virtual Task DeleteTagsAsync(
        string protectedInstanceId,
        IEnumerable<ResourceTag> tags,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(protectedInstanceId, nameof(protectedInstanceId));
        IReadOnlyList<ResourceTag> list = Snapshot(tags, nameof(tags));
        TagRules.TagsToDelete(list, nameof(tags));
        return _api.BatchAsync(
            protectedInstanceId,
            new TagBatchBody { Action = TagBatchBody.DeleteAction, Tags = list },
            cancellationToken
        );
    }

    /// <summary>Adds one tag to a protected instance, replacing the value if the key exists.</summary>
    /// <param name="protectedInstanceId">The protected instance's ID.</param>
    /// <param name="key">The tag key: 1 to 36 Unicode characters.</param>
    /// <param name="value">The tag value: 0 to 43 Unicode characters; may be empty.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has added the tag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protectedInstanceId"/>, <paramref name="key"/> or
    /// <paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The ID, key or value breaks a rule; the message names the field and the
    /// rule.</exception>
    /// <exception cref="SdrsException">The service refused the call.</exception>
    /// <remarks>
    /// Calls <c>POST /v1/{project_id}/protected-instances/{protected_instance_id}/tags</c> (reference 5.8.4); the
    /// service answers 204 and is idempotent. A protected instance carries at most 10 tags. Neither key nor value
    /// contains ASCII control characters (0-31) or <c>* &lt; &gt; \ = , | /</c>; the key is not blank.
    /// </remarks>
    public virtual Task AddTagAsync(
        string protectedInstanceId,
        string key,
        string value,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(protectedInstanceId, nameof(protectedInstanceId));
        TagRules.Key(key, "tag.key", nameof(key));
        TagRules.Value(value, "tag.value", nameof(value));
        return _api.AddAsync(
            protectedInstanceId,
            new TagEnvelope { Tag = new ResourceTag(key, value) },
            cancellationToken
        );
    }

    /// <summary>Deletes one tag, by key, from a protected instance.</summary>
    /// <param name="protectedInstanceId">The protected instance's ID.</param>
    /// <param name="key">The tag key; sent percent-encoded. It cannot hold <c>/</c>, which no tag key holds.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has deleted the tag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protectedInstanceId"/> or <paramref name="key"/> is <see
    /// langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The ID is empty or not a single path segment, or the key is blank, holds <c>/</c>, or is <c>.</c> or <c>..</c>
    /// (which a URI path cannot carry as a segment).
    /// </exception>
    /// <exception cref="SdrsNotFoundException">The protected instance has no tag with that key (the service answers
    /// 404).</exception>
    /// <exception cref="SdrsException">The service refused the call.</exception>
    /// <remarks>
    /// Calls <c>DELETE /v1/{project_id}/protected-instances/{protected_instance_id}/tags/{key}</c> (reference 5.8.5);
    /// the service answers 204. The key is percent-encoded (RFC 3986) into the path, as the reference requires. The
    /// service does not check the rest of its character set, so neither does the SDK; but <c>/</c>, forbidden in tag
    /// keys (see <see cref="AddTagAsync"/>), would reach the service as a segment separator even encoded as
    /// <c>%2F</c>, and is refused.
    /// </remarks>
    public virtual Task DeleteTagAsync(
        string protectedInstanceId,
        string key,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(protectedInstanceId, nameof(protectedInstanceId));
        TagRules.KeyInPath(key, "key", nameof(key));

        // Refit leaves RFC 3986 sub-delimiters such as '+', ';' and '&' as they are in a path, and a '%' that starts
        // a valid escape too; servers read those differently ('+' as a space, ';' as a path parameter, "%2F" as '/').
        // Encoding every character but the unreserved ones sends exactly the key.
        return _api.DeleteAsync(protectedInstanceId, Uri.EscapeDataString(key), cancellationToken);
    }

    /// <summary>Lists the tags of a protected instance.</summary>
    /// <param name="protectedInstanceId">The protected instance's ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instance's tags; empty when it has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protectedInstanceId"/> is <see
    /// langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="protectedInstanceId"/> is empty or not a single path
    /// segment.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/protected-instances/{protected_instance_id}/tags</c> (reference
    /// 5.8.6).</remarks>
    public virtual async Task<IReadOnlyList<ResourceTag>> ListAsync(
        string protectedInstanceId,
        CancellationToken cancellationToken = default
    )
    {
        SdrsArgument.PathSegment(protectedInstanceId, nameof(protectedInstanceId));
        ResourceTagListEnvelope body = await _api.ListAsync(protectedInstanceId, cancellationToken)
            .ConfigureAwait(false);
        return body.Tags;
    }

    /// <summary>Lists every tag key used on the project's protected instances, each with the values it takes.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The keys with their values.</returns>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/protected-instances/tags</c> (reference 5.8.7).</remarks>
    public virtual async Task<IReadOnlyList<ProjectTag>> ListProjectTagsAsync(
        CancellationToken cancellationToken = default
    )
    {
        ProjectTagListEnvelope body = await _api.ListProjectAsync(cancellationToken).ConfigureAwait(false);
        return body.Tags;
    }

    private Task<TaggedProtectedInstancePage> FilterPageAsync(
        ProtectedInstanceTagQuery query,
        int? offset,
        int? limit,
        CancellationToken cancellationToken
    ) => _api.FilterAsync(CreateRequest(TagFilterBody.FilterAction, query, offset, limit), cancellationToken);

    private static TagFilterBody CreateRequest(
        string action,
        ProtectedInstanceTagQuery query,
        int? offset,
        int? limit
    ) =>
        new()
        {
            Action = action,
            Offset = offset?.ToString(CultureInfo.InvariantCulture),
            Limit = limit?.ToString(CultureInfo.InvariantCulture),
            Matches = query.Matches is { Count: > 0 } matches
                ?
                [
                    .. matches.Select(match => new TagMatch(
                        RequestValue.OneOf(match.Key, "matches.key", nameof(query)),
                        match.Value
                    )),
                ]
                : null,
            NotTags = NullIfEmpty(query.NotTags),
            Tags = NullIfEmpty(query.Tags),
            TagsAny = NullIfEmpty(query.TagsAny),
            NotTagsAny = NullIfEmpty(query.NotTagsAny),
        };

    private static IReadOnlyList<T>? NullIfEmpty<T>(IReadOnlyList<T>? list) => list is { Count: > 0 } ? list : null;

    private static ResourceTag[] Snapshot(IEnumerable<ResourceTag> tags, string paramName)
    {
        ArgumentNullException.ThrowIfNull(tags, paramName);
        return tags.ToArray();
    }
}
