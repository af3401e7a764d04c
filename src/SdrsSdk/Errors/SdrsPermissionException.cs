namespace SdrsSdk;

/// <summary>An SDRS request failed because the caller is not allowed to perform the operation (HTTP 403, or SDRS.0003
/// to SDRS.0005).</summary>
public class SdrsPermissionException : SdrsException
{
    /// <summary>Initializes a new instance from the details of a failed response.</summary>
    /// <param name="details">What the failed response said.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SdrsPermissionException(SdrsErrorDetails details, Exception? innerException = null)
        : base(details, innerException) { }
}
