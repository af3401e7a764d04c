using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SdrsSdk.Benchmarks.Floor;

namespace SdrsSdk.Benchmarks;

/// <summary>
/// One call end to end against a loopback Kestrel server — GET server-groups/{id} (about 1 KB back), GET
/// server-groups?limit&amp;offset&amp;status&amp;name (a page of one group) and POST server-groups (a job ID back) —
/// through <see cref="SdrsClient"/>, against the floor: a raw
/// <see cref="HttpClient"/> sending the same request and reading the same body with System.Text.Json source
/// generation. One client and one HttpClient per benchmark class, created in GlobalSetup.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public abstract class EndToEndBenchmarks
{
    protected const string AccessKey = "HPUAEXAMPLEAK0000001";
    protected const string SecretKey = "Xk3fT9pQ2vLm8ZrB7yWc4NaH6sJd1EoGuKi5VbRx";
    protected const string Token = "MIIEXAMPLE-token-0000000000000000000000000000000000000000000000000000000000000000";

    private LoopbackSdrs? _server;
    private bool _ownsServer;
    private SdrsClient _client = null!;
    private HttpClient _http = null!;
    private Uri _projectBase = null!;
    private string _serverGroupId = null!;

    /// <summary>Gets the credential the SDK uses.</summary>
    protected abstract SdrsCredential Credential { get; }

    /// <summary>Gets a value indicating whether both clients answer from memory instead of the loopback
    /// server.</summary>
    protected virtual bool InMemory => false;

    /// <summary>Gets or sets the list body the in-memory transport answers GET server-groups with (one group by
    /// default).</summary>
    internal byte[] InMemoryListBody { get; set; } = LoopbackSdrs.ListBody;

    [GlobalSetup]
    public Task Setup() => SetupAsync(null);

    /// <summary>Creates both clients; on loopback they call <paramref name="sharedServer"/> if given (the caller
    /// disposes it).</summary>
    internal async Task SetupAsync(LoopbackSdrs? sharedServer)
    {
        Uri endpoint;
        HttpMessageHandler? transport = null;
        if (InMemory)
        {
            endpoint = new Uri("http://sdrs.local/");
            transport = new CannedSdrsHandler(InMemoryListBody);
        }
        else
        {
            _ownsServer = sharedServer is null;
            _server = sharedServer ?? await LoopbackSdrs.StartAsync();
            endpoint = _server.Endpoint;
        }

        _client = new SdrsClient(
            new SdrsClientOptions
            {
                Endpoint = endpoint,
                ProjectId = LoopbackSdrs.ProjectId,
                Credential = Credential,
                AllowInsecureHttp = true,
                Transport = transport,
                Retry =
                    Environment.GetEnvironmentVariable("SDRS_BENCH_NORETRY") == "1"
                        ? new SdrsRetryOptions { MaxRetries = 0, AttemptTimeout = Timeout.InfiniteTimeSpan }
                        : new SdrsRetryOptions(),
            }
        );
        _http = transport is null
            ? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            : new HttpClient(transport, disposeHandler: false);
        _projectBase = new Uri(endpoint, $"v1/{LoopbackSdrs.ProjectId}/");
        _serverGroupId = LoopbackSdrs.ServerGroupId;

        ServerGroup sdk = await Get_Sdk();
        FloorServerGroup floor = (FloorServerGroup)await Get_Floor();
        string sdkJob = await Post_Sdk();
        string floorJob = await Post_Floor();
        IReadOnlyList<ServerGroup> sdkList = await List_Sdk();
        var floorList = (List<FloorServerGroup>)await List_Floor();
        if (
            sdk.Id != floor.Id
            || sdkJob != LoopbackSdrs.JobId
            || floorJob != LoopbackSdrs.JobId
            || sdkList.Count != floorList.Count
            || sdkList[^1].Id != floorList[^1].Id
        )
        {
            throw new InvalidOperationException("The SDK and the floor read different answers.");
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _client.Dispose();
        _http.Dispose();
        if (_server is not null && _ownsServer)
        {
            await _server.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("GET")]
    public async Task<object> Get_Floor()
    {
        // Like any hand-written call, the floor builds its URL per call (the SDK does too).
        using var request = new HttpRequestMessage(
            HttpMethod.Get,
            new Uri(_projectBase, $"server-groups/{_serverGroupId}")
        );
        Authenticate(request, []);
        FloorServerGroupEnvelope envelope = await FloorCalls.SendAsync(
            _http,
            request,
            FloorJsonContext.Default.FloorServerGroupEnvelope
        );
        return envelope.ServerGroup!;
    }

    [Benchmark, BenchmarkCategory("GET")]
    public Task<ServerGroup> Get_Sdk() => _client.ServerGroups.GetAsync(_serverGroupId);

    [Benchmark(Baseline = true), BenchmarkCategory("LIST")]
    public Task<object> List_Floor() => FloorCalls.ListAsync(_http, _projectBase, Authenticate);

    [Benchmark, BenchmarkCategory("LIST")]
    public async Task<IReadOnlyList<ServerGroup>> List_Sdk() =>
        (await _client.ServerGroups.ListAsync(FloorCalls.SdkListQuery)).ServerGroups;

    [Benchmark(Baseline = true), BenchmarkCategory("POST")]
    public Task<string> Post_Floor() => FloorCalls.CreateAsync(_http, _projectBase, Authenticate);

    [Benchmark, BenchmarkCategory("POST")]
    public async Task<string> Post_Sdk()
    {
        var request = new CreateServerGroupRequest(
            "orders-protection-group",
            "cn-north-1a",
            "cn-north-1b",
            "fb4bb8e3-a574-4437-a156-78c916aeea4d",
            "046852ef-c49d-409b-8389-546aaaa5701f"
        )
        {
            Description = "Protection group of the order service",
            DrType = DrType.Migration,
        };
        SdrsJobOperation<ServerGroup> operation = await _client.ServerGroups.StartCreateAsync(request);
        return operation.Id!;
    }

    /// <summary>Adds the floor's authentication to a request.</summary>
    protected abstract void Authenticate(HttpRequestMessage request, ReadOnlySpan<byte> body);
}

/// <summary>End to end with token authentication (<c>X-Auth-Token</c>).</summary>
public class EndToEndTokenBenchmarks : EndToEndBenchmarks
{
    protected override SdrsCredential Credential { get; } = new StaticTokenCredential(Token);

    protected override void Authenticate(HttpRequestMessage request, ReadOnlySpan<byte> body) =>
        request.Headers.TryAddWithoutValidation(StaticTokenCredential.HeaderName, Token);
}

/// <summary>End to end with AK/SK signing; the floor signs with <see cref="FloorSigner"/>.</summary>
public class EndToEndAkSkBenchmarks : EndToEndBenchmarks
{
    private readonly FloorSigner _signer = new(AccessKey, SecretKey);

    protected override SdrsCredential Credential { get; } = new AccessKeyCredential(AccessKey, SecretKey);

    protected override void Authenticate(HttpRequestMessage request, ReadOnlySpan<byte> body) =>
        _signer.Authenticate(request, body, LoopbackSdrs.ProjectId, DateTimeOffset.UtcNow);
}

/// <summary>
/// The client-side cost alone, token auth: the same calls as <see cref="EndToEndTokenBenchmarks"/>, but both the SDK
/// and the floor get their answers from an in-memory handler (no socket, no server), so the difference between the
/// two is what the SDK adds per call, measured without the loopback's noise. Diagnostic, next to the end-to-end pair.
/// </summary>
public class ClientOverheadTokenBenchmarks : EndToEndTokenBenchmarks
{
    protected override bool InMemory => true;
}

/// <summary>The client-side cost alone, AK/SK auth (see <see cref="ClientOverheadTokenBenchmarks"/>).</summary>
public class ClientOverheadAkSkBenchmarks : EndToEndAkSkBenchmarks
{
    protected override bool InMemory => true;
}

/// <summary>
/// Answers GET server-groups/{id}, GET server-groups (the list body given) and POST server-groups from memory, reading
/// the request body like a server.
/// </summary>
internal sealed class CannedSdrsHandler(byte[] listBody) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        byte[] body = request.RequestUri!.AbsolutePath.EndsWith("/server-groups", StringComparison.Ordinal)
            ? listBody
            : LoopbackSdrs.GetBody;
        if (request.Method == HttpMethod.Post)
        {
            await request.Content!.CopyToAsync(Stream.Null, cancellationToken);
            body = LoopbackSdrs.PostBody;
        }

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
