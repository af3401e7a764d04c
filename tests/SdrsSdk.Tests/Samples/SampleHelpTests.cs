using System.Reflection;
using EmulatorHost;
using SdrsSdk.Testing;
using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Samples;

/// <summary>Every sample's entry point, run with --help or -h: it prints what it does, its arguments and the
/// environment variables it reads, exits 0, and sends nothing, although the environment names a reachable SDRS and
/// the other arguments ask for work.</summary>
[Collection(EnvironmentVariablesGroup.Name)]
public sealed class SampleHelpTests
{
    public static TheoryData<string, string[], string[]> Samples =>
        new()
        {
            {
                "QuickStart",
                ["--endpoint", "@ENDPOINT@", "--vpc-id", "v", "--server-id", "s", "--volume-id", "d", "--yes"],
                ["walk-through", "--endpoint <url>", "--vpc-id <id>", "--device <name>", "--yes", "SDRS_ENDPOINT"]
            },
            {
                "DrDrill",
                ["--server-group", "g", "--endpoint", "@ENDPOINT@"],
                ["drill", "--server-group <id>", "--endpoint <url>", "HUAWEICLOUD_SDK_AK", "SDRS_ALLOW_INSECURE_HTTP"]
            },
            {
                "Failover",
                ["--server-group", "g", "--endpoint", "@ENDPOINT@"],
                ["failover", "--server-group <id>", "--resume", "--state <file>", "HUAWEICLOUD_SDK_REGION"]
            },
            {
                "EmulatorHost",
                [],
                ["emulator", "SDRS_ENDPOINT", "SDRS_ALLOW_INSECURE_HTTP=true", "HUAWEICLOUD_SDK_SK", "(none)"]
            },
            { "AotSmoke", [], ["NativeAOT", "protection group", "SDRS_ENDPOINT", "SDRS_ALLOW_INSECURE_HTTP"] },
        };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Help_PrintsPurposeArgumentsAndVariables_ExitsZero_SendsNothing(
        string sample,
        string[] otherArguments,
        string[] expected
    )
    {
        await using SdrsEmulator emulator = SdrsEmulator.Start();
        using var environment = new EnvironmentScope(
            HostEnvironment.Variables(emulator).ToDictionary(variable => variable.Key, string? (v) => v.Value)
        );
        string[] rest = [.. otherArguments.Select(a => a.Replace("@ENDPOINT@", emulator.Endpoint.ToString()))];

        foreach (string flag in new[] { "--help", "-h" })
        {
            (int exitCode, string output) = RunEntryPoint(sample, [.. rest, flag]);

            exitCode.Should().Be(0, $"{sample} {flag} succeeds");
            output.Should().StartWith("Usage: ").And.Contain("Arguments:").And.Contain("--help, -h");
            output.Should().Contain("Environment variables read:");
            foreach (string text in expected)
            {
                output.Should().Contain(text, $"{sample} {flag} documents it");
            }
        }

        emulator.Journal.Should().BeEmpty("help sends nothing");
    }

    [Fact]
    public void NoHelp_EntryPointRunsTheSample()
    {
        // The other side of the help test: without --help, the same entry point does its work (and fails here on a
        // missing argument before any request).
        using var environment = new EnvironmentScope(
            new()
            {
                ["HUAWEICLOUD_SDK_AK"] = "ak",
                ["HUAWEICLOUD_SDK_SK"] = "sk",
                ["SDRS_ENDPOINT"] = "https://sdrs.example/",
            }
        );

        (int exitCode, string output) = RunEntryPoint("QuickStart", []);

        exitCode.Should().Be(2);
        output.Should().NotContain("Usage: ");
    }

    private static (int ExitCode, string Output) RunEntryPoint(string sample, string[] args)
    {
        MethodInfo entryPoint = Assembly.Load(sample).EntryPoint!;
        TextWriter previousOut = Console.Out;
        TextWriter previousError = Console.Error;
        var output = new StringWriter();
        Console.SetOut(output);
        Console.SetError(TextWriter.Null);
        try
        {
            object? result = entryPoint.Invoke(null, [args]);
            return ((int)result!, output.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }
}
