namespace SdrsSdk;

/// <summary>
/// Collects the responses of the SDK calls made inside its scope, on this asynchronous flow: the way to read the
/// request ID, status and headers of a call whose result is a model, a list, a count or nothing.
/// </summary>
/// <remarks>
/// <para>
/// The scope follows the asynchronous flow, like a logging scope: calls awaited inside it (and tasks started inside
/// it) are collected, calls on other flows are not, so concurrent callers never see each other's responses. Scopes
/// nest: an inner scope's responses also reach the outer one. Every call that ended with a response is collected, an
/// error response included (its exception carries the same details); a call that got no response is not.
/// </para>
/// <para>Job handles and pages carry their own response without a scope: <see cref="SdrsJobOperation.StartResponse"/>
/// and <see cref="SdrsPage.Response"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// using var capture = SdrsResponseCapture.Start();
/// ServerGroup group = await client.ServerGroups.GetAsync(groupId);
/// Console.WriteLine(capture.Last?.RequestId);
/// </code>
/// </example>
public sealed class SdrsResponseCapture : IDisposable
{
    private static readonly AsyncLocal<SdrsResponseCapture?> CurrentScope = new();

    private readonly SdrsResponseCapture? _outer;
    private readonly object _gate = new();
    private SdrsResponse? _last;
    private List<SdrsResponse>? _all;
    private bool _disposed;

    private SdrsResponseCapture(SdrsResponseCapture? outer) => _outer = outer;

    /// <summary>Gets the capture scope of the current asynchronous flow, if any.</summary>
    internal static SdrsResponseCapture? Current => CurrentScope.Value;

    /// <summary>Starts a scope on the current asynchronous flow; dispose it to end the scope.</summary>
    /// <returns>The scope.</returns>
    public static SdrsResponseCapture Start()
    {
        var capture = new SdrsResponseCapture(CurrentScope.Value);
        CurrentScope.Value = capture;
        return capture;
    }

    /// <summary>Gets the response of the call that ended last in the scope; <see langword="null"/> before
    /// any.</summary>
    public SdrsResponse? Last
    {
        get
        {
            lock (_gate)
            {
                return _last;
            }
        }
    }

    /// <summary>Gets every response collected so far, in the order the calls ended.</summary>
    public IReadOnlyList<SdrsResponse> Responses
    {
        get
        {
            lock (_gate)
            {
                return _all is not null ? [.. _all]
                    : _last is not null ? [_last]
                    : [];
            }
        }
    }

    /// <summary>Ends the scope: later calls on this flow are no longer collected here.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (ReferenceEquals(CurrentScope.Value, this))
        {
            CurrentScope.Value = _outer;
        }
    }

    /// <summary>Records a response in this scope and every scope around it.</summary>
    internal void Record(SdrsResponse response)
    {
        for (SdrsResponseCapture? scope = this; scope is not null; scope = scope._outer)
        {
            if (scope._disposed)
            {
                continue;
            }

            lock (scope._gate)
            {
                if (scope._last is not null)
                {
                    (scope._all ??= [scope._last]).Add(response);
                }

                scope._last = response;
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"SdrsResponseCapture({Responses.Count} response(s))";
}
