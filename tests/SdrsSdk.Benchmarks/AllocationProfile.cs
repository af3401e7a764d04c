using System.Diagnostics.Tracing;
using System.Globalization;

namespace SdrsSdk.Benchmarks;

/// <summary>
/// <c>--alloc-profile</c>: runs each end-to-end benchmark many times and prints the CPU time (less sensitive to a busy
/// machine than wall-clock time) and the bytes allocated per call, and the
/// types the runtime's allocation sampling (one event per ~100 KB) saw most, to find what the SDK allocates beyond the
/// floor. Diagnostics only: the numbers to report come from BenchmarkDotNet.
/// </summary>
internal static class AllocationProfile
{
    public static async Task<int> RunAsync()
    {
        foreach (
            EndToEndBenchmarks benchmarks in new EndToEndBenchmarks[]
            {
                new EndToEndTokenBenchmarks(),
                new EndToEndAkSkBenchmarks(),
            }
        )
        {
            await benchmarks.Setup();
            try
            {
                await ProfileAsync($"{benchmarks.GetType().Name}.Get_Floor", async () => await benchmarks.Get_Floor());
                await ProfileAsync($"{benchmarks.GetType().Name}.Get_Sdk", async () => await benchmarks.Get_Sdk());
                await ProfileAsync($"{benchmarks.GetType().Name}.Post_Floor", async () =>
                    await benchmarks.Post_Floor()
                );
                await ProfileAsync($"{benchmarks.GetType().Name}.Post_Sdk", async () => await benchmarks.Post_Sdk());
            }
            finally
            {
                await benchmarks.Cleanup();
            }
        }

        return 0;
    }

    private static async Task ProfileAsync(string name, Func<Task> call)
    {
        const int Calls = 3000;
        for (int i = 0; i < 200; i++)
        {
            await call();
        }

        TimeSpan cpuBefore = Environment.CpuUsage.TotalTime;
        for (int i = 0; i < Calls; i++)
        {
            await call();
        }

        double cpuPerCall = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMicroseconds / Calls;
        using var listener = new AllocationListener();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        for (int i = 0; i < Calls; i++)
        {
            await call();
        }

        long perCall = (GC.GetTotalAllocatedBytes(precise: true) - before) / Calls;
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: {perCall} B and {cpuPerCall:0.0} us of CPU per call (client and server); chunked request "
                    + $"bodies so far: {LoopbackSdrs.ChunkedRequests}"
            )
        );
        foreach ((string type, long bytes) in listener.Top(12))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {bytes / Calls, 8} B/call  {type}"));
        }
    }

    private sealed class AllocationListener : EventListener
    {
        private readonly Dictionary<string, long> _bytes = [];

        public IEnumerable<(string Type, long Bytes)> Top(int count)
        {
            lock (_bytes)
            {
                return _bytes
                    .OrderByDescending(pair => pair.Value)
                    .Take(count)
                    .Select(pair => (pair.Key, pair.Value))
                    .ToList();
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (
                eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true
                || eventData.Payload is null
            )
            {
                return;
            }

            int typeIndex = eventData.PayloadNames!.IndexOf("TypeName");
            int amountIndex = eventData.PayloadNames.IndexOf("AllocationAmount64");
            if (typeIndex < 0 || amountIndex < 0)
            {
                return;
            }

            string type = eventData.Payload[typeIndex] as string ?? "?";
            long amount = Convert.ToInt64(eventData.Payload[amountIndex], CultureInfo.InvariantCulture);
            lock (_bytes)
            {
                _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}
