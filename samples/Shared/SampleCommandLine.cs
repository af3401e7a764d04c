namespace Samples.Shared;

/// <summary>The command line every sample reads the same way: <c>--help</c> or <c>-h</c>, flags such as
/// <c>--yes</c>, and options written <c>--name value</c>.</summary>
internal sealed class SampleCommandLine(IReadOnlyList<string> args)
{
    /// <summary>Gets a value indicating whether <c>--help</c> or <c>-h</c> was given.</summary>
    public bool HelpRequested => Flag("--help") || Flag("-h");

    /// <summary>Returns whether the flag was given.</summary>
    public bool Flag(string name) => args.Contains(name, StringComparer.Ordinal);

    /// <summary>Returns the value after the option, or <see langword="null"/> when the option is absent or
    /// last.</summary>
    public string? Value(string name)
    {
        for (int index = 0; index + 1 < args.Count; index++)
        {
            if (string.Equals(args[index], name, StringComparison.Ordinal))
            {
                return args[index + 1];
            }
        }

        return null;
    }
}
