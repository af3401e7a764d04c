using System.Net;
using System.Net.Http.Headers;
using SdrsSdk.Benchmarks.Data;
using SdrsSdk.Benchmarks.Floor;
using SdrsSdk.Tests.TestSupport;
using Xunit.Abstractions;

namespace SdrsSdk.Tests.Performance;

/// <summary>Allocation measurements run alone: another test's activity listener would add the activities'
/// bytes.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationBudgetsGroup
{
    public const string Name = "Allocation budgets";
}

/// <summary>
/// Bytes allocated per warm call, held under a budget so a regression fails the build (issue 13). Allocations are
/// exact where timings are not: the stub transport answers synchronously, so the whole call — SDK handlers, Refit,
/// the response reader — runs on the test thread and <see cref="GC.GetAllocatedBytesForCurrentThread"/> sees every
/// byte of it. Each figure is the minimum of several measurements after a warm-up (tiered JIT and PGO change what a
/// method allocates while it warms up). The hand-written floor — <see cref="HttpClient"/> plus source-generated
/// System.Text.Json over the same stub — is measured in the same run and the ratio printed.
/// </summary>
/// <remarks>
/// The budgets are the figures measured after the issue-13 work + 10 % (7 December 2026), one set per build
/// configuration, since a Debug build allocates more per call (unoptimised async state machines). Release: token GET
/// 5,400 B (floor 3,760 B), AK/SK GET 6,176 B (floor 4,832 B), token POST 5,120 B (floor 2,536 B), the 1,000-group
/// list 1,031,000 B (floor 1,310,384 B). Debug: 6,888 B, 7,968 B, 6,624 B and 1,032,488 B. Before the work (Release):
/// 7,472 B, 8,200 B, 5,624 B and 2,691,312 B. The SDK's own resilience handler (replacing Polly's, issue 13's last
/// item) left the Release figures unchanged (its cancellation source is reused as Polly's pool reused them; on
/// loopback it saves ~0.9 KB a call), so those budgets are the same + 10 % rounded down; in Debug it allocates more
/// (7,136 B, 8,216 B, 6,872 B, 1,032,736 B: every local of an unoptimised state machine is kept), within the old
/// Debug budgets, which stayed. After the final round of issue 13 (8 December 2026: request bodies written once
/// through the source-generated writer, no path text per call unless logged or traced, the call, resilience and
/// authentication handlers without a state machine of their own when the answer is there at once, no required-field
/// tracking for the job ID), both sets are the new figures + 10 % rounded down. Release: token GET 4,904 B, AK/SK GET
/// 5,960 B, token POST 3,744 B, the 1,000-group list 1,030,504 B; Debug: 5,848 B, 7,216 B, 4,704 B and
/// 1,031,448 B. Issue 16's response metadata (8 December 2026: a page and a job handle keep the response they were
/// read from, and make an SdrsResponse of it only when asked; the call state keeps the call's duration) costs 40 B a
/// call in Release; the budgets are the new figures + 10 % rounded down. Release: token GET 4,944 B, AK/SK GET
/// 6,000 B, token POST 3,784 B, the 1,000-group list 1,030,544 B; Debug: 5,904 B, 7,272 B, 4,936 B and 1,031,504 B.
/// </remarks>
[Collection(AllocationBudgetsGroup.Name)]
public sealed class AllocationBudgetTests(ITestOutputHelper output) : IDisposable
{
#if DEBUG
    private const long TokenGetBudget = 6_494;
    private const long AkSkGetBudget = 7_999;
    private const long TokenPostBudget = 5_429;
    private const long ThousandGroupListBudget = 1_134_654;
#else
    private const long TokenGetBudget = 5_438;
    private const long AkSkGetBudget = 6_600;
    private const long TokenPostBudget = 4_162;
    private const long ThousandGroupListBudget = 1_133_598;
#endif
    private const int WarmUpCalls = 200;
    private const int Measurements = 20;
    private const int LargeWarmUpCalls = 30;
    private const int LargeMeasurements = 5;

    private static readonly byte[] OneGroupList = ServerGroupJson.List(1);
    private static readonly byte[] ThousandGroupList = ServerGroupJson.List(1000);
    private static readonly byte[] JobBody = """{"job_id":"ff8080826b45d4a5016b5036242c0025"}"""u8.ToArray();
    private static readonly Uri Endpoint = new("http://sdrs.local/");
    private static readonly Uri ProjectBase = new(Endpoint, $"v1/{TestCredentials.ProjectId}/");
    private readonly SynchronousSdrs _transport = new();
    private readonly FloorSigner _floorSigner = new(TestCredentials.AccessKey, TestCredentials.SecretKey);
    private SdrsClient? _token;
    private SdrsClient? _akSk;
    private HttpClient? _floor;

    private SdrsClient Token => _token ??= NewClient(TestCredentials.StaticToken());

    private SdrsClient AkSk => _akSk ??= NewClient(TestCredentials.AkSk());

