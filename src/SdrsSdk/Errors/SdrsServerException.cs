namespace SdrsSdk;

/// <summary>An SDRS request failed because the service or a gateway failed (HTTP 5xx); the operation may or may not
/// have been carried out.</summary>
public class SdrsServerException : SdrsException
{
    /// <summary>Initializes a new instance from the details of a failed response.</summary>
    /// <param name="details">What the failed response said.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SdrsServerException(SdrsErrorDetails details, Exception? innerException = null)
        : base(details, innerException) { }
}
