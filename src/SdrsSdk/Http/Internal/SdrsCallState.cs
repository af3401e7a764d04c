namespace SdrsSdk.Http.Internal;

/// <summary>
/// What the handlers of one SDK call share through <see cref="HttpRequestMessage.Options"/>: how many attempts were
/// sent and whether the overall timeout fired. Created by the outermost handler, updated inside the retry.
/// </summary>
internal sealed class SdrsCallState
{
    private static readonly HttpRequestOptionsKey<SdrsCallState> Key = new("SdrsSdk.CallState");

    private int _attempts;

    /// <summary>Gets how many attempts have been sent so far.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Gets or sets a value indicating whether the overall timeout ended the call.</summary>
    public bool OverallTimeoutFired { get; set; }

    /// <summary>Gets or sets how long the call took, retries included (set when it ended with a response).</summary>
    public TimeSpan Duration { get; set; }

    /// <summary>Gets the state of a request's call, if it has one.</summary>
    public static SdrsCallState? Find(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out SdrsCallState? state) ? state : null;

    /// <summary>Gets the state of a request's call, creating it when the request has none yet.</summary>
    public static SdrsCallState For(HttpRequestMessage request)
    {
        if (!request.Options.TryGetValue(Key, out SdrsCallState? state))
        {
            state = new SdrsCallState();
            request.Options.Set(Key, state);
        }

        return state;
    }

    /// <summary>Counts one more attempt and returns its number, starting at 1.</summary>
    public int NextAttempt() => Interlocked.Increment(ref _attempts);
}
