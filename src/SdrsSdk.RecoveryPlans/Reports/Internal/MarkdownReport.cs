using System.Globalization;
using System.Text;

namespace SdrsSdk.RecoveryPlans.Reports.Internal;

/// <summary>Writes a <see cref="ReportDocument"/> as Markdown: the run, the readiness, then one table per
/// tier.</summary>
internal static class MarkdownReport
{
    public static string Write(ReportDocument report, string timelineFile)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Recovery run `{report.RunId}`: {report.Kind} of plan ")
            .Append(Cell(report.Plan))
            .Append("\n\n");
        text.Append("| Status | Started | Ended | Duration | Forced |\n|---|---|---|---|---|\n");
        text.Append(
            CultureInfo.InvariantCulture,
            $"| {report.Status} | {Time(report.StartedAt)} | {Time(report.EndedAt)} | "
                + $"{Duration(report.DurationSeconds)} | {(report.Forced ? "yes" : "no")} |\n"
        );
        if (report.Message is not null)
        {
            text.Append('\n').Append(Cell(report.Message)).Append('\n');
        }

        if (report.CleanUpRunId is not null)
        {
            text.Append(
                CultureInfo.InvariantCulture,
                $"\nDrill clean-up: run `{report.CleanUpRunId}`, {report.CleanUpStatus}.\n"
            );
        }

        text.Append(CultureInfo.InvariantCulture, $"\nTimeline: [{timelineFile}]({timelineFile})\n");
        AppendReadiness(text, report);
        foreach (ReportTier tier in report.Tiers)
        {
            AppendTier(text, report, tier);
        }

        return text.ToString();
    }

    private static void AppendReadiness(StringBuilder text, ReportDocument report)
    {
        if (report.Readiness.Count == 0)
        {
            return;
        }

        text.Append("\n## Readiness\n\n| Group | Verdict | Findings |\n|---|---|---|\n");
        foreach (RecoveryGroupReadiness readiness in report.Readiness)
        {
            string findings =
                readiness.Findings.Count == 0
                    ? "none"
                    : string.Join(
                        "; ",
                        readiness.Findings.Select(finding =>
                            $"{finding.Severity} {finding.ErrorCode ?? finding.Check}: {finding.Message}"
                            + (
                                finding.HandlingMeasure is null
                                    ? string.Empty
                                    : $" (handling: {finding.HandlingMeasure})"
                            )
                        )
                    );
            text.Append(
                CultureInfo.InvariantCulture,
                $"| {Cell(readiness.ServerGroupId)} | {readiness.Verdict} | {Cell(findings)} |\n"
            );
        }
    }

    private static void AppendTier(StringBuilder text, ReportDocument report, ReportTier tier)
    {
        text.Append(
            CultureInfo.InvariantCulture,
            $"\n## Tier {tier.Index + 1}: {Cell(tier.Name)} ({tier.Outcome}, {Duration(tier.DurationSeconds)})\n\n"
        );
        if (tier.Error is not null)
        {
            text.Append(Cell(tier.Error)).Append("\n\n");
        }

        bool drill = report.Kind == RecoveryRunKind.Drill;
        text.Append("| Group | Outcome | Requested | Completed | RTO | Job |");
        text.Append(drill ? " Drill | Clean-up |" : string.Empty);
        text.Append(" Error code | Error | Handling measure |\n|---|---|---|---|---|---|");
        text.Append(drill ? "---|---|" : string.Empty);
        text.Append("---|---|---|\n");
        foreach (ReportGroup group in tier.Groups)
        {
            string name = group.Name is null ? group.ServerGroupId : $"{group.Name} ({group.ServerGroupId})";
            text.Append(
                CultureInfo.InvariantCulture,
                $"| {Cell(name)} | {group.Outcome} | {Time(group.RequestedAt)} | {Time(group.CompletedAt)} | "
                    + $"{Duration(group.RecoveryTimeSeconds)} | {Cell(group.JobId)} |"
            );
            if (drill)
            {
                string cleanUp = group.CleanUpOutcome is null
                    ? "-"
                    : group.CleanUpOutcome
                        + (group.CleanUpErrorCode is null ? string.Empty : " " + group.CleanUpErrorCode);
                text.Append(CultureInfo.InvariantCulture, $" {Cell(group.DrillId)} | {cleanUp} |");
            }

            text.Append(
                CultureInfo.InvariantCulture,
                $" {Cell(group.ErrorCode)} | {Cell(group.Error)} | {Cell(group.HandlingMeasure)} |\n"
            );
        }
    }

    private static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) ?? "-";

    internal static string Duration(double? seconds) =>
        seconds is { } value ? value.ToString("0.0##", CultureInfo.InvariantCulture) + " s" : "-";

    private static string Cell(string? value) =>
        string.IsNullOrEmpty(value)
            ? "-"
            : value
                .Replace("|", "\\|", StringComparison.Ordinal)
                .Replace("\r", " ", StringComparison.Ordinal)
                .Replace("\n", " ", StringComparison.Ordinal);
}
