using System.Text.Json.Nodes;
using System.Xml.Linq;
using SdrsSdk.RecoveryPlans.Tests.TestSupport;

namespace SdrsSdk.RecoveryPlans.Tests.Reports;

/// <summary>The JSON, Markdown and SVG reports: their content per tier and group, and the same bytes for the same
/// state.</summary>
public sealed class RecoveryReportTests
{
    [Fact]
    public void ToJson_DrillWithFailure_HasTimesRtoOutcomesCodesDrillsAndCleanUp()
    {
        (RecoveryRun drill, RecoveryRun cleanUp) = SampleRuns.DrillWithFailure();

        JsonNode report = JsonNode.Parse(RecoveryReport.ToJson(drill, cleanUp))!;

        report["runId"]!.GetValue<string>().Should().Be(drill.RunId);
        report["status"]!.GetValue<string>().Should().Be("Failed");
        report["durationSeconds"]!.GetValue<double>().Should().Be(95);
        report["cleanUpStatus"]!.GetValue<string>().Should().Be("Succeeded");
        JsonNode db = report["tiers"]![0]!["groups"]![0]!;
        db["outcome"]!.GetValue<string>().Should().Be("Succeeded");
        db["recoveryTimeSeconds"]!.GetValue<double>().Should().Be(57.5);
        db["drillId"]!.GetValue<string>().Should().Be("d-1");
        db["cleanUpOutcome"]!.GetValue<string>().Should().Be("Succeeded");
        JsonNode web = report["tiers"]![1]!["groups"]![0]!;
        web["outcome"]!.GetValue<string>().Should().Be("Failed");
        web["errorCode"]!.GetValue<string>().Should().Be("SDRS.1906");
        web["handlingMeasure"]!.GetValue<string>().Should().Be("Contact technical support.");
        web["cleanUpOutcome"]!.GetValue<string>().Should().Be("Skipped");
        report["readiness"]![0]!["findings"]![0]!["severity"]!.GetValue<string>().Should().Be("Warning");
    }

    [Fact]
    public void ToMarkdown_DrillWithFailure_OneTablePerTierWithEscapedCells()
    {
        (RecoveryRun drill, RecoveryRun cleanUp) = SampleRuns.DrillWithFailure();

        string markdown = RecoveryReport.ToMarkdown(drill, cleanUp);

        markdown.Should().StartWith("# Recovery run `drill-20261208-040000-0001`: Drill of plan shop");
        markdown.Should().Contain("| Failed | 2026-12-08 04:00:00.000Z | 2026-12-08 04:01:35.000Z | 95.0 s | no |");
        markdown.Should().Contain("## Tier 1: databases (Succeeded, 60.0 s)");
        markdown.Should().Contain("## Tier 2: web (Failed, 35.0 s)");
        markdown.Should().Contain("| orders-db (sg-db) | Succeeded | 2026-12-08 04:00:01.000Z | ");
        markdown.Should().Contain("| 57.5 s | job-1 | d-1 | Succeeded |");
        markdown.Should().Contain("| web\\|front (sg-web) | Failed |");
        markdown.Should().Contain("| SDRS.1906 | The drill failed. | Contact technical support. |");
        markdown.Should().Contain("Timeline: [drill-20261208-040000-0001.timeline.svg]");
        markdown
            .Should()
            .Contain("| sg-db | ReadyWithWarnings | Warning recent-drill: No drill in the last 3 months. |");
    }

    [Fact]
    public void ToSvg_DrillWithFailure_OneBarPerGroupColouredByOutcomeWithTierBands()
    {
        (RecoveryRun drill, _) = SampleRuns.DrillWithFailure();

        XDocument svg = XDocument.Parse(RecoveryReport.ToSvg(drill));

        XNamespace ns = "http://www.w3.org/2000/svg";
        List<XElement> bars = [.. svg.Descendants(ns + "rect").Where(rect => rect.Element(ns + "title") is not null)];
        bars.Should().HaveCount(2);
        bars[0].Attribute("fill")!.Value.Should().Be("#2e7d32", "succeeded is green");
        bars[1].Attribute("fill")!.Value.Should().Be("#c62828", "failed is red");
        double.Parse(bars[1].Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture)
            .Should()
            .BeGreaterThan(
                double.Parse(bars[0].Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture),
                "tier 2 starts after tier 1"
            );
        svg.Descendants(ns + "text")
            .Select(text => text.Value)
            .Should()
            .Contain(["Tier 1: databases (Succeeded)", "Tier 2: web (Failed)"]);
        bars[1].Element(ns + "title")!.Value.Should().Contain("SDRS.1906");
    }

    [Fact]
    public async Task Reports_SameStateReloaded_SameBytes()
    {
        (RecoveryRun drill, RecoveryRun cleanUp) = SampleRuns.DrillWithFailure();
        var store = new MemoryRunStore();
        await store.SaveAsync(drill);
        RecoveryRun reloaded = (await store.LoadAsync(drill.RunId))!;
        string directory = Path.Combine(Path.GetTempPath(), "sdrs-report-" + Guid.NewGuid().ToString("N"));

        IReadOnlyList<string> files = await RecoveryReport.WriteAsync(reloaded, directory, cleanUp);

        files
            .Select(Path.GetFileName)
            .Should()
            .Equal(
                "drill-20261208-040000-0001.report.json",
                "drill-20261208-040000-0001.report.md",
                "drill-20261208-040000-0001.timeline.svg"
            );
        (await File.ReadAllTextAsync(files[0])).Should().Be(RecoveryReport.ToJson(drill, cleanUp));
        (await File.ReadAllTextAsync(files[1])).Should().Be(RecoveryReport.ToMarkdown(drill, cleanUp));
        (await File.ReadAllTextAsync(files[2])).Should().Be(RecoveryReport.ToSvg(drill));
        Directory.Delete(directory, recursive: true);
    }
}
