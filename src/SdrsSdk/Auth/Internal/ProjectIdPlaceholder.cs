namespace SdrsSdk.Auth.Internal;

/// <summary>
/// The path segment that stands for the project ID in the base address of a client whose project ID is discovered
/// through IAM (<c>{endpoint}/v1/{project_id}/</c>, literally). The authentication handler replaces it with the
/// discovered ID before the request is authenticated and sent, so a signature or log never sees the placeholder.
/// </summary>
internal static class ProjectIdPlaceholder
{
    /// <summary>The unescaped placeholder: braces cannot occur in a real project ID.</summary>
    public const string Value = "{project_id}";

    /// <summary>The placeholder as it appears in an escaped URI path.</summary>
    public static readonly string EscapedSegment = "/" + Uri.EscapeDataString(Value) + "/";

    /// <summary>Whether the request URI still holds the placeholder.</summary>
    public static bool IsIn(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && uri.AbsolutePath.Contains(EscapedSegment, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the URI with the placeholder replaced by the project ID (escaped); the query is kept as
    /// is.</summary>
    public static Uri Replace(Uri uri, string projectId)
    {
        string text = uri.AbsoluteUri;
        int queryStart = text.IndexOf('?', StringComparison.Ordinal);
        int pathEnd = queryStart < 0 ? text.Length : queryStart;
        int at = text.IndexOf(EscapedSegment, 0, pathEnd, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return uri;
        }

        string replaced = $"{text[..at]}/{Uri.EscapeDataString(projectId)}/{text[(at + EscapedSegment.Length)..]}";
        return new Uri(replaced, UriKind.Absolute);
    }
}
