using System.Text;
using System.Text.Json;
using SdrsSdk.RecoveryPlans.Reports.Internal;
using SdrsSdk.RecoveryPlans.Serialization;

namespace SdrsSdk.RecoveryPlans;

/// <summary>
/// Reports of a run, made from its state alone (the same state gives the same bytes): JSON, Markdown, and a
/// self-contained SVG timeline with one bar per group, coloured by outcome, on bands that show the tiers. Per tier and
/// group: start, end, duration, the measured RTO (from the request to the job's success), the outcome, and on failure
/// the SDRS error code and the catalog's handling measure; for drills, the drill IDs and the clean-up's outcome.
/// </summary>
public static class RecoveryReport
{
    /// <summary>Writes the JSON report.</summary>
    /// <param name="run">The run.</param>
    /// <param name="cleanUp">For a drill, the clean-up run that deleted its drills, or <see langword="null"/>.</param>
    /// <returns>The indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> is <see langword="null"/>.</exception>
    public static string ToJson(RecoveryRun run, RecoveryRun? cleanUp = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        return JsonSerializer.Serialize(
            ReportDocument.From(run, cleanUp),
            RecoveryPlansJsonContext.Default.ReportDocument
        );
    }

    /// <summary>Writes the Markdown report.</summary>
    /// <param name="run">The run.</param>
    /// <param name="cleanUp">For a drill, the clean-up run that deleted its drills, or <see langword="null"/>.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> is <see langword="null"/>.</exception>
    public static string ToMarkdown(RecoveryRun run, RecoveryRun? cleanUp = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        return MarkdownReport.Write(ReportDocument.From(run, cleanUp), TimelineFileName(run));
    }

    /// <summary>Draws the SVG timeline.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> is <see langword="null"/>.</exception>
    public static string ToSvg(RecoveryRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return SvgTimeline.Write(ReportDocument.From(run, null));
    }

    /// <summary>Gets the file name <see cref="WriteAsync"/> gives the timeline: <c>{runId}.timeline.svg</c>.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The file name.</returns>
    public static string TimelineFileName(RecoveryRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.RunId + ".timeline.svg";
    }

    /// <summary>
    /// Writes the three reports into a folder: <c>{runId}.report.json</c>, <c>{runId}.report.md</c> and
    /// <c>{runId}.timeline.svg</c>.
    /// </summary>
    /// <param name="run">The run.</param>
    /// <param name="directory">The folder (created if missing).</param>
    /// <param name="cleanUp">For a drill, the clean-up run that deleted its drills, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>The paths written: JSON, Markdown, SVG.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty, or the run ID is not a file
    /// name.</exception>
    public static async Task<IReadOnlyList<string>> WriteAsync(
        RecoveryRun run,
        string directory,
        RecoveryRun? cleanUp = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!RecoveryPlan.IsId(run.RunId))
        {
            throw new ArgumentException("The run ID is not a file name.", nameof(run));
        }

        Directory.CreateDirectory(directory);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        (string Path, string Text)[] files =
        [
            (Path.Combine(directory, run.RunId + ".report.json"), ToJson(run, cleanUp)),
            (Path.Combine(directory, run.RunId + ".report.md"), ToMarkdown(run, cleanUp)),
            (Path.Combine(directory, TimelineFileName(run)), ToSvg(run)),
        ];
        foreach ((string path, string text) in files)
        {
            await File.WriteAllTextAsync(path, text, encoding, cancellationToken).ConfigureAwait(false);
        }

        return [.. files.Select(file => file.Path)];
    }
}
