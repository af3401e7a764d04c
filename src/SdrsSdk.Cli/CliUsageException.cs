namespace SdrsSdk.Cli;

/// <summary>A command line that parsed but cannot be run as written (for example a malformed tag); exit code
/// <see cref="ExitCodes.UsageError"/>.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
