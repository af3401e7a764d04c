namespace SdrsSdk.RecoveryPlans;

/// <summary>
/// Where a runner keeps the state of its runs, saved after every change (<see cref="FileRecoveryRunStore"/> by
/// default). A store must make a save all-or-nothing: a crash mid-save leaves the previous state.
/// </summary>
public interface IRecoveryRunStore
{
    /// <summary>Saves a run's state, replacing the previous one.</summary>
    /// <param name="run">The state.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when the state is durable.</returns>
    Task SaveAsync(RecoveryRun run, CancellationToken cancellationToken = default);

    /// <summary>Loads a run's state.</summary>
    /// <param name="runId">The run's ID.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The state, or <see langword="null"/> when the store has no run of that ID.</returns>
    Task<RecoveryRun?> LoadAsync(string runId, CancellationToken cancellationToken = default);
}
