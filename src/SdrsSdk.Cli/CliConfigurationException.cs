namespace SdrsSdk.Cli;

/// <summary>The client could not be built from the flags, environment and configuration file (no credential, no
/// endpoint, invalid options); exit code <see cref="ExitCodes.ConfigurationError"/>.</summary>
internal sealed class CliConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
