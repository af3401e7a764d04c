namespace SdrsSdk;

/// <summary>An SDRS request failed because the credentials were missing, invalid or expired (HTTP 401, or SDRS.0002
/// invalid token).</summary>
public class SdrsAuthenticationException : SdrsException
{
    /// <summary>Initializes a new instance from the details of a failed response.</summary>
    /// <param name="details">What the failed response said.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SdrsAuthenticationException(SdrsErrorDetails details, Exception? innerException = null)
        : base(details, innerException) { }
}
