namespace SdrsSdk.Validation;

/// <summary>Argument checks made before any request leaves the process.</summary>
internal static class SdrsArgument
{
    /// <summary>Checks that an ID is non-empty, has no surrounding white space and fits in one path segment.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The value is empty, padded, or holds '/', '?', '#' or a control character.</exception>
    public static void PathSegment(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (value.Length == 0 || string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} must not be empty.", paramName);
        }

        if (value.Trim().Length != value.Length)
        {
            throw new ArgumentException($"{paramName} must not start or end with white space.", paramName);
        }

        if (value == "." || value == "..")
        {
            throw new ArgumentException($"{paramName} must not be '.' or '..'.", paramName);
        }

        foreach (char c in value)
        {
            if (c is '/' or '\\' or '?' or '#' || char.IsControl(c))
            {
                throw new ArgumentException($"{paramName} must be a single path segment: it must not contain '/', '\\', '?', '#' or control characters.", paramName);
            }
        }
    }
}
