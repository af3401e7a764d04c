using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SdrsSdk.Testing;

namespace SdrsSdk.Tests.Emulator;

/// <summary>A fresh emulator and an AK/SK client of it per test, with helpers that build a protected setup.</summary>
public abstract class EmulatorTest : IDisposable
{
    protected const string VpcId = "046852ef-c49d-409b-8389-546aaaa5701f";
    protected const string SourceAz = "cn-north-1a";
    protected const string TargetAz = "cn-north-1b";
    protected const string DomainId = "fb4bb8e3-a574-4437-a156-78c916aeea4d";

    /// <summary>The production site server of <see cref="CreateInstanceAsync"/> (5.5.1's example).</summary>
    protected const string ServerId = "403b603d-1d91-42cc-a357-81f3c2daf43f";

    /// <summary>The production site disk of <see cref="CreatePairAsync"/> (5.6.1's example).</summary>
    protected const string VolumeId = "b6f71149-7b9c-4f36-8ff0-1c4809a6f2c2";

    private readonly HttpClient _raw = new();

    protected EmulatorTest(SdrsEmulatorOptions? options = null)
    {
        Emulator = SdrsEmulator.Start(options);
        Client = Emulator.CreateClient();
    }

    protected SdrsEmulator Emulator { get; }

    protected SdrsClient Client { get; }

    protected string ProjectPath(string relative) => $"v1/{Emulator.ProjectId}/{relative}";

    protected async Task<ServerGroup> CreateGroupAsync(string name = "group-1", string vpcId = VpcId)
    {
        SdrsJobOperation<ServerGroup> create = await Client.ServerGroups.StartCreateAsync(
            new CreateServerGroupRequest(name, SourceAz, TargetAz, DomainId, vpcId) { Description = "test group" }
        );
        return await create.WaitForResourceAsync();
    }

    protected async Task<ProtectedInstance> CreateInstanceAsync(
        string groupId,
        string serverId = ServerId,
        string name = "instance-1"
    )
    {
        SdrsJobOperation<ProtectedInstance> create = await Client.ProtectedInstances.StartCreateAsync(
            new CreateProtectedInstanceRequest(groupId, serverId, name)
        );
        return await create.WaitForResourceAsync();
    }

    protected async Task<ReplicationPair> CreatePairAsync(
        string groupId,
        string volumeId = VolumeId,
        string name = "pair-1"
    )
    {
        SdrsJobOperation<ReplicationPair> create = await Client.Replications.StartCreateAsync(
            new CreateReplicationPairRequest(groupId, volumeId, name)
        );
        return await create.WaitForResourceAsync();
    }

    /// <summary>A group with one instance and one pair attached as /dev/vda, protection not enabled.</summary>
    protected async Task<(ServerGroup Group, ProtectedInstance Instance, ReplicationPair Pair)> CreateAttachedAsync()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);
        ReplicationPair pair = await CreatePairAsync(group.Id);
        await (
            await Client.ProtectedInstances.StartAttachReplicationAsync(
                instance.Id,
                new AttachReplicationPairRequest(pair.Id, "/dev/vda")
            )
        ).WaitForCompletionAsync();
        return (group, instance, pair);
    }

    /// <summary>As <see cref="CreateAttachedAsync"/>, with protection enabled.</summary>
    protected async Task<(ServerGroup Group, ProtectedInstance Instance, ReplicationPair Pair)> CreateProtectedAsync()
    {
        (ServerGroup group, ProtectedInstance instance, ReplicationPair pair) = await CreateAttachedAsync();
        await (await Client.ServerGroups.StartProtectionAsync(group.Id)).WaitForCompletionAsync();
        return (
            await Client.ServerGroups.GetAsync(group.Id),
            await Client.ProtectedInstances.GetAsync(instance.Id),
            await Client.Replications.GetAsync(pair.Id)
        );
    }

    /// <summary>Sends a request with the token but without the SDK, for checks the SDK would make
    /// client-side.</summary>
    protected async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> SendRawAsync(
        HttpMethod method,
        string relativePath,
        string? json = null,
        Action<HttpRequestMessage>? configure = null
    )
    {
        using var request = new HttpRequestMessage(method, new Uri(Emulator.Endpoint, relativePath));
        request.Headers.TryAddWithoutValidation("X-Auth-Token", Emulator.Token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        configure?.Invoke(request);
        HttpResponseMessage response = await _raw.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    protected static string ErrorCodeOf(JsonNode? body) => EnvelopeOf(body).Code;

    /// <summary>The wrapper key and code of an SDRS error envelope, which must have exactly one
    /// property.</summary>
    protected static (string Wrapper, string Code) EnvelopeOf(JsonNode? body)
    {
        KeyValuePair<string, JsonNode?> only = body!.AsObject().Should().ContainSingle().Subject;
        return (only.Key, only.Value!["code"]!.GetValue<string>());
    }

    public void Dispose()
    {
        Client.Dispose();
        Emulator.Dispose();
        _raw.Dispose();
        GC.SuppressFinalize(this);
    }
}
