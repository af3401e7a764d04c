using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using SdrsSdk.Benchmarks.Data;
using SdrsSdk.Benchmarks.Floor;

namespace SdrsSdk.Benchmarks;

/// <summary>
/// <c>--probe</c>: the SDK's calls and their floors, alternating round by round in one process, so that whatever load
/// the machine carries falls on every variant alike. BenchmarkDotNet runs one benchmark after another, each in its own
/// process, and cannot resolve 10–20 µs on a shared 2-core machine; this probe can.
/// </summary>
/// <remarks>
/// <para>
/// Three groups: loopback (one Kestrel server on 127.0.0.1 shared by every variant), in memory (a stub transport
/// answering the same bodies), and the 1,000-group list in memory. Each round runs every variant of a group for
/// <c>--calls</c> calls, one call at a time, starting from a different variant each round; a discarded warm-up round
/// comes first. Per variant and round it records the mean time per call (Stopwatch), the bytes allocated per call
/// (<see cref="GC.GetTotalAllocatedBytes(bool)"/> around the round: process-wide, so on loopback the server's share
/// is in every row alike) and the gen-2 collections. The table gives the median over rounds of the per-round means,
/// the median and range of the per-round ratios to the group's floor, and the load average at start and end.
/// </para>
/// <para>
/// <c>dotnet SdrsSdk.Benchmarks.dll --probe [--rounds 15] [--calls 2000] [--list-calls 40]</c>
/// </para>
/// </remarks>
internal static class InterleavedProbe
{
    public static async Task<int> RunAsync(string[] args)
    {
        int rounds = Option(args, "--rounds", 15);
        int calls = Option(args, "--calls", 2000);
        int listCalls = Option(args, "--list-calls", 40);
        string loadAtStart = LoadAverage();
        var started = Stopwatch.StartNew();
        var tables = new List<string>();

        await using (LoopbackSdrs server = await LoopbackSdrs.StartAsync())
        {
            var token = new EndToEndTokenBenchmarks();
            var akSk = new EndToEndAkSkBenchmarks();
            await token.SetupAsync(server);
            await akSk.SetupAsync(server);
            try
            {
                tables.Add(await MeasureAsync("Loopback Kestrel", rounds, calls, CallVariants(token, akSk)));
            }
            finally
            {
                await token.Cleanup();
                await akSk.Cleanup();
            }
        }

        {
            var token = new ClientOverheadTokenBenchmarks();
            var akSk = new ClientOverheadAkSkBenchmarks();
            await token.Setup();
            await akSk.Setup();
            try
            {
                tables.Add(await MeasureAsync("In memory (stub transport)", rounds, calls, CallVariants(token, akSk)));
            }
            finally
            {
                await token.Cleanup();
                await akSk.Cleanup();
            }
        }

        {
            byte[] thousand = ServerGroupJson.List(1000);
            var token = new ClientOverheadTokenBenchmarks { InMemoryListBody = thousand };
            await token.Setup();
            try
            {
                Variant[] variants =
                [
                    new("1,000 groups: HttpClient + STJ (floor)", "LIST 1000", true, token.List_Floor),
                    new("1,000 groups: STJ parse of the bytes only", "LIST 1000", false, () =>
                        Task.FromResult<object>(
                            JsonSerializer.Deserialize(thousand, FloorJsonContext.Default.FloorServerGroupList)!
                        )
                    ),
                    new("1,000 groups: SdrsSdk ListAsync, token", "LIST 1000", false, async () =>
                        await token.List_Sdk()
                    ),
                ];
                tables.Add(await MeasureAsync("1,000 protection groups, in memory", rounds, listCalls, variants));
            }
            finally
            {
                await token.Cleanup();
            }
        }

        string loadAtEnd = LoadAverage();
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"## Interleaved probe ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, "
                    + $"{RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores)"
            )
        );
        Console.WriteLine();
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{rounds} rounds (plus one warm-up) × {calls} calls per variant ({listCalls} for the 1,000-group "
                    + $"list), one call at a time; {started.Elapsed.TotalSeconds:0} s in all."
            )
        );
        Console.WriteLine($"Load average (1, 5, 15 min) at start: {loadAtStart}; at end: {loadAtEnd}.");
        foreach (string table in tables)
        {
            Console.WriteLine();
            Console.Write(table);
        }

        return 0;
    }

    private static Variant[] CallVariants(EndToEndBenchmarks token, EndToEndBenchmarks akSk) =>
        [
            new("GET list: HttpClient + STJ, token (floor)", "GET", true, token.List_Floor),
            new("GET list: HttpClient + STJ, AK/SK (signed floor)", "GET", false, akSk.List_Floor),
            new("GET list: SdrsSdk, token", "GET", false, async () => await token.List_Sdk()),
            new("GET list: SdrsSdk, AK/SK", "GET", false, async () => await akSk.List_Sdk()),
            new("POST create: HttpClient + STJ, token (floor)", "POST", true, async () => await token.Post_Floor()),
            new("POST create: SdrsSdk, token", "POST", false, async () => await token.Post_Sdk()),
        ];

    private static async Task<string> MeasureAsync(string title, int rounds, int calls, Variant[] variants)
    {
        var samples = variants.ToDictionary(v => v, _ => new List<Sample>());
        for (int round = -1; round < rounds; round++)
        {
            for (int k = 0; k < variants.Length; k++)
            {
                Variant variant = variants[(Math.Max(round, 0) + k) % variants.Length];
                Sample sample = await RunRoundAsync(variant, calls);
                if (round >= 0)
                {
                    samples[variant].Add(sample);
                }
            }
        }

        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"**{title}**");
        text.AppendLine();
        text.AppendLine(
            "| Variant | Median µs/call | Ratio to floor (median) | Ratio range over rounds | Bytes/call | Bytes "
                + "ratio | Gen-2 GCs per 1,000 calls |"
        );
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (Variant variant in variants)
        {
            List<Sample> own = samples[variant];
            Variant floor = variants.First(v => v.IsFloor && v.Group == variant.Group);
            List<Sample> floorSamples = samples[floor];
            double[] ratios = [.. own.Select((s, i) => s.MicrosecondsPerCall / floorSamples[i].MicrosecondsPerCall)];
            double bytes = Median(own.Select(s => s.BytesPerCall));
            double floorBytes = Median(floorSamples.Select(s => s.BytesPerCall));
            double gen2 = own.Sum(s => s.Gen2) * 1000.0 / (own.Count * (double)calls);
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {variant.Name} | {Median(own.Select(s => s.MicrosecondsPerCall)):0.0} | {Median(ratios):0.00}× "
                    + $"| {ratios.Min():0.00}–{ratios.Max():0.00}× | {Bytes(bytes)} | {bytes / floorBytes:0.00}× | "
                    + $"{gen2:0.#} |"
            );
        }

        return text.ToString();
    }

    private static async Task<Sample> RunRoundAsync(Variant variant, int calls)
    {
        int gen2 = GC.CollectionCount(2);
        long bytes = GC.GetTotalAllocatedBytes(precise: true);
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < calls; i++)
        {
            // One call at a time, as a caller awaiting each response would (the loop's own state machine is boxed
            // once).
            await variant.Call();
        }

        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - bytes;
        return new Sample(elapsed.TotalMicroseconds / calls, allocated / (double)calls, GC.CollectionCount(2) - gen2);
    }

    internal static double Median(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Order()];
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Bytes(double bytes) =>
        bytes >= 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024):0.00} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:0.00} KB");

    internal static string LoadAverage()
    {
        try
        {
            return string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length
            ? int.Parse(args[index + 1], CultureInfo.InvariantCulture)
            : fallback;
    }

    private sealed record Variant(string Name, string Group, bool IsFloor, Func<Task<object>> Call);

    private readonly record struct Sample(double MicrosecondsPerCall, double BytesPerCall, int Gen2);
}
