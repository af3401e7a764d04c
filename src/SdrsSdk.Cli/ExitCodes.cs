namespace SdrsSdk.Cli;

/// <summary>
/// The process exit codes of <c>sdrs</c>. They are part of the tool's contract for scripts: a value never changes
/// meaning, new failure classes get new numbers. The README and the root command's help show <see cref="All"/>.
/// </summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int ServiceError = 1;
    public const int UsageError = 2;
    public const int AuthenticationError = 3;
    public const int NotFound = 4;
    public const int JobFailed = 5;
    public const int Timeout = 6;
    public const int OutcomeUnknown = 7;
    public const int ConfigurationError = 8;
    public const int NotReady = 9;
    public const int Cancelled = 130;

    /// <summary>Every code with its meaning, in the order the help epilogue and the README list them.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> All { get; } =
    [
        (Success, "success"),
        (
            ServiceError,
            "the service refused or failed the call (any other SDRS error: conflict, bad request, "
                + "throttling, server or connection error)"
        ),
        (UsageError, "usage error: unknown command or option, missing or malformed argument"),
        (AuthenticationError, "authentication or permission refused (HTTP 401/403)"),
        (NotFound, "the resource or job does not exist (HTTP 404)"),
        (JobFailed, "the job ended in FAIL"),
        (Timeout, "waiting for the job, or the call itself, timed out"),
        (OutcomeUnknown, "a write may or may not have happened (the connection broke and the SDK could not tell)"),
        (ConfigurationError, "no usable credential, endpoint, region or project (nothing was sent)"),
        (NotReady, "a recovery plan is not ready: a readiness check found a blocker (nothing was sent)"),
        (Cancelled, "cancelled (Ctrl+C)"),
    ];

    /// <summary>Maps an exception to its exit code: from the SDK's exception types, never from message text.</summary>
    public static int For(Exception exception) =>
        exception switch
        {
            Commands.PlanOutcomeException plan => plan.ExitCode,
            SdrsJobFailedException => JobFailed,
            SdrsJobTimeoutException or SdrsTimeoutException => Timeout,
            SdrsOutcomeUnknownException => OutcomeUnknown,
            SdrsAuthenticationException or SdrsPermissionException => AuthenticationError,
            SdrsNotFoundException => NotFound,
            SdrsException => ServiceError,
            OperationCanceledException => Cancelled,
            CliConfigurationException => ConfigurationError,
            // The SDK checks arguments (IDs, names, sizes) before any request: the command line was wrong.
            CliUsageException or ArgumentException => UsageError,
            _ => ServiceError,
        };
}
