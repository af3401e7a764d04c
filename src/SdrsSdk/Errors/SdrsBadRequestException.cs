namespace SdrsSdk;

/// <summary>An SDRS request failed because the request was invalid (HTTP 400 with a code that is neither a permission
/// nor a not-found code).</summary>
public class SdrsBadRequestException : SdrsException
{
    /// <summary>Initializes a new instance from the details of a failed response.</summary>
    /// <param name="details">What the failed response said.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SdrsBadRequestException(SdrsErrorDetails details, Exception? innerException = null)
        : base(details, innerException) { }
}
