using System.Text.Json.Nodes;
using SdrsSdk.Testing;

namespace SdrsSdk.Tests.Emulator.Conformance;

/// <summary>
/// The ground of the conformance suite: an emulator with a sold-out domain and small quotas (so every code can be
/// provoked on it), raw set-up calls that leave jobs pending or complete them, and the envelope assertion.
/// </summary>
public abstract class ConformanceTest : EmulatorTest
{
    /// <summary>The pseudo-wrapper of API Gateway's envelope, <c>{"error_msg","error_code","request_id"}</c>.</summary>
    public const string Gateway = "gateway";

    protected const string SoldOutDomainId = "5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d";
    protected const string OtherVpcId = "7d1f0c2e-5b3a-4e6d-8f9a-0b1c2d3e4f5a";
    protected const string UnknownId = "9c4c2a5e-3f0b-4d7a-8e1f-6a2b3c4d5e6f";
    protected const int GroupQuota = 3;
    protected const int PairQuota = 3;

    protected ConformanceTest()
        : base(
            new SdrsEmulatorOptions
            {
                Domains =
                [
                    EmulatedDomain.ReferenceExample(),
                    new EmulatedDomain(SoldOutDomainId, "sold-out", "cn-north-1c", "cn-north-1d") { SoldOut = true },
                ],
                ServerGroupQuota = GroupQuota,
                ReplicationQuota = PairQuota,
            }
        ) { }

    /// <summary>Gets the IDs the set-up created, by the short names the cases use in their paths and bodies.</summary>
    protected Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>A fresh UUID, for servers, disks and other IDs the caller chooses.</summary>
    protected static string NewId() => Guid.NewGuid().ToString("D");

    /// <summary>Asserts an error envelope: <see cref="Gateway"/>'s three fields, or an SDRS envelope with exactly the
    /// given wrapper.</summary>
    public static void ShouldBeEnvelope(JsonNode? body, string wrapper, string code)
    {
        body.Should().NotBeNull();
        if (wrapper == Gateway)
        {
            body!
                .AsObject()
                .Select(property => property.Key)
                .Should()
                .BeEquivalentTo("error_msg", "error_code", "request_id");
            body["error_code"]!.GetValue<string>().Should().Be(code);
            return;
        }

        EnvelopeOf(body).Should().Be((wrapper, code));
        body![wrapper]!["message"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    /// <summary>Sends a raw call that starts a job and returns the ID its entity names (one poll of the job, which
    /// leaves it INIT); the job stays pending until <see cref="CompleteAsync"/>.</summary>
    protected async Task<string> StartAsync(HttpMethod method, string path, string json, string? entity = null)
    {
        (int status, JsonNode? body, _) = await SendRawAsync(method, ProjectPath(path), Json(json));
        status.Should().BeOneOf([200, 202], "the set-up call {0} {1} must be accepted: {2}", method, path, body);
        string jobId = body!["job_id"]!.GetValue<string>();
        if (entity is null)
        {
            return jobId;
        }

        (_, JsonNode? job, _) = await SendRawAsync(HttpMethod.Get, ProjectPath("jobs/" + jobId));
        return job!["entities"]![entity]!.GetValue<string>();
    }

    /// <summary>As <see cref="StartAsync"/>, then ends every pending job (successfully).</summary>
    protected async Task<string> CompleteAsync(HttpMethod method, string path, string json, string? entity = null)
    {
        string id = await StartAsync(method, path, json, entity);
        Emulator.CompletePendingJobs();
        return id;
    }

    protected Task<string> StartGroupAsync(string name = "group-1") =>
        StartAsync(
            HttpMethod.Post,
            "server-groups",
            $"{{'server_group':{{'name':'{name}','source_availability_zone':'{SourceAz}',"
                + $"'target_availability_zone':'{TargetAz}','domain_id':'{DomainId}','source_vpc_id':'{VpcId}'}}}}",
            "server_group_id"
        );

    protected async Task<string> GroupAsync(string name = "group-1")
    {
        string id = await StartGroupAsync(name);
        Emulator.CompletePendingJobs();
        return id;
    }

    protected Task<string> StartInstanceAsync(string groupId, string? serverId = null, string name = "instance-1") =>
        StartAsync(
            HttpMethod.Post,
            "protected-instances",
            $"{{'protected_instance':{{'server_group_id':'{groupId}','server_id':'{serverId ?? NewId()}',"
                + $"'name':'{name}','flavorRef':'s3.large.2'}}}}",
            "protected_instance_id"
        );

    protected async Task<string> InstanceAsync(string groupId, string? serverId = null, string name = "instance-1")
    {
        string id = await StartInstanceAsync(groupId, serverId, name);
        Emulator.CompletePendingJobs();
        return id;
    }

    protected Task<string> StartPairAsync(string groupId, string? volumeId = null, string name = "pair-1") =>
        StartAsync(
            HttpMethod.Post,
            "replications",
            $"{{'replication':{{'server_group_id':'{groupId}','volume_id':'{volumeId ?? NewId()}','name':'{name}'}}}}",
            "replication_pair_id"
        );

    protected async Task<string> PairAsync(string groupId, string? volumeId = null, string name = "pair-1")
    {
        string id = await StartPairAsync(groupId, volumeId, name);
        Emulator.CompletePendingJobs();
        return id;
    }

    protected Task<string> AttachAsync(string instanceId, string pairId, string device = "/dev/vdb") =>
        CompleteAsync(
            HttpMethod.Post,
            $"protected-instances/{instanceId}/attachreplication",
            $"{{'replicationAttachment':{{'replication_id':'{pairId}','device':'{device}'}}}}"
        );

    protected Task<string> StartActionAsync(string groupId, string action) =>
        StartAsync(HttpMethod.Post, $"server-groups/{groupId}/action", action);

    /// <summary>Group <c>g</c>, instance <c>i</c> and pair <c>p</c>, attached as /dev/vdb, all available.</summary>
    protected async Task AttachedAsync()
    {
        Ids["g"] = await GroupAsync();
        Ids["i"] = await InstanceAsync(Ids["g"]);
        Ids["p"] = await PairAsync(Ids["g"]);
        await AttachAsync(Ids["i"], Ids["p"]);
    }

    /// <summary>The cases' compact JSON: single quotes stand for double quotes.</summary>
    protected static string Json(string compact) => compact.Replace('\'', '"');

    /// <summary>Replaces each <c>&lt;name&gt;</c> with the ID the set-up stored under that name.</summary>
    protected string Fill(string template)
    {
        foreach (KeyValuePair<string, string> id in Ids)
        {
            template = template.Replace("<" + id.Key + ">", id.Value, StringComparison.Ordinal);
        }

        return template;
    }
}
