using System.Runtime.CompilerServices;

namespace SdrsSdk.Http.Internal;

/// <summary>Walks an SDRS list API page by page with <c>limit</c> and <c>offset</c>.</summary>
internal static class SdrsPaging
{
    /// <summary>The page size used when walking a whole list.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>
    /// Yields every item of a list, fetching pages of <paramref name="pageSize"/> from <paramref name="startOffset"/>
    /// until a page comes back short, empty, or the reported total <c>count</c> is reached.
    /// </summary>
    /// <param name="fetchPage">Fetches one page: (offset, limit) → items and the total count, if reported.</param>
    /// <param name="pageSize">Items per request, 1 to 1000.</param>
    /// <param name="startOffset">Where to start.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public static async IAsyncEnumerable<T> WalkAsync<T>(
        Func<int, int, CancellationToken, Task<(IReadOnlyList<T> Items, int? Count)>> fetchPage,
        int pageSize,
        int startOffset,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        Validation.Internal.SdrsValidation.Limit(pageSize, nameof(pageSize));

        int offset = startOffset;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (IReadOnlyList<T> items, int? count) = await fetchPage(offset, pageSize, cancellationToken)
                .ConfigureAwait(false);
            foreach (T item in items)
            {
                yield return item;
            }

            offset += items.Count;
            if (items.Count == 0 || items.Count < pageSize || (count is { } total && offset >= total))
            {
                yield break;
            }
        }
    }
}
