using SdrsSdk.Operations.Internal;

namespace SdrsSdk.Resolution.Internal;

/// <summary>
/// A write whose outcome is to be resolved: the operation's row, what the caller asked for, and when it was sent.
/// </summary>
/// <param name="Operation">The operation (a <see cref="SdrsRepeatClass.NonIdempotentWrite"/> or an asynchronous
/// <see cref="SdrsRepeatClass.Delete"/>).</param>
/// <param name="SentAt">When the request was sent (the client's <see cref="TimeProvider"/>).</param>
internal sealed record SdrsWriteRequest(SdrsOperation Operation, DateTimeOffset SentAt)
{
    /// <summary>
    /// Gets what the caller passed besides the path IDs: the public request object (for example
    /// <see cref="CreateServerGroupRequest"/>), the <see cref="PriorityStation"/> of a planned failover, the new size
    /// (an <see cref="int"/>) of an expansion; <see langword="null"/> when the operation takes nothing else.
    /// </summary>
    public object? Arguments { get; init; }

    /// <summary>Gets the IDs of the path, by their name in <see cref="SdrsOperation.Path"/> (for example
    /// <c>server_group_id</c>).</summary>
    public IReadOnlyDictionary<string, string> PathIds { get; init; } = NoPathIds;

    /// <summary>
    /// Gets when the failure was seen; the effect of the request, if any, happened before it (give or take the clock
    /// skew). <see langword="null"/>: when the resolution starts.
    /// </summary>
    public DateTimeOffset? FailedAt { get; init; }

    /// <summary>Gets the request ID (<c>X-Request-Id</c>) of the failed write, when an answer carried one.</summary>
    public string? RequestId { get; init; }

    private static readonly IReadOnlyDictionary<string, string> NoPathIds = new Dictionary<string, string>();

    /// <summary>Gets a copy with one more path ID.</summary>
    /// <param name="name">Its name in <see cref="SdrsOperation.Path"/>, for example <c>server_group_id</c>.</param>
    /// <param name="id">The ID the caller passed.</param>
    public SdrsWriteRequest WithPath(string name, string id) =>
        this with
        {
            PathIds = new Dictionary<string, string>(PathIds) { [name] = id },
        };

    /// <summary>Gets a path ID the operation's template names.</summary>
    /// <exception cref="InvalidOperationException">The request lacks it (a mistake at the call site).</exception>
    public string PathId(string name) =>
        PathIds.TryGetValue(name, out string? id)
            ? id
            : throw new InvalidOperationException($"{Operation.Id}: the path ID '{name}' was not passed.");

    /// <summary>Gets the arguments as the type the operation takes.</summary>
    /// <exception cref="InvalidOperationException">They are of another type (a mistake at the call site).</exception>
    public T Args<T>() =>
        Arguments is T value
            ? value
            : throw new InvalidOperationException(
                $"{Operation.Id}: expected arguments of type {typeof(T).Name}, got "
                    + (Arguments?.GetType().Name ?? "none")
                    + "."
            );
}
