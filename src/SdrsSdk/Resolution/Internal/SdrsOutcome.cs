namespace SdrsSdk.Resolution.Internal;

/// <summary>The verdict of a resolution, what it was read from, and, when applied, the effect to follow.</summary>
/// <param name="Verdict">Applied, not applied or unknown.</param>
/// <param name="Evidence">What was looked up and found (or why it could not tell), for the log and the
/// exception.</param>
internal sealed record SdrsOutcome(SdrsOutcomeVerdict Verdict, string Evidence)
{
    /// <summary>Gets the effect to follow; set when <see cref="Verdict"/> is <see cref="SdrsOutcomeVerdict.Applied"/>.
    /// </summary>
    public SdrsResolvedEffect? Effect { get; init; }

    /// <summary>Gets the operation resolved (<c>ServerGroups.Create</c>); set by the resolver.</summary>
    public string Operation { get; init; } = string.Empty;

    /// <summary>Gets what the caller should read to find out, in the caller's words; set by the resolver.</summary>
    public string WhatToCheck { get; init; } = string.Empty;

    public static SdrsOutcome Applied(string evidence, SdrsResolvedEffect effect) =>
        new(SdrsOutcomeVerdict.Applied, evidence) { Effect = effect };

    public static SdrsOutcome NotApplied(string evidence) => new(SdrsOutcomeVerdict.NotApplied, evidence);

    public static SdrsOutcome Unknown(string reason) => new(SdrsOutcomeVerdict.Unknown, reason);

    /// <summary>The exception for an <see cref="SdrsOutcomeVerdict.Unknown"/> verdict on a failed write.</summary>
    /// <param name="details">What is known of the failed write (method, path, status, request ID).</param>
    /// <param name="failure">The write's failure.</param>
    public SdrsOutcomeUnknownException ToException(SdrsErrorDetails details, Exception? failure) =>
        new(Operation, WhatToCheck, details, Evidence, failure);
}
