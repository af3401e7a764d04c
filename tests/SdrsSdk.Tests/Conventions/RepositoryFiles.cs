namespace SdrsSdk.Tests.Conventions;

/// <summary>Finds the repository's own files (docs, sources) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) =>
        Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SdrsSdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SdrsSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
