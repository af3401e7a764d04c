using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SdrsSdk.Benchmarks.Data;
using SdrsSdk.Benchmarks.Floor;
using SdrsSdk.Resources.ServerGroups.Internal;
using SdrsSdk.Serialization;

namespace SdrsSdk.Benchmarks;

/// <summary>
/// Deserializing a list of 1,000 protection groups (every field of reference 5.4.2, both timestamp formats) through
/// the SDK's source-generated context into typed models (extensible statuses, UTC timestamps), against the floor:
/// a source-generated context over plain string properties.
/// </summary>
[MemoryDiagnoser]
public class DeserializationBenchmarks
{
    private byte[] _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = ServerGroupJson.List(1000);
        var sdk = (ServerGroupListEnvelope)Sdk();
        var floor = (FloorServerGroupList)Floor();
        if (sdk.ServerGroups!.Count != 1000 || floor.ServerGroups!.Count != 1000)
        {
            throw new InvalidOperationException("Expected 1,000 protection groups.");
        }

        for (int i = 0; i < 1000; i++)
        {
            ServerGroup typed = sdk.ServerGroups[i];
            FloorServerGroup plain = floor.ServerGroups[i];
            if (
                typed.Id != plain.Id
                || typed.Status.Value != plain.Status
                || typed.CreatedAt is null
                || typed.UpdatedAt is null
                || typed.ProtectedStatus?.Value != plain.ProtectedStatus
                || typed.Progress != plain.Progress
            )
            {
                throw new InvalidOperationException($"Protection group {i} reads differently.");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public object Floor() => JsonSerializer.Deserialize(_json, FloorJsonContext.Default.FloorServerGroupList)!;

    [Benchmark]
    public object Sdk() => JsonSerializer.Deserialize(_json, SdrsJsonContext.Default.ServerGroupListEnvelope)!;
}
