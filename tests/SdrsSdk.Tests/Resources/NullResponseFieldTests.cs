using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Resources;

/// <summary>
/// The reference does not promise that numbers and flags in a response are never null: a null in any of them must reach
/// the caller as null, through the public client, without failing the call.
/// </summary>
public sealed class NullResponseFieldTests : IDisposable
{
    private const string Id = "00000000-0000-0000-0000-000000000001";

    private static readonly Dictionary<string, NullField> Fields = new NullField[]
    {
        new("server_group.progress", "server-groups/get.response.json", async c =>
            (await c.ServerGroups.GetAsync(Id)).Progress
        ),
        new("server_group.protected_instance_num", "server-groups/get.response.json", async c =>
            (await c.ServerGroups.GetAsync(Id)).ProtectedInstanceNum
        ),
        new("server_group.replication_num", "server-groups/get.response.json", async c =>
            (await c.ServerGroups.GetAsync(Id)).ReplicationNum
        ),
        new("server_group.disaster_recovery_drill_num", "server-groups/get.response.json", async c =>
            (await c.ServerGroups.GetAsync(Id)).DisasterRecoveryDrillNum
        ),
        new("server_groups.0.progress", "server-groups/list.response.json", async c =>
            (await c.ServerGroups.ListAsync()).ServerGroups[0].Progress
        ),
        new("count", "server-groups/list.response.json", async c => (await c.ServerGroups.ListAsync()).Count),
        new("protected_instance.progress", "protected-instances/get.response.json", async c =>
            (await c.ProtectedInstances.GetAsync(Id)).Progress
        ),
        new("count", "protected-instances/list.response.json", async c =>
            (await c.ProtectedInstances.ListAsync()).Count
        ),
        new("replication.progress", "replications/get.response.json", async c =>
            (await c.Replications.GetAsync(Id)).Progress
        ),
        new("replication.record_metadata.multiattach", "replications/get.response.json", async c =>
            (await c.Replications.GetAsync(Id)).RecordMetadata!.Multiattach
        ),
        new("replication.record_metadata.bootable", "replications/get.response.json", async c =>
            (await c.Replications.GetAsync(Id)).RecordMetadata!.Bootable
        ),
        new("replication.record_metadata.volume_size", "replications/get.response.json", async c =>
            (await c.Replications.GetAsync(Id)).RecordMetadata!.VolumeSize
        ),
        new("count", "replications/list.response.json", async c => (await c.Replications.ListAsync()).Count),
        new("count", "drills/list.response.json", async c => (await c.Drills.ListAsync()).Count),
        new("domains.0.sold_out", "active-domains/list.response.json", async c =>
            (await c.ActiveDomains.ListAsync())[0].SoldOut
        ),
        new("quotas.resources.0.used", "quotas/get.response.json", async c =>
            (await c.Quotas.GetAsync()).Resources[0].Used
        ),
        new("quotas.resources.0.quota", "quotas/get.response.json", async c =>
            (await c.Quotas.GetAsync()).Resources[0].Quota
        ),
        new("quotas.resources.0.min", "quotas/get.response.json", async c =>
            (await c.Quotas.GetAsync()).Resources[0].Min
        ),
        new("quotas.resources.0.max", "quotas/get.response.json", async c =>
            (await c.Quotas.GetAsync()).Resources[0].Max
        ),
        new("count", "task-center/list.response.json", async c => (await c.TaskCenter.ListFailedJobsAsync()).Count),
        new("total_count", "tags/filter.response.json", async c => (await c.Tags.FilterAsync()).Count),
        new("resources.0.resource_detail.progress", "tags/filter.response.json", async c =>
            (await c.Tags.FilterAsync()).Resources[0].ResourceDetail!.Progress
        ),
    }.ToDictionary(field => field.Example + " " + field.Path);

    private static readonly Dictionary<string, ListWalk> Walks = new ListWalk[]
    {
        new("server-groups/list.response.json", "server_groups", 2, (c, limit) =>
            c.ServerGroups.ListAllAsync(new ServerGroupQuery { Limit = limit })
        ),
        new("protected-instances/list.response.json", "protected_instances", 2, (c, limit) =>
            c.ProtectedInstances.ListAllAsync(new ProtectedInstanceQuery { Limit = limit })
        ),
        new("replications/list.response.json", "replications", 1, (c, limit) =>
            c.Replications.ListAllAsync(new ReplicationPairQuery { Limit = limit })
        ),
        new("drills/list.response.json", "disaster_recovery_drills", 2, (c, limit) =>
            c.Drills.ListAllAsync(new DisasterRecoveryDrillQuery { Limit = limit })
        ),
        new("task-center/list.response.json", "failure_jobs", 2, (c, limit) =>
            c.TaskCenter.ListAllFailedJobsAsync(new FailureJobQuery { Limit = limit })
        ),
        new("tags/filter.response.json", "resources", 1, (c, limit) =>
            c.Tags.FilterAllAsync(new ProtectedInstanceTagQuery { Limit = limit })
        ),
    }.ToDictionary(walk => walk.Example);

    private readonly MockSdrs _sdrs = new();

