using BenchmarkDotNet.Running;
using SdrsSdk.Benchmarks;

// dotnet run -c Release -- --job-schedule [--runs N] [--grid] [--initial S --min S --max S --ratio R --jitter J]
//                                                              prints the job-waiting simulation
// dotnet run -c Release -- --probe [--rounds N] [--calls N] [--list-calls N]
//                                                              interleaved floor/SDK probe, prints Markdown tables
// dotnet run -c Release -- --cold-start DIR [--runs N]          cold start of the published apps in DIR (bench.sh)
// dotnet run -c Release -- --alloc-profile                     bytes per end-to-end call and the types behind them
// dotnet run -c Release -- [BenchmarkDotNet arguments]   runs the benchmarks
//                                                        (e.g. --filter '*Signing*' --job short)
if (args.Contains("--job-schedule"))
{
    return await JobScheduleSimulation.RunAsync(args);
}

if (args.Contains("--probe"))
{
    return await InterleavedProbe.RunAsync(args);
}

if (args.Contains("--cold-start"))
{
    return await ColdStartProbe.RunAsync(args);
}

if (args.Contains("--alloc-profile"))
{
    return await AllocationProfile.RunAsync();
}

BenchmarkSwitcher.FromAssembly(typeof(SigningBenchmarks).Assembly).Run(args);
return 0;
