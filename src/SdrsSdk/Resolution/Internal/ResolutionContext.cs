using System.Globalization;

namespace SdrsSdk.Resolution.Internal;

/// <summary>
/// One resolution under way: the client to read with, the request, and the time window in which the request's effect
/// can have happened, with the helpers the rules share (find what a creation made, read a resource or learn that it is
/// gone, judge a status).
/// </summary>
internal sealed class ResolutionContext
{
    public ResolutionContext(
        SdrsClient client,
        SdrsWriteRequest request,
        SdrsResolutionOptions options,
        DateTimeOffset now
    )
    {
        Client = client;
        Request = request;
        Earliest = request.SentAt - options.ClockSkew;
        Latest = (request.FailedAt ?? now) + options.ClockSkew;
    }

    private ResolutionContext(
        SdrsClient client,
        SdrsWriteRequest request,
        DateTimeOffset earliest,
        DateTimeOffset latest
    )
    {
        Client = client;
        Request = request;
        Earliest = earliest;
        Latest = latest;
    }

    public SdrsClient Client { get; }

    public SdrsWriteRequest Request { get; }

    /// <summary>Gets the earliest service time the request's effect can carry: sent, less the clock skew.</summary>
    public DateTimeOffset Earliest { get; }

    /// <summary>Gets the latest service time the request's effect can carry: failed, plus the clock skew.</summary>
    public DateTimeOffset Latest { get; }

    /// <summary>The same window for one item of a batch, described as its own request.</summary>
    public ResolutionContext For(SdrsWriteRequest item) => new(Client, item, Earliest, Latest);

    /// <summary>Gets a value indicating whether a service time lies in the window of the request.</summary>
    public bool InWindow(DateTimeOffset? time) => time is { } t && t >= Earliest && t <= Latest;

    /// <summary>
    /// Tells whether a resource changed since the request could have reached it: <see langword="null"/> when it does
    /// not say when it was last updated.
    /// </summary>
    public bool? ChangedSinceSent(DateTimeOffset? updatedAt) => updatedAt is { } t ? t >= Earliest : null;

    /// <summary>
    /// The verdict of a creation from the resources that carry its keys: the one created in the request's window is
    /// the request's; none is not applied; more than one, or one without a creation time, cannot be told apart.
    /// </summary>
    public async Task<SdrsOutcome> FindCreatedAsync<T>(
        IAsyncEnumerable<T> candidates,
        Func<T, bool> hasKeys,
        Func<T, DateTimeOffset?> createdAt,
        Func<T, string> id,
        string what,
        Func<string, CancellationToken, Task<SdrsEffectState>> follow,
        CancellationToken cancellationToken
    )
    {
        var inWindow = new List<T>();
        int before = 0;
        int after = 0;
        await foreach (T candidate in candidates.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!hasKeys(candidate))
            {
                continue;
            }

            DateTimeOffset? created = createdAt(candidate);
            if (created is null)
            {
                return SdrsOutcome.Unknown($"{what} {id(candidate)} has no creation time to compare");
            }

            if (InWindow(created))
            {
                inWindow.Add(candidate);
            }
            else if (created < Earliest)
            {
                before++;
            }
            else
            {
                after++;
            }
        }

        string others = OthersText(before, after);
        switch (inWindow.Count)
        {
            case 0:
                return SdrsOutcome.NotApplied($"no {what} created from {Stamp(Earliest)} to {Stamp(Latest)}{others}");
            case > 1:
                return SdrsOutcome.Unknown(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{inWindow.Count} {what}s were created from {Stamp(Earliest)} to {Stamp(Latest)}: "
                    ) + string.Join(", ", inWindow.Select(id))
                );
        }

        string found = id(inWindow[0]);
        SdrsEffectState state = await follow(found, cancellationToken).ConfigureAwait(false);
        return SdrsOutcome.Applied(
            $"{what} {found} created at {Stamp(createdAt(inWindow[0]))}, now {state.Status}{others}",
            new SdrsResolvedEffect(found, state, cancellationToken2 => follow(found, cancellationToken2))
        );
    }

    /// <summary>Reads a resource, or <see langword="null"/> when the service says it does not exist.</summary>
    public static async Task<T?> ReadOrGoneAsync<T>(Func<Task<T>> read)
        where T : class
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (SdrsException exception) when (exception.IsNotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// The verdict from one resource's status under a <see cref="StatusRule"/>: transitional or done is applied;
    /// an error status is applied when the resource changed since the request (the write ran and failed), not
    /// applied when it did not (an older failure); a precondition status is not applied; anything else is unknown.
    /// </summary>
    public SdrsOutcome Judge(
        StatusRule rule,
        string what,
        string status,
        DateTimeOffset? updatedAt,
        SdrsResolvedEffect effect
    )
    {
        string seen = $"{what} is {status}";
        if (rule.IsRunning(status) || rule.IsDone(status))
        {
            return SdrsOutcome.Applied(seen, effect);
        }

        if (rule.IsFailed(status))
        {
            return ChangedSinceSent(updatedAt) switch
            {
                true => SdrsOutcome.Applied($"{seen}, updated at {Stamp(updatedAt)}", effect),
                false => SdrsOutcome.NotApplied($"{seen} since {Stamp(updatedAt)}, before the request"),
                null => SdrsOutcome.Unknown($"{seen}, with no update time to tell whether the request failed"),
            };
        }

        return rule.IsUntouched(status)
            ? SdrsOutcome.NotApplied(seen)
            : SdrsOutcome.Unknown($"{seen}, which says nothing about the request");
    }

    public static string Stamp(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture) ?? "(unknown)";

    private static string OthersText(int before, int after) =>
        (before, after) switch
        {
            (0, 0) => string.Empty,
            _ => string.Create(
                CultureInfo.InvariantCulture,
                $" ({before} with the same keys created earlier, {after} later: not the request's)"
            ),
        };
}
