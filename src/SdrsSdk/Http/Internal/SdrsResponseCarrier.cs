namespace SdrsSdk.Http.Internal;

/// <summary>
/// A body read from a response that keeps the response it came in (<see cref="SdrsResponseReader"/> sets it), so a
/// page or a job handle made from it can show its status, request ID and headers (<see cref="SdrsResponse"/>) when
/// asked, without costing a call anything more than this reference.
/// </summary>
internal abstract class SdrsResponseCarrier
{
    /// <summary>Gets or sets the response the body was read from; <see langword="null"/> for a body not read from a
    /// response of the SDK's pipeline.</summary>
    internal HttpResponseMessage? Source { get; set; }
}
