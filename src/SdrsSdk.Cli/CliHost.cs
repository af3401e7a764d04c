namespace SdrsSdk.Cli;

/// <summary>What the process (or a test) hands the tool besides arguments, writers and environment.</summary>
internal sealed class CliHost
{
    /// <summary>Gets a value indicating whether standard output and error are a terminal: live progress and
    /// colours then; plain lines without control characters otherwise.</summary>
    public bool Interactive { get; init; }

    /// <summary>Gets standard input, for <c>--sk-stdin</c>.</summary>
    public TextReader? Stdin { get; init; }

    /// <summary>Gets a client to use instead of building one from flags and environment (tests pass the
    /// emulator's); the tool does not dispose it.</summary>
    public SdrsClient? Client { get; init; }

    /// <summary>Gets a value indicating whether this is the real process, which turns Ctrl+C and SIGTERM into
    /// cancellation of the running command.</summary>
    public bool HandlesSignals { get; init; }

    /// <summary>Gets the job-polling schedule to use instead of the client's (tests make it fast).</summary>
    public JobPollingOptions? Polling { get; init; }
}
