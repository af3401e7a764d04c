namespace SdrsSdk.Resolution.Internal;

/// <summary>
/// What a resource's status says about one write to it (reference Appendix A.2 to A.5): the transitional statuses the
/// write puts it in (accepted), the stable ones it leads to (done), its error statuses, and the statuses it starts
/// from (its preconditions: untouched). A status in none of them leaves the verdict unknown.
/// </summary>
internal sealed class StatusRule
{
    /// <summary>The status an effect reports for a resource that no longer exists.</summary>
    public const string Gone = "gone";

    private readonly HashSet<string> _running;
    private readonly HashSet<string> _done;
    private readonly HashSet<string> _failed;
    private readonly HashSet<string> _untouched;

    public StatusRule(
        IEnumerable<string> running,
        IEnumerable<string> done,
        IEnumerable<string> failed,
        IEnumerable<string> untouched
    )
    {
        _running = new HashSet<string>(running, StringComparer.Ordinal);
        _done = new HashSet<string>(done, StringComparer.Ordinal);
        _failed = new HashSet<string>(failed, StringComparer.Ordinal);
        _untouched = new HashSet<string>(untouched, StringComparer.Ordinal);
    }

    /// <summary>
    /// A creation's rule (5.4.1, 5.5.1, 5.6.1, 5.7.1): <paramref name="creating"/>, then <paramref name="available"/>
    /// or any later status, or <paramref name="error"/>.
    /// </summary>
    public static StatusRule ForCreation(string creating, string available, string error) =>
        new([creating], [available], [error], []) { OthersAreDone = true };

    /// <summary>
    /// A deletion's rule (5.4.4, 5.5.2, 5.6.2, 5.7.2): <paramref name="deleting"/>, then gone, or
    /// <paramref name="errorDeleting"/>; any other status means the resource is still there, untouched.
    /// </summary>
    public static StatusRule ForDeletion(string deleting, string errorDeleting) =>
        new([deleting], [], [errorDeleting], []) { GoneIsDone = true, OthersAreUntouched = true };

    /// <summary>Gets a value indicating whether a gone resource means done (a delete).</summary>
    public bool GoneIsDone { get; init; }

    /// <summary>Gets a value indicating whether a status in none of the lists means done (a creation: the resource
    /// exists and has moved on).</summary>
    public bool OthersAreDone { get; init; }

    /// <summary>Gets a value indicating whether a status in none of the lists means untouched (a delete: the
    /// resource is still there and not deleting).</summary>
    public bool OthersAreUntouched { get; init; }

    public bool IsRunning(string status) => _running.Contains(status);

    public bool IsDone(string status) =>
        _done.Contains(status) || (status == Gone ? GoneIsDone : OthersAreDone && !IsListed(status));

    public bool IsFailed(string status) => _failed.Contains(status);

    public bool IsUntouched(string status) =>
        _untouched.Contains(status) || (status != Gone && OthersAreUntouched && !IsListed(status));

    /// <summary>Reads a resource again and says where the effect stands.</summary>
    public async Task<SdrsEffectState> FollowAsync(
        Func<SdrsClient, string, CancellationToken, Task<ResourceSnapshot>> read,
        SdrsClient client,
        string id,
        CancellationToken cancellationToken
    ) => Follow((await read(client, id, cancellationToken).ConfigureAwait(false)).Status);

    private bool IsListed(string status) =>
        _running.Contains(status) || _done.Contains(status) || _failed.Contains(status) || _untouched.Contains(status);

    /// <summary>Where an applied write's effect stands when the resource shows <paramref name="status"/>.</summary>
    public SdrsEffectState Follow(string status) =>
        new(
            IsRunning(status) ? SdrsEffectStage.Running
                : IsDone(status) ? SdrsEffectStage.Succeeded
                : SdrsEffectStage.Failed,
            status
        );
}
