using System.Text.Json;
using SdrsSdk.RecoveryPlans.Serialization;

namespace SdrsSdk.RecoveryPlans;

/// <summary>
/// Keeps each run's state in a small JSON file, <c>{directory}/{runId}.json</c>, written atomically: to a temporary
/// file in the same folder, flushed, then renamed over the previous state.
/// </summary>
public sealed class FileRecoveryRunStore : IRecoveryRunStore
{
    /// <summary>Creates a store in a folder (created when the first run is saved).</summary>
    /// <param name="directory">The folder.</param>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    public FileRecoveryRunStore(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>Gets the folder the states are kept in.</summary>
    public string Directory { get; }

    /// <summary>Gets the path of a run's state file.</summary>
    /// <param name="runId">The run's ID.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentException"><paramref name="runId"/> is not a run ID (letters, digits, '-', '_',
    /// '.').</exception>
    public string PathOf(string runId)
    {
        if (!RecoveryPlan.IsId(runId))
        {
            throw new ArgumentException("A run ID is 1 to 64 ASCII letters, digits, '-', '_' or '.'.", nameof(runId));
        }

        return Path.Combine(Directory, runId + ".json");
    }

    /// <inheritdoc/>
    public async Task SaveAsync(RecoveryRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        string path = PathOf(run.RunId);
        System.IO.Directory.CreateDirectory(Directory);
        string temporary = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            await using (stream.ConfigureAwait(false))
            {
                await JsonSerializer
                    .SerializeAsync(stream, run, RecoveryPlansJsonContext.Default.RecoveryRun, cancellationToken)
                    .ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <inheritdoc/>
    public async Task<RecoveryRun?> LoadAsync(string runId, CancellationToken cancellationToken = default)
    {
        string path = PathOf(runId);
        if (!File.Exists(path))
        {
            return null;
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer
                .DeserializeAsync(stream, RecoveryPlansJsonContext.Default.RecoveryRun, cancellationToken)
                .ConfigureAwait(false);
        }
    }
}