    private HttpClient Floor => _floor ??= new HttpClient(_transport, disposeHandler: false);

    [Fact]
    public void TokenGetList_StaysWithinBudget() =>
        AssertBudget(
            "token GET server-groups?limit&offset&status&name",
            TokenGetBudget,
            () => Token.ServerGroups.ListAsync(FloorCalls.SdkListQuery),
            () => FloorCalls.ListAsync(Floor, ProjectBase, AuthenticateWithToken)
        );

    [Fact]
    public void AkSkGetList_StaysWithinBudget() =>
        AssertBudget(
            "AK/SK GET server-groups?limit&offset&status&name",
            AkSkGetBudget,
            () => AkSk.ServerGroups.ListAsync(FloorCalls.SdkListQuery),
            () => FloorCalls.ListAsync(Floor, ProjectBase, AuthenticateWithSignature)
        );

    [Fact]
    public void TokenPostCreate_StaysWithinBudget() =>
        AssertBudget(
            "token POST server-groups (create)",
            TokenPostBudget,
            () => Token.ServerGroups.StartCreateAsync(NewCreateRequest()),
            () => FloorCalls.CreateAsync(Floor, ProjectBase, AuthenticateWithToken)
        );

    [Fact]
    public void ThousandGroupList_StaysWithinBudget()
    {
        _transport.ListBody = ThousandGroupList;
        AssertBudget(
            "token GET of 1,000 protection groups",
            ThousandGroupListBudget,
            () => Token.ServerGroups.ListAsync(FloorCalls.SdkListQuery),
            () => FloorCalls.ListAsync(Floor, ProjectBase, AuthenticateWithToken),
            LargeWarmUpCalls,
            LargeMeasurements
        );
    }

    public void Dispose()
    {
        _token?.Dispose();
        _akSk?.Dispose();
        _floor?.Dispose();
        _floorSigner.Dispose();
        _transport.Dispose();
    }

    private static CreateServerGroupRequest NewCreateRequest() =>
        new(
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

    private static long Measure(Func<Task> call, int warmUpCalls, int measurements)
    {
        for (int i = 0; i < warmUpCalls; i++)
        {
            RunSynchronously(call);
        }

        long least = long.MaxValue;
        for (int i = 0; i < measurements; i++)
        {
            least = Math.Min(least, RunSynchronously(call));
        }

        return least;
    }

    /// <summary>Runs one call, checks it completed on this thread, and returns the bytes this thread allocated for
    /// it.</summary>
    private static long RunSynchronously(Func<Task> call)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        Task task = call();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        task.IsCompletedSuccessfully.Should()
            .BeTrue(
                "the stub transport answers synchronously, so the whole call runs on the test thread ({0})",
                task.Exception?.InnerException?.Message
            );
        return allocated;
    }

    private SdrsClient NewClient(SdrsCredential credential) =>
        new(
            new SdrsClientOptions
            {
                Endpoint = Endpoint,
                ProjectId = TestCredentials.ProjectId,
                Credential = credential,
                AllowInsecureHttp = true,
                Transport = _transport,
            }
        );

    private void AssertBudget(
        string call,
        long budget,
        Func<Task> sdk,
        Func<Task> floor,
        int warmUpCalls = WarmUpCalls,
        int measurements = Measurements
    )
    {
        long sdkBytes = Measure(sdk, warmUpCalls, measurements);
        long floorBytes = Measure(floor, warmUpCalls, measurements);
        output.WriteLine(
            $"{call}: SdrsSdk {sdkBytes:N0} B, floor {floorBytes:N0} B, ratio "
                + $"{(double)sdkBytes / floorBytes:0.00}x; budget {budget:N0} B"
        );
        floorBytes.Should().BePositive("the floor's call allocates its response at least");
        sdkBytes
            .Should()
            .BeLessThanOrEqualTo(budget, $"{call} must not allocate more than its budget (floor: {floorBytes:N0} B)");
    }

    private static void AuthenticateWithToken(HttpRequestMessage request, ReadOnlySpan<byte> body) =>
        request.Headers.TryAddWithoutValidation(StaticTokenCredential.HeaderName, TestCredentials.Token);

    private void AuthenticateWithSignature(HttpRequestMessage request, ReadOnlySpan<byte> body) =>
        _floorSigner.Authenticate(
            request,
            body,
            TestCredentials.ProjectId,
            new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero)
        );

    /// <summary>
    /// Answers GET server-groups with <see cref="ListBody"/> and POST server-groups with a job ID, synchronously (the
    /// returned task has already completed), reading a request body as a server would.
    /// </summary>
    private sealed class SynchronousSdrs : HttpMessageHandler
    {
        public byte[] ListBody { get; set; } = OneGroupList;

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            byte[] body = ListBody;
            if (request.Method == HttpMethod.Post)
            {
                request.Content!.CopyTo(Stream.Null, null, cancellationToken);
                body = JobBody;
            }

            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        }

        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        ) => Task.FromResult(Send(request, cancellationToken));
    }
}
