namespace SdrsSdk;

/// <summary>An SDRS request failed because the request conflicts with the resource's current state (HTTP
/// 409).</summary>
public class SdrsConflictException : SdrsException
{
    /// <summary>Initializes a new instance from the details of a failed response.</summary>
    /// <param name="details">What the failed response said.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SdrsConflictException(SdrsErrorDetails details, Exception? innerException = null)
        : base(details, innerException) { }
}
