using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SdrsSdk.Auth.Internal;
using SdrsSdk.Benchmarks.Floor;

namespace SdrsSdk.Benchmarks;

/// <summary>
/// AK/SK signing of a typical GET (four query parameters) and POST (a ~400-byte JSON body): the SDK's signer, as
/// the authentication handler calls it, against the floor (<see cref="FloorSigner"/>: stack buffers, hash objects
/// kept across calls). Both sign the same headers the SDK signs: host, X-Sdk-Date and X-Project-Id.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SigningBenchmarks
{
    private const string AccessKey = "HPUAEXAMPLEAK0000001";
    private const string SecretKey = "Xk3fT9pQ2vLm8ZrB7yWc4NaH6sJd1EoGuKi5VbRx";
    private const string ProjectId = "0605767d4a00d5762fb7c0005c8d6e22";

    private Uri _getUri = null!;
    private Uri _postUri = null!;
    private List<KeyValuePair<string, string>> _headers = null!;
    private KeyValuePair<string, string>[] _floorHeaders = null!;
    private byte[] _postBody = null!;
    private FloorSigner _floor = null!;
    private AkSkSigner _sdk = null!;

    [GlobalSetup]
    public void Setup()
    {
        _getUri = new Uri(
            $"https://sdrs.ap-southeast-1.myhuaweicloud.com/v1/{ProjectId}/server-groups"
                + "?limit=50&offset=100&status=available&name=orders-dr"
        );
        _postUri = new Uri($"https://sdrs.ap-southeast-1.myhuaweicloud.com/v1/{ProjectId}/server-groups");
        _headers =
        [
            new("host", _getUri.Authority),
            new(AkSkSigner.DateHeader, "20240315T083000Z"),
            new(RequestSigning.ProjectIdHeader, ProjectId),
        ];
        _floorHeaders = [.. _headers];
        _postBody = Encoding.UTF8.GetBytes(
            """{"server_group":{"name":"orders-protection-group","description":"Protection group of the order service: web, app and database servers","source_availability_zone":"ap-southeast-1a","target_availability_zone":"ap-southeast-1b","domain_id":"fb4bb8e3-a574-4437-a156-78c916aeea4d","source_vpc_id":"046852ef-c49d-409b-8389-546aaaa5701f","dr_type":"migration","protection_type":"replication-pair","server_type":"ECS"}}"""
        );
        _floor = new FloorSigner(AccessKey, SecretKey);
        _sdk = new AkSkSigner(AccessKey, SecretKey);

        Check(Get_Sdk(), Get_Floor(), "GET");
        Check(Post_Sdk(), Post_Floor(), "POST");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _floor.Dispose();
        _sdk.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("GET")]
    public string Get_Floor() => _floor.Sign("GET", _getUri, _floorHeaders, default);

    [Benchmark, BenchmarkCategory("GET")]
    public string Get_Sdk() => _sdk.Sign("GET", _getUri, CollectionsMarshal.AsSpan(_headers), default);

    [Benchmark(Baseline = true), BenchmarkCategory("POST")]
    public string Post_Floor() => _floor.Sign("POST", _postUri, _floorHeaders, _postBody);

    [Benchmark, BenchmarkCategory("POST")]
    public string Post_Sdk() => _sdk.Sign("POST", _postUri, CollectionsMarshal.AsSpan(_headers), _postBody);

    private static void Check(string sdk, string floor, string what)
    {
        if (sdk != floor)
        {
            throw new InvalidOperationException($"{what}: the SDK signed '{sdk}' but the floor signed '{floor}'.");
        }
    }
}
