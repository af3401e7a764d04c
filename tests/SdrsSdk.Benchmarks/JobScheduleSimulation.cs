using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SdrsSdk.Jobs.Internal;

namespace SdrsSdk.Benchmarks;

/// <summary>
/// <c>--job-schedule</c>: waits for simulated jobs of 5 s, 30 s, 2 min, 10 min and 30 min with the SDK's own poller
/// under a polling schedule (the defaults unless told otherwise), on a fake clock that jumps to each wait's end, and
/// prints the polls and the delay between the job's end and its detection, averaged over seeded runs (the jitter
/// differs per seed) with the worst case beside. Not a timing benchmark: nothing here measures the machine.
/// </summary>
internal static class JobScheduleSimulation
{
    public static readonly TimeSpan[] Durations =
    [
        TimeSpan.FromSeconds(5),
        TimeSpan.FromSeconds(30),
        TimeSpan.FromMinutes(2),
        TimeSpan.FromMinutes(10),
        TimeSpan.FromMinutes(30),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        int runs = IntArgument(args, "--runs", 200);
        var polling = new JobPollingOptions();
        bool custom = false;
        polling.InitialDelay = TimeSpan.FromSeconds(
            DoubleArgument(args, "--initial", polling.InitialDelay.TotalSeconds, ref custom)
        );
        polling.MinInterval = TimeSpan.FromSeconds(
            DoubleArgument(args, "--min", polling.MinInterval.TotalSeconds, ref custom)
        );
        polling.MaxInterval = TimeSpan.FromSeconds(
            DoubleArgument(args, "--max", polling.MaxInterval.TotalSeconds, ref custom)
        );
        polling.IntervalRatio = DoubleArgument(args, "--ratio", polling.IntervalRatio, ref custom);
        polling.JitterRatio = DoubleArgument(args, "--jitter", polling.JitterRatio, ref custom);
        if (args.Contains("--grid"))
        {
            await GridAsync(runs);
            return 0;
        }

        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Job waiting under {(custom ? "a custom schedule" : "the default JobPollingOptions")}: "
                    + $"InitialDelay {polling.InitialDelay.TotalSeconds:0.###} s, MinInterval "
                    + $"{polling.MinInterval.TotalSeconds:0.###} s, MaxInterval "
                    + $"{polling.MaxInterval.TotalSeconds:0.###} s, IntervalRatio {polling.IntervalRatio}, "
                    + $"JitterRatio {polling.JitterRatio}; {runs} seeded runs per duration."
            )
        );
        Console.WriteLine();
        Console.WriteLine(
            "| Job duration | Polls (mean) | Polls (max) | Detection delay (mean) | Delay % of duration (mean) | "
                + "Detection delay (worst) | Delay % (worst) |"
        );
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (TimeSpan duration in Durations)
        {
            Summary s = await SimulateAsync(polling, duration, runs);
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {Label(duration)} | {s.MeanPolls:0.0} | {s.MaxPolls} | {s.MeanDelay:0.00} s | "
                        + $"{100 * s.MeanDelay / duration.TotalSeconds:0.0} % | {s.MaxDelay:0.00} s | "
                        + $"{100 * s.MaxDelay / duration.TotalSeconds:0.0} % |"
                )
            );
        }

        return 0;
    }

    /// <summary>Simulates <paramref name="runs"/> waits (seeds 1..runs) for a job that succeeds after <paramref
    /// name="duration"/>.</summary>
    public static async Task<Summary> SimulateAsync(JobPollingOptions polling, TimeSpan duration, int runs)
    {
        double delaySum = 0,
            delayMax = 0,
            pollSum = 0;
        int pollMax = 0;
        for (int seed = 1; seed <= runs; seed++)
        {
            (int polls, TimeSpan delay) = await WaitOnceAsync(polling, duration, new Random(seed));
            delaySum += delay.TotalSeconds;
            delayMax = Math.Max(delayMax, delay.TotalSeconds);
            pollSum += polls;
            pollMax = Math.Max(pollMax, polls);
        }

        return new Summary(pollSum / runs, pollMax, delaySum / runs, delayMax);
    }

    private static async Task<(int Polls, TimeSpan Delay)> WaitOnceAsync(
        JobPollingOptions polling,
        TimeSpan duration,
        Random random
    )
    {
        var clock = new SteppingClock();
        DateTimeOffset start = clock.GetUtcNow();
        int polls = 0;
        TimeSpan lastRead = TimeSpan.Zero;
        var poller = new JobPoller(
            (id, _) =>
            {
                polls++;
                lastRead = clock.GetUtcNow() - start;
                return Task.FromResult(
                    new SdrsJob { JobId = id, Status = lastRead >= duration ? JobStatus.Success : JobStatus.Running }
                );
            },
            clock,
            NullLogger.Instance,
            polling,
            random
        );
        await clock.DriveAsync(poller.WaitAsync("simulated-job", polling, null, null, CancellationToken.None));
        return (polls, lastRead - duration);
    }

    /// <summary><c>--job-schedule --grid</c>: tries candidate schedules around the defaults and prints one line
    /// each.</summary>
    private static async Task GridAsync(int runs)
    {
        Console.WriteLine(
            "| Initial | Min | Max | Ratio | Jitter | polls@30m mean/max | worst mean delay % | worst max delay % | "
                + "mean delay @30m | max delay @30m |"
        );
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (double initial in new[] { 0.5, 1.0 })
        foreach (double min in new[] { 0.5, 0.75, 1.0 })
        foreach (double max in new[] { 30.0, 45.0, 50.0, 55.0, 60.0 })
        foreach (double ratio in new[] { 0.15, 0.17, 0.18, 0.19, 0.2, 0.25, 0.4 })
        foreach (double jitter in new[] { 0.1, 0.15, 0.2 })
        {
            var polling = new JobPollingOptions
            {
                InitialDelay = TimeSpan.FromSeconds(initial),
                MinInterval = TimeSpan.FromSeconds(min),
                MaxInterval = TimeSpan.FromSeconds(max),
                IntervalRatio = ratio,
                JitterRatio = jitter,
            };
            double worstMeanPct = 0,
                worstMaxPct = 0;
            Summary last = default;
            foreach (TimeSpan duration in Durations)
            {
                last = await SimulateAsync(polling, duration, runs);
                worstMeanPct = Math.Max(worstMeanPct, 100 * last.MeanDelay / duration.TotalSeconds);
                worstMaxPct = Math.Max(worstMaxPct, 100 * last.MaxDelay / duration.TotalSeconds);
            }

            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {initial} | {min} | {max} | {ratio} | {jitter} | {last.MeanPolls:0.0}/{last.MaxPolls} | "
                        + $"{worstMeanPct:0.0} | {worstMaxPct:0.0} | {last.MeanDelay:0.0} | {last.MaxDelay:0.0} |"
                )
            );
        }
    }

    private static string Label(TimeSpan duration) =>
        duration.TotalMinutes >= 1 ? $"{duration.TotalMinutes:0} min" : $"{duration.TotalSeconds:0} s";

    private static double DoubleArgument(string[] args, string name, double fallback, ref bool found)
    {
        int index = Array.IndexOf(args, name);
        if (index < 0 || index + 1 >= args.Length)
        {
            return fallback;
        }

        found = true;
        return double.Parse(args[index + 1], CultureInfo.InvariantCulture);
    }

    private static int IntArgument(string[] args, string name, int fallback)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length
            ? int.Parse(args[index + 1], CultureInfo.InvariantCulture)
            : fallback;
    }

    public readonly record struct Summary(double MeanPolls, int MaxPolls, double MeanDelay, double MaxDelay);

    /// <summary>A fake clock that, each time the poller starts waiting, jumps straight to the end of that
    /// wait.</summary>
    private sealed class SteppingClock : FakeTimeProvider
    {
        private readonly SemaphoreSlim _waiting = new(0);
        private long _dueTicks;

        public SteppingClock()
            : base(new DateTimeOffset(2024, 3, 15, 8, 30, 0, TimeSpan.Zero)) { }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            ITimer timer = base.CreateTimer(callback, state, dueTime, period);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                Interlocked.Exchange(ref _dueTicks, dueTime.Ticks);
                _waiting.Release();
            }

            return timer;
        }

        public async Task DriveAsync(Task<SdrsJob> wait)
        {
            while (!wait.IsCompleted)
            {
                Task signal = _waiting.WaitAsync();
                if (await Task.WhenAny(wait, signal) == wait)
                {
                    break;
                }

                Advance(TimeSpan.FromTicks(Interlocked.Read(ref _dueTicks)));
            }

            await wait;
        }
    }
}
