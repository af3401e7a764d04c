using System.Reflection;
using System.Runtime.Versioning;
using SdrsSdk.Testing;

namespace SdrsSdk.Tests.Options;

/// <summary>
/// Which build of the library the tests run against: the test project's own (net10.0), or the one build/test.sh's
/// net8.0 pass puts in place (SDRS_EXPECTED_LIBRARY_FRAMEWORK), so that pass cannot silently test the net10.0 build.
/// </summary>
public sealed class LibraryBuildTests
{
    [Fact]
    public void LoadedLibraryBuilds_AreTheExpectedFramework()
    {
        string expected = Environment.GetEnvironmentVariable("SDRS_EXPECTED_LIBRARY_FRAMEWORK")
            ?? ".NETCoreApp,Version=v10.0";

        FrameworkOf(typeof(SdrsClient).Assembly).Should().Be(expected);
        FrameworkOf(typeof(SdrsEmulator).Assembly).Should().Be(expected);
    }

    private static string? FrameworkOf(Assembly assembly) =>
        assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
}
