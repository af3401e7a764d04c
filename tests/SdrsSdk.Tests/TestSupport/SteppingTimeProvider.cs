using Microsoft.Extensions.Time.Testing;

namespace SdrsSdk.Tests.TestSupport;

/// <summary>
/// A fake clock that tells the test when code starts waiting on it, and for how long, so a test can jump straight
/// to the moment the wait ends: waits of minutes run instantly, in the order the code asks for them.
/// </summary>
internal sealed class SteppingTimeProvider : FakeTimeProvider
{
    private readonly SemaphoreSlim _timerCreated = new(0);
    private TimeSpan _lastDue;

    public SteppingTimeProvider()
        : base(new DateTimeOffset(2024, 3, 15, 8, 30, 0, TimeSpan.Zero)) { }

    public List<TimeSpan> Waits { get; } = [];

    /// <summary>
    /// Gets a value indicating whether a timer created idle and started later (<see cref="ITimer.Change"/>, as a
    /// <see cref="CancellationTokenSource"/> on this clock does for a timeout) is stepped through too.
    /// </summary>
    public bool StepsThroughRescheduledTimers { get; init; }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ITimer timer = base.CreateTimer(callback, state, dueTime, period);
        Track(dueTime);
        return StepsThroughRescheduledTimers ? new TrackingTimer(this, timer) : timer;
    }

    private void Track(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (Waits)
            {
                Waits.Add(dueTime);
                _lastDue = dueTime;
            }

            _timerCreated.Release();
        }
    }

    /// <summary>Runs <paramref name="task"/> to its end, advancing the clock through every wait it makes.</summary>
    public async Task<T> DriveAsync<T>(Task<T> task, TimeSpan? limit = null)
    {
        TimeSpan budget = limit ?? TimeSpan.FromDays(1);
        DateTimeOffset start = GetUtcNow();
        while (!task.IsCompleted)
        {
            Task signal = _timerCreated.WaitAsync(TimeSpan.FromSeconds(10));
            Task first = await Task.WhenAny(task, signal);
            if (first == task)
            {
                break;
            }

            if (!((Task<bool>)signal).Result)
            {
                throw new TimeoutException("the code under test neither finished nor waited on the clock within 10 s");
            }

            TimeSpan due;
            lock (Waits)
            {
                due = _lastDue;
            }

            if (GetUtcNow() - start > budget)
            {
                throw new TimeoutException("the fake clock passed the test's limit");
            }

            Advance(due);
        }

        return await task;
    }

    /// <summary>A timer whose later starts count as waits too.</summary>
    private sealed class TrackingTimer(SteppingTimeProvider owner, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            bool changed = inner.Change(dueTime, period);
            owner.Track(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
