using System.Collections.Concurrent;
using System.Text.Json;
using SdrsSdk.RecoveryPlans.Serialization;

namespace SdrsSdk.RecoveryPlans.Tests.TestSupport;

/// <summary>
/// A run store in memory that keeps each state as JSON (the file store's format), so a resume reads what a new
/// process would; <see cref="CrashWhen"/> makes a save throw, as a process that dies at that point would stop (the
/// state before stays the last saved).
/// </summary>
internal sealed class MemoryRunStore : IRecoveryRunStore
{
    private readonly ConcurrentDictionary<string, string> _states = new(StringComparer.Ordinal);

    /// <summary>When set, the first save it matches throws <see cref="SimulatedCrashException"/> (once).</summary>
    public Func<RecoveryRun, bool>? CrashWhen { get; set; }

    public Task SaveAsync(RecoveryRun run, CancellationToken cancellationToken = default)
    {
        if (CrashWhen is { } crash && crash(run))
        {
            CrashWhen = null;
            throw new SimulatedCrashException();
        }

        _states[run.RunId] = JsonSerializer.Serialize(run, RecoveryPlansJsonContext.Default.RecoveryRun);
        return Task.CompletedTask;
    }

    public Task<RecoveryRun?> LoadAsync(string runId, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            _states.TryGetValue(runId, out string? json)
                ? JsonSerializer.Deserialize(json, RecoveryPlansJsonContext.Default.RecoveryRun)
                : null
        );
}
