namespace SdrsSdk.Validation.Internal;

/// <summary>Argument checks made before any request leaves the process.</summary>
internal static class SdrsArgument
{
    /// <summary>Checks that an ID is non-empty, has no surrounding white space and fits in one path segment.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The value is empty, padded, or holds '/', '?', '#' or a control
    /// character.</exception>
    public static void PathSegment(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (PathSegmentProblem(value) is { } problem)
        {
            throw new ArgumentException($"{paramName} {problem}.", paramName);
        }
    }

    /// <summary>
    /// Tells why a value cannot stand as one path segment, the rule of <see cref="PathSegment"/>; also used for IDs a
    /// server chooses (a job's entities) before they go into a path.
    /// </summary>
    /// <returns>The broken rule ("must not be empty", …), or <see langword="null"/> when the value fits.</returns>
    public static string? PathSegmentProblem(string value)
    {
        if (value.Length == 0 || string.IsNullOrWhiteSpace(value))
        {
            return "must not be empty";
        }

        if (value.Trim().Length != value.Length)
        {
            return "must not start or end with white space";
        }

        if (value is "." or "..")
        {
            return "must not be '.' or '..'";
        }

        foreach (char c in value)
        {
            if (c is '/' or '\\' or '?' or '#' || char.IsControl(c))
            {
                return "must be a single path segment: it must not contain '/', '\\', '?', '#' or control characters";
            }
        }

        return null;
    }
}
