namespace SdrsSdk;

/// <summary>
/// An SDRS request was refused because the caller sent too many requests (HTTP 429). The service did not process
/// it; wait <see cref="RetryAfter"/> (when given) and send it again.
/// </summary>
public class SdrsThrottledException : SdrsException
{
    /// <summary>Initializes a new instance from the details of a failed response.</summary>
    /// <param name="details">What the failed response said.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SdrsThrottledException(SdrsErrorDetails details, Exception? innerException = null)
        : base(details, innerException) { }

    /// <summary>Gets how long the service asked the caller to wait (<c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter => Details.RetryAfter;
}
