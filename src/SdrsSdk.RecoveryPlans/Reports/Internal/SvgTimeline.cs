using System.Globalization;
using System.Security;
using System.Text;

namespace SdrsSdk.RecoveryPlans.Reports.Internal;

/// <summary>
/// Draws a run as a self-contained SVG timeline: one bar per group from its start to its end, coloured by outcome,
/// on bands that show the tiers, with a time axis and a legend. Only the run's own times are used, so the same state
/// draws the same picture.
/// </summary>
internal static class SvgTimeline
{
    private const int Width = 960;
    private const int Label = 240;
    private const int Right = 24;
    private const int Top = 56;
    private const int Row = 26;
    private const int TierHeader = 22;

    public static string Write(ReportDocument report)
    {
        List<ReportGroup> timed =
        [
            .. report.Tiers.SelectMany(tier => tier.Groups).Where(group => group.StartedAt is not null),
        ];
        DateTimeOffset origin =
            timed.Count > 0 ? timed.Min(group => group.StartedAt!.Value) : report.StartedAt ?? DateTimeOffset.UnixEpoch;
        DateTimeOffset end =
            timed.Count > 0 ? timed.Max(group => group.EndedAt ?? group.CompletedAt ?? group.StartedAt!.Value) : origin;
        double span = Math.Max((end - origin).TotalSeconds, 0.001);
        double scale = (Width - Label - Right) / span;
        int rows = report.Tiers.Sum(tier => tier.Groups.Count);
        int height = Top + (report.Tiers.Count * TierHeader) + (rows * Row) + 56;

        var svg = new StringBuilder();
        Add(
            svg,
            (
                $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" "
                + $"viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\" font-size=\"12\">\n"
            )
        );
        Add(svg, ($"<rect width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\"/>\n"));
        Add(
            svg,
            (
                $"<text x=\"12\" y=\"22\" font-size=\"16\" font-weight=\"bold\">{Escape(report.Plan)}: {report.Kind} "
                + $"{Escape(report.RunId)} ({report.Status})</text>\n"
            )
        );
        Add(
            svg,
            (
                $"<text x=\"12\" y=\"40\" fill=\"#555555\">{timed.Count} group(s) over "
                + $"{MarkdownReport.Duration(span)}; bars from group start to end</text>\n"
            )
        );

        int y = Top;
        foreach (ReportTier tier in report.Tiers)
        {
            int bandHeight = TierHeader + (tier.Groups.Count * Row);
            string band = tier.Index % 2 == 0 ? "#f3f6fa" : "#e8edf3";
            Add(svg, ($"<rect x=\"0\" y=\"{y}\" width=\"{Width}\" height=\"{bandHeight}\" fill=\"{band}\"/>\n"));
            Add(
                svg,
                (
                    $"<text x=\"12\" y=\"{y + 16}\" font-weight=\"bold\">Tier {tier.Index + 1}: {Escape(tier.Name)} "
                    + $"({tier.Outcome})</text>\n"
                )
            );
            y += TierHeader;
            foreach (ReportGroup group in tier.Groups)
            {
                AppendBar(svg, group, origin, scale, y);
                y += Row;
            }
        }

        AppendAxis(svg, span, scale, y + 14);
        AppendLegend(svg, y + 40);
        Add(svg, "</svg>\n");
        return svg.ToString();
    }

    private static void AppendBar(StringBuilder svg, ReportGroup group, DateTimeOffset origin, double scale, int y)
    {
        string name = group.Name ?? group.ServerGroupId;
        Add(svg, ($"<text x=\"24\" y=\"{y + 17}\">{Escape(Shorten(name))}</text>\n"));
        if (group.StartedAt is not { } start)
        {
            Add(svg, ($"<text x=\"{Label}\" y=\"{y + 17}\" fill=\"#777777\">{group.Outcome}</text>\n"));
            return;
        }

        DateTimeOffset stop = group.EndedAt ?? group.CompletedAt ?? start;
        double x = Label + ((start - origin).TotalSeconds * scale);
        double width = Math.Max((stop - start).TotalSeconds * scale, 2);
        string tooltip =
            $"{name}: {group.Outcome}, {MarkdownReport.Duration(group.DurationSeconds)}"
            + (
                group.RecoveryTimeSeconds is null
                    ? string.Empty
                    : $", RTO {MarkdownReport.Duration(group.RecoveryTimeSeconds)}"
            )
            + (group.ErrorCode is null ? string.Empty : $", {group.ErrorCode}");
        Add(
            svg,
            (
                $"<rect x=\"{N(x)}\" y=\"{y + 5}\" width=\"{N(width)}\" height=\"16\" rx=\"3\" "
                + $"fill=\"{Colour(group.Outcome)}\"><title>{Escape(tooltip)}</title></rect>\n"
            )
        );
        string label =
            group.Outcome
            + " "
            + MarkdownReport.Duration(group.DurationSeconds)
            + (group.ErrorCode is null ? string.Empty : " " + group.ErrorCode);
        double labelX = Math.Min(x + width + 4, Width - Right - 120);
        Add(svg, ($"<text x=\"{N(labelX)}\" y=\"{y + 17}\" fill=\"#333333\">{Escape(label)}</text>\n"));
    }

    private static void AppendAxis(StringBuilder svg, double span, double scale, int y)
    {
        Add(svg, ($"<line x1=\"{Label}\" y1=\"{y - 8}\" x2=\"{Width - Right}\" y2=\"{y - 8}\" stroke=\"#999999\"/>\n"));
        for (int tick = 0; tick <= 4; tick++)
        {
            double seconds = span * tick / 4;
            double x = Label + (seconds * scale);
            Add(
                svg,
                (
                    $"<text x=\"{N(x)}\" y=\"{y + 6}\" text-anchor=\"middle\" fill=\"#555555\">"
                    + $"{MarkdownReport.Duration(Math.Round(seconds, 3))}</text>\n"
                )
            );
        }
    }

    private static void AppendLegend(StringBuilder svg, int y)
    {
        int x = 12;
        foreach (RecoveryStepStatus outcome in Enum.GetValues<RecoveryStepStatus>())
        {
            Add(
                svg,
                (
                    $"<rect x=\"{x}\" y=\"{y - 10}\" width=\"12\" height=\"12\" fill=\"{Colour(outcome)}\"/>"
                    + $"<text x=\"{x + 16}\" y=\"{y}\">{outcome}</text>\n"
                )
            );
            x += 110;
        }
    }

    /// <summary>The bar colour of an outcome: green succeeded, red failed, grey skipped, amber not ended.</summary>
    private static string Colour(RecoveryStepStatus outcome) =>
        outcome switch
        {
            RecoveryStepStatus.Succeeded => "#2e7d32",
            RecoveryStepStatus.Failed => "#c62828",
            RecoveryStepStatus.Skipped => "#9e9e9e",
            RecoveryStepStatus.Pending => "#cfd8dc",
            _ => "#f9a825",
        };

    private static string Shorten(string name) => name.Length <= 30 ? name : name[..29] + "…";

    private static string Escape(string text) => SecurityElement.Escape(text);

    /// <summary>Appends a text whose numbers were formatted invariantly (<see cref="N"/>; integers are culture-free).
    /// </summary>
    private static void Add(StringBuilder svg, string text) => svg.Append(text);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
