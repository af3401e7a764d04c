using System.Diagnostics;
using System.Globalization;

namespace SdrsSdk.Benchmarks;

/// <summary>
/// Cold start to first response: runs the published <c>ColdStart.Raw</c> (HttpClient + System.Text.Json, the floor)
/// and <c>ColdStart.Sdk</c> (the same list through <see cref="SdrsClient"/>) as fresh processes, alternating round by
/// round against one loopback server, and prints the median wall time from process start to exit of each and the
/// ratio to its floor (the median of the per-round ratios, which holds on a shared machine).
/// </summary>
/// <remarks>
/// <c>build/bench.sh --cold-start</c> publishes both apps framework-dependent (JIT) into
/// <c>artifacts/coldstart/jit/{raw,sdk}</c>, framework-dependent with their own assemblies precompiled to ReadyToRun
/// into <c>artifacts/coldstart/r2r/{raw,sdk}</c>, and with NativeAOT into <c>artifacts/coldstart/aot/{raw,sdk}</c>,
/// then runs <c>--cold-start artifacts/coldstart [--runs N]</c>. A kind whose two binaries are missing is skipped.
/// </remarks>
internal static class ColdStartProbe
{
    public static async Task<int> RunAsync(string[] args)
    {
        int at = Array.IndexOf(args, "--cold-start");
        string root =
            at + 1 < args.Length && !args[at + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[at + 1]
                : "artifacts/coldstart";
        int runs = IntOption(args, "--runs", 20);

        await using LoopbackSdrs server = await LoopbackSdrs.StartAsync();
        string endpoint = server.Endpoint.GetLeftPart(UriPartial.Authority);
        string projectBase = $"{endpoint}/v1/{LoopbackSdrs.ProjectId}/";
        Console.WriteLine(
            $"Cold start to first response, {runs} rounds (load average at start: {InterleavedProbe.LoadAverage()})"
        );
        Console.WriteLine();
        Console.WriteLine(
            "| Kind | Floor median ms | SdrsSdk median ms | Ratio (median of rounds) | Ratio range | Binary |"
        );
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (string kind in new[] { "jit", "r2r", "aot" })
        {
            string raw = Path.Combine(root, kind, "raw", "ColdStart.Raw");
            string sdk = Path.Combine(root, kind, "sdk", "ColdStart.Sdk");
            if (!File.Exists(raw) || !File.Exists(sdk))
            {
                continue;
            }

            string[] rawArgs = [projectBase];
            string[] sdkArgs = [endpoint, LoopbackSdrs.ProjectId];
            Time(raw, rawArgs);
            Time(sdk, sdkArgs);
            List<double> rawTimes = [];
            List<double> sdkTimes = [];
            List<double> ratios = [];
            for (int round = 0; round < runs; round++)
            {
                double r;
                double s;
                if (round % 2 == 0)
                {
                    r = Time(raw, rawArgs);
                    s = Time(sdk, sdkArgs);
                }
                else
                {
                    s = Time(sdk, sdkArgs);
                    r = Time(raw, rawArgs);
                }

                rawTimes.Add(r);
                sdkTimes.Add(s);
                ratios.Add(s / r);
            }

            string size =
                kind == "aot"
                    ? string.Create(
                        CultureInfo.InvariantCulture,
                        $"{new FileInfo(raw).Length / 1048576.0:0.0} MB / {new FileInfo(sdk).Length / 1048576.0:0.0} MB"
                    )
                    : "framework-dependent";
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {kind.ToUpperInvariant()} | {InterleavedProbe.Median(rawTimes):0.0} | "
                        + $"{InterleavedProbe.Median(sdkTimes):0.0} | {InterleavedProbe.Median(ratios):0.00}× | "
                        + $"{ratios.Min():0.00}–{ratios.Max():0.00}× | {size} |"
                )
            );
        }

        Console.WriteLine();
        Console.WriteLine($"Load average at end: {InterleavedProbe.LoadAverage()}");
        return 0;
    }

    private static double Time(string path, string[] args)
    {
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        long began = Stopwatch.GetTimestamp();
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + path);
        process.WaitForExit();
        double elapsed = Stopwatch.GetElapsedTime(began).TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{path} exited with {process.ExitCode}");
        }

        return elapsed;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
