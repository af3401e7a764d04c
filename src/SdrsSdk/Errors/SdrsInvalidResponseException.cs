namespace SdrsSdk;

/// <summary>An SDRS request failed because the service answered with a status that says success but a body the SDK
/// could not read.</summary>
public class SdrsInvalidResponseException : SdrsException
{
    /// <summary>Initializes a new instance from the details of a failed response.</summary>
    /// <param name="details">What the failed response said.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SdrsInvalidResponseException(SdrsErrorDetails details, Exception? innerException = null)
        : base(details, innerException) { }
}