    public static TheoryData<string> FieldNames => new(Fields.Keys);

    public static TheoryData<string> ListNames => new(Walks.Keys);

    [Theory]
    [MemberData(nameof(FieldNames))]
    public async Task Read_NullOrMissingNumberOrFlag_ReturnsNull(string name)
    {
        NullField field = Fields[name];
        JsonNode body = Examples.Json(field.Example);
        object? asInExample = await ReadAsync(field, body);
        SetNull(body, field.Path);
        object? whenNull = await ReadAsync(field, body);
        Remove(body, field.Path);
        object? whenLeftOut = await ReadAsync(field, body);

        asInExample.Should().NotBeNull("the reference example sets {0}, so the test can see it turn null", field.Path);
        whenNull.Should().BeNull();
        whenLeftOut.Should().BeNull();
    }

    /// <summary>
    /// Without a count, a walk goes on after a full page and stops at the first empty one; the reference example's
    /// page (with its count nulled) is the full page, an empty list the second.
    /// </summary>
    [Theory]
    [MemberData(nameof(ListNames))]
    public async Task ListAll_NullCount_WalksByPageSize(string name)
    {
        ListWalk walk = Walks[name];
        JsonNode full = Examples.Json(walk.Example);
        full[walk.CountName] = null;
        JsonNode empty = full.DeepClone();
        empty[walk.ItemsName] = new JsonArray();
        _sdrs
            .Server.Given(Request.Create().UsingAnyMethod())
            .InScenario("paging")
            .WillSetStateTo("second")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(full.ToJsonString()));
        _sdrs
            .Server.Given(Request.Create().UsingAnyMethod())
            .InScenario("paging")
            .WhenStateIs("second")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(empty.ToJsonString()));
        using SdrsClient client = _sdrs.CreateClient();

        var items = new List<object>();
        await foreach (object item in walk.ListAll(client, walk.ItemsOnPage))
        {
            items.Add(item);
        }

        items.Should().HaveCount(walk.ItemsOnPage);
        _sdrs.Requests().Should().HaveCount(2, "a full page without a count may have a next page");
    }

    /// <summary>Without a count, a short page ends the walk.</summary>
    [Theory]
    [MemberData(nameof(ListNames))]
    public async Task ListAll_NullCountShortPage_StopsAfterOnePage(string name)
    {
        ListWalk walk = Walks[name];
        JsonNode full = Examples.Json(walk.Example);
        full.AsObject().Remove(walk.CountName).Should().BeTrue();
        _sdrs
            .Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(full.ToJsonString()));
        using SdrsClient client = _sdrs.CreateClient();

        var items = new List<object>();
        await foreach (object item in walk.ListAll(client, walk.ItemsOnPage + 1))
        {
            items.Add(item);
        }

        items.Should().HaveCount(walk.ItemsOnPage);
        _sdrs.Requests().Should().ContainSingle();
    }

    /// <summary>One rule for every response model: no number or flag the server fills in can refuse a null.</summary>
    [Fact]
    public void ResponseModels_EveryNumberAndFlag_IsNullable()
    {
        Type[] valueTypes =
        [
            typeof(int),
            typeof(long),
            typeof(bool),
            typeof(double),
            typeof(decimal),
            typeof(DateTimeOffset),
        ];
        var offenders = typeof(SdrsClient)
            .Assembly.GetExportedTypes()
            .Where(type =>
                !type.Name.EndsWith("Request", StringComparison.Ordinal)
                && !type.Name.EndsWith("Query", StringComparison.Ordinal)
            )
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(property =>
                property.GetCustomAttribute<JsonPropertyNameAttribute>() is not null && property.CanWrite
            )
            .Where(property => valueTypes.Contains(property.PropertyType))
            .Select(property => $"{property.DeclaringType!.Name}.{property.Name}")
            .ToList();

        offenders.Should().BeEmpty("a null from the service must not fail the call");
    }

    public void Dispose() => _sdrs.Dispose();

    private async Task<object?> ReadAsync(NullField field, JsonNode body)
    {
        _sdrs.Server.Reset();
        _sdrs
            .Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(body.ToJsonString()));
        using SdrsClient client = _sdrs.CreateClient();
        return await field.Read(client);
    }

    private static JsonObject Parent(JsonNode body, string path, out string last)
    {
        string[] parts = path.Split('.');
        JsonNode node = body;
        foreach (string part in parts[..^1])
        {
            node = int.TryParse(part, out int index) ? node[index]! : node[part]!;
        }

        last = parts[^1];
        return node.AsObject();
    }

    private static void SetNull(JsonNode body, string path) => Parent(body, path, out string last)[last] = null;

    private static void Remove(JsonNode body, string path) =>
        Parent(body, path, out string last).Remove(last).Should().BeTrue();

    private sealed record ListWalk(
        string Example,
        string ItemsName,
        int ItemsOnPage,
        Func<SdrsClient, int, IAsyncEnumerable<object>> ListAll
    )
    {
        public string CountName => ItemsName == "resources" ? "total_count" : "count";
    }

    private sealed record NullField(string Path, string Example, Func<SdrsClient, Task<object?>> Read);
}
