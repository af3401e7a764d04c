namespace SdrsSdk.Cli.Tests.TestSupport;

/// <summary>What one in-process run of the tool produced.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Everything the run wrote, for assertions that must hold on both streams.</summary>
    public string AllOutput => Stdout + Stderr;
}
