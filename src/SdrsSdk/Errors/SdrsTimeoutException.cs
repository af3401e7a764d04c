using System.Globalization;

namespace SdrsSdk;

/// <summary>
/// An SDRS call ran out of time: the overall <see cref="SdrsClientOptions.Timeout"/> elapsed, or its last attempt
/// exceeded <see cref="SdrsRetryOptions.AttemptTimeout"/> and was not retried. It is an <see cref="SdrsException"/>
/// (status 0: no response), never an <see cref="OperationCanceledException"/>: those mean that the caller's own token
/// was cancelled.
/// </summary>
/// <remarks>
/// A write (POST, PUT, DELETE) that timed out may still have been processed by the service; the SDK never sends it
/// again. Check its effect (for example, list the jobs or read the resource) before you repeat it.
/// </remarks>
public sealed class SdrsTimeoutException : SdrsException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public SdrsTimeoutException()
        : this("An SDRS call timed out.") { }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public SdrsTimeoutException(string message)
        : base(message, null) { }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SdrsTimeoutException(string message, Exception? innerException)
        : base(message, innerException) { }

    /// <summary>Initializes a new instance describing the call that timed out.</summary>
    /// <param name="method">The HTTP method of the call.</param>
    /// <param name="path">The path (and query) of the call.</param>
    /// <param name="timeout">The limit that was reached.</param>
    /// <param name="attempts">How many attempts were sent.</param>
    /// <param name="isOverallTimeout">
    /// <see langword="true"/> when the overall timeout elapsed; <see langword="false"/> when the last attempt timed
    /// out.
    /// </param>
    /// <param name="innerException">The cause.</param>
    public SdrsTimeoutException(
        string? method,
        string? path,
        TimeSpan timeout,
        int attempts,
        bool isOverallTimeout,
        Exception? innerException
    )
        : base(
            new SdrsErrorDetails { Method = method, Path = path },
            BuildMessage(method, path, timeout, attempts, isOverallTimeout),
            innerException
        )
    {
        Timeout = timeout;
        Attempts = attempts;
        IsOverallTimeout = isOverallTimeout;
    }

    /// <summary>Gets the limit that was reached.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Gets how many attempts were sent before the call gave up.</summary>
    public int Attempts { get; }

    /// <summary>
    /// Gets a value indicating whether the overall <see cref="SdrsClientOptions.Timeout"/> elapsed
    /// (<see langword="false"/>: the last attempt exceeded <see cref="SdrsRetryOptions.AttemptTimeout"/>).
    /// </summary>
    public bool IsOverallTimeout { get; }

    private static string BuildMessage(
        string? method,
        string? path,
        TimeSpan timeout,
        int attempts,
        bool isOverallTimeout
    )
    {
        string call = method is null ? "An SDRS call" : $"SDRS call {method} {path}";
        string limit = isOverallTimeout
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"ran out of its overall timeout of {timeout.TotalSeconds:0.###} s after {attempts} attempt(s)"
            )
            : string.Create(
                CultureInfo.InvariantCulture,
                $"timed out: attempt {attempts} took longer than the attempt timeout of {timeout.TotalSeconds:0.###} s"
            );
        string advice = IsWrite(method) ? MayHaveBeenAppliedAdvice : string.Empty;
        return $"{call} {limit}.{advice}";
    }
}
