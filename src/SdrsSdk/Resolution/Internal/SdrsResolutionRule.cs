namespace SdrsSdk.Resolution.Internal;

/// <summary>How to resolve one operation: the read-back, and what a caller should check when it cannot tell.</summary>
/// <param name="ResolveAsync">Reads what the reference guarantees and gives the verdict.</param>
/// <param name="WhatToCheck">Names, for the request, what to read to find out by hand.</param>
internal sealed record SdrsResolutionRule(
    Func<ResolutionContext, CancellationToken, Task<SdrsOutcome>> ResolveAsync,
    Func<SdrsWriteRequest, string> WhatToCheck
)
{
    /// <summary>
    /// The rule for one resource's status: reads it through <paramref name="read"/>, judges it under
    /// <paramref name="rule"/> (<see cref="ResolutionContext.Judge"/>), and follows it the same way once applied.
    /// </summary>
    public static SdrsResolutionRule ByStatus(
        StatusRule rule,
        string pathId,
        string what,
        Func<SdrsClient, string, CancellationToken, Task<ResourceSnapshot>> read,
        Func<SdrsWriteRequest, string> whatToCheck
    ) =>
        new(
            async (context, cancellationToken) =>
            {
                string id = context.Request.PathId(pathId);
                ResourceSnapshot now = await read(context.Client, id, cancellationToken).ConfigureAwait(false);
                var effect = new SdrsResolvedEffect(id, rule.Follow(now.Status), async next =>
                    rule.Follow((await read(context.Client, id, next).ConfigureAwait(false)).Status)
                );
                return context.Judge(rule, $"{what} {id}", now.Status, now.UpdatedAt, effect);
            },
            whatToCheck
        );
}
