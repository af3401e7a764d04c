using System.Collections.Concurrent;

namespace SdrsSdk.RecoveryPlans.Tests.TestSupport;

/// <summary>
/// A run store in memory that keeps each state as JSON (through the file store's format), so a resume reads what a
/// new process would; <see cref="CrashWhen"/> makes a save throw, as a process that dies at that point would stop
/// (the state before stays the last saved).
/// </summary>
internal sealed class MemoryRunStore : IRecoveryRunStore
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sdrs-plans-" + Guid.NewGuid().ToString("N"));
    private readonly ConcurrentQueue<RecoveryRun> _saves = new();
    private readonly FileRecoveryRunStore _files;

    public MemoryRunStore() => _files = new FileRecoveryRunStore(_directory);

    /// <summary>When set, the first save it matches throws <see cref="SimulatedCrashException"/> (once).</summary>
    public Func<RecoveryRun, bool>? CrashWhen { get; set; }

    public int Saves => _saves.Count;

    public async Task SaveAsync(RecoveryRun run, CancellationToken cancellationToken = default)
    {
        if (CrashWhen is { } crash && crash(run))
        {
            CrashWhen = null;
            throw new SimulatedCrashException();
        }

        await _files.SaveAsync(run, cancellationToken);
        _saves.Enqueue(run);
    }

    public Task<RecoveryRun?> LoadAsync(string runId, CancellationToken cancellationToken = default) =>
        _files.LoadAsync(runId, cancellationToken);
}
