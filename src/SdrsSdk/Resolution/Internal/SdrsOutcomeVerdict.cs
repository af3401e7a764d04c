namespace SdrsSdk.Resolution.Internal;

/// <summary>What a fresh read says about a write whose answer was lost.</summary>
internal enum SdrsOutcomeVerdict
{
    /// <summary>The write took effect (it may still be running): return the handle a normal call returns.</summary>
    Applied,

    /// <summary>The write provably did not take effect: sending it again is safe.</summary>
    NotApplied,

    /// <summary>The SDK cannot tell (in time): the caller gets <see cref="SdrsOutcomeUnknownException"/>.</summary>
    Unknown,
}
