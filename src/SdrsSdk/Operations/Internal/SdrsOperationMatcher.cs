namespace SdrsSdk.Operations.Internal;

/// <summary>
/// Finds the operation of the table (<see cref="SdrsOperations"/>) a write request belongs to, from its method and
/// path, so that the retry follows the operation's <see cref="SdrsRepeatClass"/>. Asked only after a failed attempt
/// of a request that is not a GET: nothing is spent on the happy path.
/// </summary>
internal static class SdrsOperationMatcher
{
    private static readonly (SdrsOperation Operation, string[] Segments)[] Writes =
    [
        .. SdrsOperations
            .All.Where(operation => operation.Method != "GET")
            .Select(operation => (operation, operation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries))),
    ];

    /// <summary>
    /// Gets the operation a request calls: same method, and a path whose last segments match the template (an
    /// endpoint may add a prefix), literal segments preferred over captures (<c>failure-jobs/batch</c> over
    /// <c>failure-jobs/{failure_job_id}</c>); <see langword="null"/> for a request the table does not know, such as an
    /// IAM call. Operations that share a method and a path (the actions of one path) share their class.
    /// </summary>
    public static SdrsOperation? Find(HttpMethod method, Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return null;
        }

        // No allocation: the path's segments as ranges, on the stack (SDRS paths have at most 8).
        ReadOnlySpan<char> path = uri.AbsolutePath;
        Span<Range> segments = stackalloc Range[16];
        int count = path.Split(segments, '/', StringSplitOptions.RemoveEmptyEntries);
        if (count == segments.Length)
        {
            return null;
        }

        SdrsOperation? best = null;
        int bestLiterals = -1;
        foreach ((SdrsOperation operation, string[] template) in Writes)
        {
            if (
                string.Equals(operation.Method, method.Method, StringComparison.OrdinalIgnoreCase)
                && Literals(template, path, segments[..count]) is int literals
                && literals > bestLiterals
            )
            {
                best = operation;
                bestLiterals = literals;
            }
        }

        return best;
    }

    /// <summary>The number of literal segments of a template that matches the end of a path; null when it does not
    /// match.</summary>
    private static int? Literals(string[] template, ReadOnlySpan<char> path, ReadOnlySpan<Range> segments)
    {
        if (segments.Length < template.Length)
        {
            return null;
        }

        int offset = segments.Length - template.Length;
        int literals = 0;
        for (int i = 0; i < template.Length; i++)
        {
            string segment = template[i];
            if (segment.StartsWith('{') && segment.EndsWith('}'))
            {
                continue;
            }

            if (!path[segments[offset + i]].SequenceEqual(segment))
            {
                return null;
            }

            literals++;
        }

        return literals;
    }
}
