namespace SdrsSdk;

/// <summary>An SDRS request failed because the resource does not exist (HTTP 404, or an SDRS not-found code such as
/// SDRS.1013 that arrives with HTTP 400).</summary>
public class SdrsNotFoundException : SdrsException
{
    /// <summary>Initializes a new instance from the details of a failed response.</summary>
    /// <param name="details">What the failed response said.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SdrsNotFoundException(SdrsErrorDetails details, Exception? innerException = null)
        : base(details, innerException) { }
}
