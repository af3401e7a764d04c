namespace SdrsSdk;

/// <summary>
/// One entry of the SDRS error-code catalog (reference Appendix A.1): what a code means and what to do about it.
/// </summary>
/// <param name="Code">The error code, for example <c>SDRS.1013</c>.</param>
/// <param name="HttpStatus">The HTTP status the service answers with for this code.</param>
/// <param name="Message">The error message the service sends.</param>
/// <param name="Description">What the error means.</param>
/// <param name="HandlingMeasure">What the caller should do about it.</param>
/// <param name="IsNotFound">
/// Whether the code means that a referenced resource does not exist (SDRS answers those with HTTP 400).
/// </param>
public sealed record SdrsErrorInfo(
    string Code,
    int HttpStatus,
    string Message,
    string Description,
    string HandlingMeasure,
    bool IsNotFound
);
