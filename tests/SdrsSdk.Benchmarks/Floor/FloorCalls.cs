using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SdrsSdk.Benchmarks.Floor;

/// <summary>Adds the floor's authentication (token header or AK/SK signature) to a request whose body is <paramref
/// name="body"/>.</summary>
internal delegate void FloorAuthenticator(HttpRequestMessage request, ReadOnlySpan<byte> body);

/// <summary>
/// The floor's calls, as anyone would hand-write them: build the request (URL per call), authenticate it, send it with
/// a raw <see cref="HttpClient"/>, read the body with source-generated System.Text.Json. Shared by the benchmarks,
/// the interleaved probe and the allocation-budget tests, so every comparison uses the same floor.
/// </summary>
internal static class FloorCalls
{
    /// <summary>The list query both sides send: <c>limit</c>, <c>offset</c>, <c>status</c> and <c>name</c>.</summary>
    public const string ListQuery = "server-groups?limit=1000&offset=0&status=available&name=Protection-Group-0001";

    /// <summary>Gets <see cref="ListQuery"/> as the SDK takes it.</summary>
    public static ServerGroupQuery SdkListQuery { get; } =
        new()
        {
            Limit = 1000,
            Offset = 0,
            Status = ServerGroupStatus.Available,
            Name = "Protection-Group-0001",
        };

    /// <summary>GET server-groups?… and the page's groups.</summary>
    public static async Task<object> ListAsync(HttpClient http, Uri projectBase, FloorAuthenticator authenticate)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(projectBase, ListQuery));
        authenticate(request, []);
        FloorServerGroupList list = await SendAsync(http, request, FloorJsonContext.Default.FloorServerGroupList);
        return list.ServerGroups!;
    }

    /// <summary>POST server-groups (the same group the SDK benchmarks create) and the job ID.</summary>
    public static async Task<string> CreateAsync(HttpClient http, Uri projectBase, FloorAuthenticator authenticate)
    {
        var body = new FloorCreateServerGroupBody
        {
            ServerGroup = new FloorCreateServerGroup
            {
                Name = "orders-protection-group",
                Description = "Protection group of the order service",
                SourceAvailabilityZone = "cn-north-1a",
                TargetAvailabilityZone = "cn-north-1b",
                DomainId = "fb4bb8e3-a574-4437-a156-78c916aeea4d",
                SourceVpcId = "046852ef-c49d-409b-8389-546aaaa5701f",
                DrType = "migration",
            },
        };
        byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(body, FloorJsonContext.Default.FloorCreateServerGroupBody);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(projectBase, "server-groups"));
        request.Content = new ByteArrayContent(bytes);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        authenticate(request, bytes);
        FloorJobReference job = await SendAsync(http, request, FloorJsonContext.Default.FloorJobReference);
        return job.JobId!;
    }

    /// <summary>Sends an authenticated request and reads the body as <typeparamref name="T"/>.</summary>
    public static async Task<T> SendAsync<T>(HttpClient http, HttpRequestMessage request, JsonTypeInfo<T> type)
    {
        using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using Stream stream = await response.Content.ReadAsStreamAsync();
        return (await JsonSerializer.DeserializeAsync(stream, type))!;
    }
}
