namespace SdrsSdk;

/// <summary>One entry of an error body's <c>details</c> array.</summary>
/// <param name="Code">The entry's error code, if it has one.</param>
/// <param name="Message">The entry's message, if it has one (at most 200 characters).</param>
public sealed record SdrsErrorItem(string? Code, string? Message);
