using System.Text.Json.Nodes;
using SdrsSdk.Testing;

namespace SdrsSdk.Tests.Emulator.Conformance;

/// <summary>
/// One raw HTTP request per error code the emulator answers (Appendix A.1 and API Gateway's codes), past the SDK's own
/// checks: the set-up runs through raw calls, then the request asserts the HTTP status, the code and the envelope
/// wrapper. Paths and bodies name set-up IDs as <c>&lt;g&gt;</c> (group), <c>&lt;i&gt;</c> (instance), <c>&lt;p&gt;</c>
/// (pair), <c>&lt;d&gt;</c> (drill) and <c>&lt;s&gt;</c> (server or disk); single quotes stand for double quotes.
/// </summary>
public sealed class ErrorCodeConformanceTests : ConformanceTest
{
    private const string E = "error";
    private const string NotFound = "itemNotFound";
    private const string Bad = "badrequest";

    private static readonly Dictionary<string, ConformanceCase> Cases = new(StringComparer.Ordinal);

    static ErrorCodeConformanceTests()
    {
        AddGatewayAndCommon();
        AddServerGroups();
        AddProtectedInstances();
        AddAttachments();
        AddReplications();
        AddDrills();
        AddTags();
        AddTagSearch();
    }

    /// <summary>Gets every code a case provokes (for the coverage test's report).</summary>
    internal static IEnumerable<string> CoveredCodes => Cases.Values.Select(value => value.Code).Distinct();

    [Theory]
    [MemberData(nameof(Family), "common")]
    public Task GatewayAndCommon_IsAnsweredWithItsCode(string name) => RunAsync(name);

    [Theory]
    [MemberData(nameof(Family), "groups")]
    public Task ServerGroups_AreAnsweredWithTheirCodes(string name) => RunAsync(name);

    [Theory]
    [MemberData(nameof(Family), "instances")]
    public Task ProtectedInstances_AreAnsweredWithTheirCodes(string name) => RunAsync(name);

    [Theory]
    [MemberData(nameof(Family), "attachments")]
    public Task AttachmentsNicsAndResize_AreAnsweredWithTheirCodes(string name) => RunAsync(name);

    [Theory]
    [MemberData(nameof(Family), "replications")]
    public Task Replications_AreAnsweredWithTheirCodes(string name) => RunAsync(name);

    [Theory]
    [MemberData(nameof(Family), "drills")]
    public Task Drills_AreAnsweredWithTheirCodes(string name) => RunAsync(name);

    [Theory]
    [MemberData(nameof(Family), "tags")]
    public Task Tags_AreAnsweredWithTheirCodes(string name) => RunAsync(name);

    [Theory]
    [MemberData(nameof(Family), "search")]
    public Task TagSearch_IsAnsweredWithItsCodes(string name) => RunAsync(name);

    private async Task RunAsync(string name)
    {
        ConformanceCase c = Cases[name];
        if (c.Arrange is not null)
        {
            await c.Arrange(this);
        }

        string path = Fill(c.Path);
        path = path.StartsWith('/') ? path[1..] : ProjectPath(path);
        (int status, JsonNode? body, HttpResponseMessage response) = await SendRawAsync(
            new HttpMethod(c.Method),
            path,
            c.Body is null ? null : Json(Fill(c.Body)),
            c.Configure
        );

        status.Should().Be(c.Status, "{0} answers {1}", name, body?.ToJsonString());
        ShouldBeEnvelope(body, c.Wrapper, c.Code);
        response.Headers.Contains("X-Request-Id").Should().BeTrue();
    }

    /// <summary>The names of one family's cases.</summary>
    public static TheoryData<string> Family(string family) =>
        [.. Cases.Where(entry => entry.Value.Family == family).Select(entry => entry.Key)];

    private static void Add(
        string family,
        string name,
        string code,
        int status,
        string wrapper,
        string method,
        string path,
        string? body = null,
        Func<ErrorCodeConformanceTests, Task>? arrange = null,
        Action<HttpRequestMessage>? configure = null
    ) =>
        Cases.Add(
            $"{code} {family}: {name}",
            new(family, code, status, wrapper, method, path, body, arrange, configure)
        );

    private static void AddGatewayAndCommon()
    {
        const string F = "common";
        Add(F, "unknown path", "APIGW.0101", 404, Gateway, "GET", "no-such-resource");
        Add(F, "no credential", "APIGW.0301", 401, Gateway, "GET", "server-groups", configure: request =>
            request.Headers.Remove("X-Auth-Token")
        );
        Add(F, "wrong token", "APIGW.0301", 401, Gateway, "GET", "server-groups", configure: request =>
        {
            request.Headers.Remove("X-Auth-Token");
            request.Headers.Add("X-Auth-Token", "not-the-token");
        });
        Add(F, "injected throttling", "APIGW.0308", 429, Gateway, "GET", "server-groups", arrange: t =>
            Inject(t, SdrsFault.Throttled(TimeSpan.FromSeconds(1)))
        );
        Add(F, "injected 503", "SDRS.0013", 503, E, "GET", "server-groups", arrange: t =>
            Inject(t, SdrsFault.ServiceUnavailable())
        );
        Add(
            F,
            "another project in the path",
            "SDRS.0001",
            400,
            E,
            "GET",
            "/v1/11112222333344445555666677778888/server-groups"
        );
        Add(F, "another project in X-Project-Id", "SDRS.0001", 400, E, "GET", "server-groups", configure: request =>
            request.Headers.Add("X-Project-Id", "11112222333344445555666677778888")
        );
        Add(F, "unknown API version", "SDRS.0201", 404, NotFound, "GET", "/v9");
        Add(F, "unknown job", "SDRS.0408", 404, NotFound, "GET", "jobs/0000000000000000000000000000abcd");
        Add(
            F,
            "unknown failed task",
            "SDRS.0408",
            404,
            NotFound,
            "DELETE",
            "task-center/failure-jobs/0000000000000000000000000000abcd"
        );
        Add(F, "5.9.4 unknown group", "SDRS.1013", 400, E, "DELETE", $"task-center/{UnknownId}/failure-jobs/batch");
        Add(F, "limit above 1000", "SDRS.0221", 400, E, "GET", "server-groups?limit=1001");
        Add(F, "negative offset", "SDRS.0222", 400, E, "GET", "replications?offset=-1");
        string ids = string.Join(',', Enumerable.Range(0, 31).Select(i => $"'{Guid.NewGuid():D}'"));
        Add(
            F,
            "31 IDs in a list filter",
            "SDRS.0226",
            400,
            E,
            "GET",
            $"protected-instances?server_group_ids=[{Uri.EscapeDataString(ids)}]"
        );
        Add(F, "unknown query_type", "SDRS.0201", 400, E, "GET", "server-groups?query_type=bogus");
        Add(F, "a body that is not JSON", "SDRS.0201", 400, Bad, "POST", "server-groups", "not json");
    }

    private static void AddServerGroups()
    {
        const string F = "groups";
        const string Create = "server-groups";
        string Body(
            string name = "'group-1'",
            string source = $"'{SourceAz}'",
            string target = $"'{TargetAz}'",
            string domain = $"'{DomainId}'",
            string vpc = $",'source_vpc_id':'{VpcId}'",
            string extra = ""
        ) =>
            $"{{'server_group':{{'name':{name},'source_availability_zone':{source},"
            + $"'target_availability_zone':{target},'domain_id':{domain}{vpc}{extra}}}}}";

        Add(F, "empty name", "SDRS.0202", 400, E, "POST", Create, Body(name: "''"));
        Add(
            F,
            "description over 64 bytes",
            "SDRS.0212",
            400,
            E,
            "POST",
            Create,
            Body(extra: $",'description':'{new string('d', 65)}'")
        );
        Add(F, "same AZ twice", "SDRS.0203", 400, E, "POST", Create, Body(target: $"'{SourceAz}'"));
        Add(F, "no source_vpc_id", "SDRS.0204", 400, E, "POST", Create, Body(vpc: string.Empty));
        Add(F, "unknown VPC (strict)", "SDRS.0204", 400, E, "POST", Create, Body(), t => AddVpc(t, OtherVpcId));
        Add(F, "unknown domain", "SDRS.0205", 400, E, "POST", Create, Body(domain: $"'{UnknownId}'"));
        Add(
            F,
            "sold-out domain",
            "SDRS.0233",
            400,
            E,
            "POST",
            Create,
            Body(source: "'cn-north-1c'", target: "'cn-north-1d'", domain: $"'{SoldOutDomainId}'")
        );
        Add(F, "dr_type other than migration", "SDRS.0201", 400, E, "POST", Create, Body(extra: ",'dr_type':'bogus'"));
        Add(F, "a field of the wrong type", "SDRS.0201", 400, E, "POST", Create, Body(name: "42"));
        Add(F, "quota used up", "SDRS.0305", 400, E, "POST", Create, Body(), async t =>
        {
            for (int i = 0; i < GroupQuota; i++)
            {
                await t.StartGroupAsync($"group-{i}");
            }
        });
        Add(F, "unknown group", "SDRS.1013", 400, E, "GET", $"server-groups/{UnknownId}");
        Add(
            F,
            "rename an unknown group",
            "SDRS.1013",
            400,
            E,
            "PUT",
            $"server-groups/{UnknownId}",
            "{'server_group':{'name':'x'}}"
        );
        Add(F, "delete with an instance", "SDRS.1001", 400, E, "DELETE", "server-groups/<g>", arrange: async t =>
        {
            t.Ids["g"] = await t.GroupAsync();
            await t.InstanceAsync(t.Ids["g"]);
        });
        Add(F, "delete with a pair", "SDRS.1010", 400, E, "DELETE", "server-groups/<g>", arrange: async t =>
        {
            t.Ids["g"] = await t.GroupAsync();
            await t.PairAsync(t.Ids["g"]);
        });
        Add(F, "delete with a drill", "SDRS.1003", 400, E, "DELETE", "server-groups/<g>", arrange: async t =>
        {
            t.Ids["g"] = await t.GroupAsync();
            await t.CompleteAsync(
                HttpMethod.Post,
                "disaster-recovery-drills",
                $"{{'disaster_recovery_drill':{{'server_group_id':'{t.Ids["g"]}','name':'drill-1'}}}}"
            );
        });
        Add(F, "delete while creating", "SDRS.1002", 400, E, "DELETE", "server-groups/<g>", arrange: async t =>
            t.Ids["g"] = await t.StartGroupAsync()
        );
        Add(F, "action body with no action", "SDRS.0206", 400, E, "POST", "server-groups/<g>/action", "{}", Group);
        Add(
            F,
            "action body with two actions",
            "SDRS.0206",
            400,
            E,
            "POST",
            "server-groups/<g>/action",
            "{'start-server-group':{},'stop-server-group':{}}",
            Group
        );
        Add(
            F,
            "start while creating",
            "SDRS.1021",
            400,
            E,
            "POST",
            "server-groups/<g>/action",
            "{'start-server-group':{}}",
            async t => t.Ids["g"] = await t.StartGroupAsync()
        );
        Add(
            F,
            "start without pairs",
            "SDRS.1027",
            400,
            E,
            "POST",
            "server-groups/<g>/action",
            "{'start-server-group':{}}",
            Group
        );
        Add(
            F,
            "stop when available",
            "SDRS.1019",
            400,
            E,
            "POST",
            "server-groups/<g>/action",
            "{'stop-server-group':{}}",
            Group
        );
        Add(
            F,
            "failover when available",
            "SDRS.1022",
            400,
            E,
            "POST",
            "server-groups/<g>/action",
            "{'failover-server-group':{}}",
            Group
        );
        Add(
            F,
            "planned failover when available",
            "SDRS.1023",
            400,
            E,
            "POST",
            "server-groups/<g>/action",
            "{'reverse-server-group':{'priority_station':'target'}}",
            Group
        );
        Add(
            F,
            "planned failover to the current site",
            "SDRS.0201",
            400,
            E,
            "POST",
            "server-groups/<g>/action",
            "{'reverse-server-group':{'priority_station':'source'}}",
            ProtectedWithoutPairsButOne
        );
        Add(
            F,
            "failover without pairs",
            "SDRS.1030",
            400,
            E,
            "POST",
            "server-groups/<g>/action",
            "{'failover-server-group':{}}",
            ProtectedWithoutPairs
        );
        Add(
            F,
            "planned failover without pairs",
            "SDRS.1029",
            400,
            E,
            "POST",
            "server-groups/<g>/action",
            "{'reverse-server-group':{'priority_station':'target'}}",
            ProtectedWithoutPairs
        );
        Add(
            F,
            "re-protect without pairs",
            "SDRS.1032",
            400,
            E,
            "POST",
            "server-groups/<g>/action",
            "{'start-server-group':{}}",
            async t =>
            {
                await ProtectedWithoutPairsButOne(t);
                await t.CompleteAsync(
                    HttpMethod.Post,
                    $"server-groups/{t.Ids["g"]}/action",
                    "{'failover-server-group':{}}"
                );
                await t.CompleteAsync(HttpMethod.Delete, $"replications/{t.Ids["p"]}", "{}");
            }
        );
        Add(
            F,
            "action while a member is busy",
            "SDRS.1002",
            400,
            E,
            "POST",
            "server-groups/<g>/action",
            "{'start-server-group':{}}",
            async t =>
            {
                t.Ids["g"] = await t.GroupAsync();
                await t.StartPairAsync(t.Ids["g"]);
            }
        );
    }

    private static void AddProtectedInstances()
    {
        const string F = "instances";
        const string Create = "protected-instances";
        const string Batch = "protected-instances/batch";
        const string Delete = "protected-instances/delete";
        string Body(string extra = "", string server = "'<s>'") =>
            $"{{'protected_instance':{{'server_group_id':'<g>','server_id':{server},'name':'instance-2'{extra}}}}}";
        string BatchBody(string servers) =>
            $"{{'protected_instances':{{'server_group_id':'<g>','name_prefix':'batch','servers':[{servers}]}}}}";
        string Server(int _) => $"{{'server_id':'{Guid.NewGuid():D}'}}";

        Add(
            F,
            "no server_group_id",
            "SDRS.0207",
            400,
            E,
            "POST",
            Create,
            "{'protected_instance':{'server_id':'<s>','name':'instance-2'}}",
            GroupAndServer
        );
        Add(F, "group still creating", "SDRS.1323", 400, E, "POST", Create, Body(), async t =>
        {
            t.Ids["g"] = await t.StartGroupAsync();
            t.Ids["s"] = NewId();
        });
        Add(
            F,
            "no server_id",
            "SDRS.0210",
            400,
            E,
            "POST",
            Create,
            "{'protected_instance':{'server_group_id':'<g>','name':'instance-2'}}",
            GroupAndServer
        );
        Add(F, "server unknown (strict)", "SDRS.1326", 400, E, "POST", Create, Body(), async t =>
        {
            await GroupAndServer(t);
            t.Emulator.AddServer(new EmulatedServer(NewId()));
        });
        Add(F, "server already protected", "SDRS.1305", 400, E, "POST", Create, Body(), async t =>
        {
            await GroupAndServer(t);
            await t.InstanceAsync(t.Ids["g"], t.Ids["s"]);
        });
        Add(F, "server in another VPC (strict)", "SDRS.1304", 400, E, "POST", Create, Body(), async t =>
        {
            await GroupAndServer(t);
            t.Emulator.AddServer(new EmulatedServer(t.Ids["s"]) { VpcId = OtherVpcId, AvailabilityZone = SourceAz });
        });
        Add(F, "server in the DR site AZ (strict)", "SDRS.1303", 400, E, "POST", Create, Body(), async t =>
        {
            await GroupAndServer(t);
            t.Emulator.AddServer(new EmulatedServer(t.Ids["s"]) { VpcId = VpcId, AvailabilityZone = TargetAz });
        });
        Add(F, "unknown tenancy", "SDRS.0228", 400, E, "POST", Create, Body(",'tenancy':'bogus'"), GroupAndServer);
        Add(
            F,
            "shared tenancy with a DeH",
            "SDRS.1371",
            400,
            E,
            "POST",
            Create,
            Body($",'tenancy':'shared','dedicated_host_id':'{UnknownId}'"),
            GroupAndServer
        );
        Add(
            F,
            "primary IP without subnet",
            "SDRS.1380",
            400,
            E,
            "POST",
            Create,
            Body(",'primary_ip_address':'192.168.0.10'"),
            GroupAndServer
        );
        Add(
            F,
            "11 tags",
            "SDRS.2203",
            400,
            E,
            "POST",
            Create,
            Body(
                ",'tags':["
                    + string.Join(',', Enumerable.Range(0, 11).Select(i => $"{{'key':'k{i}','value':'v'}}"))
                    + "]"
            ),
            GroupAndServer
        );
        Add(F, "batch without servers", "SDRS.0201", 400, E, "POST", Batch, BatchBody(string.Empty), Group);
        Add(
            F,
            "batch of six servers",
            "SDRS.1362",
            400,
            E,
            "POST",
            Batch,
            BatchBody(string.Join(',', Enumerable.Range(0, 6).Select(Server))),
            Group
        );
        Add(
            F,
            "batch server without server_id",
            "SDRS.1360",
            400,
            E,
            "POST",
            Batch,
            BatchBody("{'flavorRef':'s3.large.2'}"),
            Group
        );
        Add(F, "batch server unknown (strict)", "SDRS.1360", 400, E, "POST", Batch, BatchBody(Server(0)), async t =>
        {
            await Group(t);
            t.Emulator.AddServer(new EmulatedServer(NewId()));
        });
        Add(
            F,
            "batch server twice",
            "SDRS.1361",
            400,
            E,
            "POST",
            Batch,
            BatchBody("{'server_id':'<s>'},{'server_id':'<s>'}"),
            GroupAndServer
        );
        Add(
            F,
            "batch name_prefix empty",
            "SDRS.0202",
            400,
            E,
            "POST",
            Batch,
            "{'protected_instances':{'server_group_id':'<g>','name_prefix':'','servers':[{'server_id':'<s>'}]}}",
            GroupAndServer
        );
        Add(F, "unknown instance", "SDRS.1320", 400, E, "GET", $"protected-instances/{UnknownId}");
        Add(
            F,
            "delete while creating",
            "SDRS.1301",
            400,
            E,
            "DELETE",
            "protected-instances/<i>",
            arrange: CreatingInstance
        );
        Add(
            F,
            "delete with a shared pair attached elsewhere",
            "SDRS.1365",
            400,
            E,
            "DELETE",
            "protected-instances/<i>",
            arrange: SharedPair
        );
        Add(
            F,
            "batch delete of 21",
            "SDRS.0226",
            400,
            E,
            "POST",
            Delete,
            "{'protected_instances':["
                + string.Join(',', Enumerable.Range(0, 21).Select(_ => $"{{'id':'{Guid.NewGuid():D}'}}"))
                + "]}"
        );
        Add(F, "batch delete of none", "SDRS.0201", 400, E, "POST", Delete, "{'protected_instances':[]}");
        Add(F, "batch delete item without id", "SDRS.0208", 400, E, "POST", Delete, "{'protected_instances':[{}]}");
        Add(
            F,
            "batch delete of one instance twice",
            "SDRS.1363",
            400,
            E,
            "POST",
            Delete,
            "{'protected_instances':[{'id':'<i>'},{'id':'<i>'}]}",
            async t =>
            {
                t.Ids["g"] = await t.GroupAsync();
                t.Ids["i"] = await t.InstanceAsync(t.Ids["g"]);
            }
        );
        Add(
            F,
            "batch delete across groups",
            "SDRS.1364",
            400,
            E,
            "POST",
            Delete,
            "{'protected_instances':[{'id':'<i>'},{'id':'<i2>'}]}",
            async t =>
            {
                t.Ids["i"] = await t.InstanceAsync(await t.GroupAsync("group-1"));
                t.Ids["i2"] = await t.InstanceAsync(await t.GroupAsync("group-2"));
            }
        );
        Add(
            F,
            "batch delete leaving a shared pair's instance",
            "SDRS.1409",
            400,
            E,
            "POST",
            Delete,
            "{'protected_instances':[{'id':'<i>'}]}",
            SharedPair
        );
    }

    private static void AddAttachments()
    {
        const string F = "attachments";
        const string Attach = "protected-instances/<i>/attachreplication";
        const string AttachBody = "{'replicationAttachment':{'replication_id':'<p>','device':'/dev/vdc'}}";
        const string Detach = "protected-instances/<i>/detachreplication/<p>";

        Add(
            F,
            "attach without replication_id",
            "SDRS.0213",
            400,
            E,
            "POST",
            Attach,
            "{'replicationAttachment':{'device':'/dev/vdc'}}",
            InstanceAndPair
        );
        Add(
            F,
            "attach with a bad device",
            "SDRS.0201",
            400,
            E,
            "POST",
            Attach,
            "{'replicationAttachment':{'replication_id':'<p>','device':'vdc'}}",
            InstanceAndPair
        );
        Add(F, "attach a pair of another group", "SDRS.1611", 400, E, "POST", Attach, AttachBody, async t =>
        {
            t.Ids["i"] = await t.InstanceAsync(await t.GroupAsync("group-1"));
            t.Ids["p"] = await t.PairAsync(await t.GroupAsync("group-2"));
        });
        Add(F, "attach while the group starts", "SDRS.1024", 400, E, "POST", Attach, AttachBody, async t =>
        {
            await InstanceAndPair(t);
            await t.StartActionAsync(t.Ids["g"], "{'start-server-group':{}}");
        });
        Add(F, "attach to a creating instance", "SDRS.1328", 400, E, "POST", Attach, AttachBody, async t =>
        {
            t.Ids["g"] = await t.GroupAsync();
            t.Ids["p"] = await t.PairAsync(t.Ids["g"]);
            t.Ids["i"] = await t.StartInstanceAsync(t.Ids["g"]);
        });
        Add(F, "attach a creating pair", "SDRS.1601", 400, E, "POST", Attach, AttachBody, async t =>
        {
            t.Ids["g"] = await t.GroupAsync();
            t.Ids["i"] = await t.InstanceAsync(t.Ids["g"]);
            t.Ids["p"] = await t.StartPairAsync(t.Ids["g"]);
        });
        Add(F, "attach a pair attached elsewhere", "SDRS.1605", 400, E, "POST", Attach, AttachBody, async t =>
        {
            await t.AttachedAsync();
            t.Ids["i"] = await t.InstanceAsync(t.Ids["g"], name: "instance-2");
        });
        Add(
            F,
            "attach on a device in use",
            "SDRS.1603",
            400,
            E,
            "POST",
            Attach,
            "{'replicationAttachment':{'replication_id':'<p>','device':'/dev/vdb'}}",
            async t =>
            {
                await t.AttachedAsync();
                t.Ids["p"] = await t.PairAsync(t.Ids["g"], name: "pair-2");
            }
        );
        Add(F, "detach while the group starts", "SDRS.1002", 400, E, "DELETE", Detach, arrange: async t =>
        {
            await t.AttachedAsync();
            await t.StartActionAsync(t.Ids["g"], "{'start-server-group':{}}");
        });
        Add(F, "detach from a resizing instance", "SDRS.0209", 400, E, "DELETE", Detach, arrange: async t =>
        {
            await t.AttachedAsync();
            await t.StartAsync(
                HttpMethod.Post,
                $"protected-instances/{t.Ids["i"]}/resize",
                "{'resize':{'flavorRef':'s3.xlarge.2'}}"
            );
        });
        Add(F, "detach an extending pair", "SDRS.0214", 400, E, "DELETE", Detach, arrange: async t =>
        {
            await t.AttachedAsync();
            await t.StartAsync(
                HttpMethod.Post,
                $"replications/{t.Ids["p"]}/action",
                "{'extend-replication':{'new_size':20}}"
            );
        });
        Add(F, "detach a pair not attached", "SDRS.1604", 400, E, "DELETE", Detach, arrange: InstanceAndPair);
        Add(
            F,
            "add a NIC without subnet",
            "SDRS.0201",
            400,
            E,
            "POST",
            "protected-instances/<i>/nic",
            "{'security_groups':[]}",
            InstanceAndPair
        );
        Add(
            F,
            "add a NIC to a creating instance",
            "SDRS.1327",
            400,
            E,
            "POST",
            "protected-instances/<i>/nic",
            $"{{'subnet_id':'{UnknownId}'}}",
            CreatingInstance
        );
        Add(
            F,
            "add a NIC while the group starts",
            "SDRS.1024",
            400,
            E,
            "POST",
            "protected-instances/<i>/nic",
            $"{{'subnet_id':'{UnknownId}'}}",
            async t =>
            {
                await t.AttachedAsync();
                await t.StartActionAsync(t.Ids["g"], "{'start-server-group':{}}");
            }
        );
        Add(
            F,
            "delete a NIC without nic_id",
            "SDRS.0223",
            400,
            E,
            "POST",
            "protected-instances/<i>/nic/delete",
            "{}",
            InstanceAndPair
        );
        Add(
            F,
            "resize without a flavor",
            "SDRS.0201",
            400,
            E,
            "POST",
            "protected-instances/<i>/resize",
            "{'resize':{}}",
            InstanceAndPair
        );
        Add(
            F,
            "resize a creating instance",
            "SDRS.0209",
            400,
            E,
            "POST",
            "protected-instances/<i>/resize",
            "{'resize':{'flavorRef':'s3.xlarge.2'}}",
            CreatingInstance
        );
        Add(
            F,
            "resize to the same flavor",
            "SDRS.1341",
            400,
            E,
            "POST",
            "protected-instances/<i>/resize",
            "{'resize':{'dr_flavorRef':'s3.large.2'}}",
            InstanceAndPair
        );
    }

    private static void AddReplications()
    {
        const string F = "replications";
        const string Create = "replications";
        const string Body = "{'replication':{'server_group_id':'<g>','volume_id':'<s>','name':'pair-2'}}";
        const string Expand = "replications/<p>/action";

        Add(
            F,
            "no server_group_id",
            "SDRS.0207",
            400,
            E,
            "POST",
            Create,
            "{'replication':{'volume_id':'<s>','name':'pair-2'}}",
            GroupAndServer
        );
        Add(
            F,
            "no volume_id",
            "SDRS.0211",
            400,
            E,
            "POST",
            Create,
            "{'replication':{'server_group_id':'<g>','name':'pair-2'}}",
            GroupAndServer
        );
        Add(F, "unknown disk (strict)", "SDRS.0211", 400, E, "POST", Create, Body, async t =>
        {
            await GroupAndServer(t);
            t.Emulator.AddVolume(new EmulatedVolume(NewId()));
        });
        Add(F, "group still creating", "SDRS.1024", 400, E, "POST", Create, Body, async t =>
        {
            t.Ids["g"] = await t.StartGroupAsync();
            t.Ids["s"] = NewId();
        });
        Add(F, "disk in use (strict)", "SDRS.1801", 400, E, "POST", Create, Body, async t =>
        {
            await GroupAndServer(t);
            t.Emulator.AddVolume(new EmulatedVolume(t.Ids["s"]) { AvailabilityZone = SourceAz, Status = "in-use" });
        });
        Add(F, "disk in the DR site AZ (strict)", "SDRS.1810", 400, E, "POST", Create, Body, async t =>
        {
            await GroupAndServer(t);
            t.Emulator.AddVolume(new EmulatedVolume(t.Ids["s"]) { AvailabilityZone = TargetAz });
        });
        Add(F, "disk already paired", "SDRS.1811", 400, E, "POST", Create, Body, async t =>
        {
            await GroupAndServer(t);
            await t.PairAsync(t.Ids["g"], t.Ids["s"]);
        });
        Add(F, "quota used up", "SDRS.0306", 400, E, "POST", Create, Body, async t =>
        {
            await GroupAndServer(t);
            for (int i = 0; i < PairQuota; i++)
            {
                await t.StartPairAsync(t.Ids["g"], name: $"pair-{i}");
            }
        });
        Add(F, "unknown pair", "SDRS.1608", 400, E, "GET", $"replications/{UnknownId}");
        Add(
            F,
            "delete naming another group",
            "SDRS.1611",
            400,
            E,
            "DELETE",
            "replications/<p>",
            $"{{'replication':{{'server_group_id':'{UnknownId}'}}}}",
            InstanceAndPair
        );
        Add(F, "delete while the group starts", "SDRS.1002", 400, E, "DELETE", "replications/<p>", arrange: async t =>
        {
            await InstanceAndPair(t);
            await t.StartActionAsync(t.Ids["g"], "{'start-server-group':{}}");
        });
        Add(F, "delete a creating pair", "SDRS.0214", 400, E, "DELETE", "replications/<p>", arrange: CreatingPair);
        Add(F, "delete an attached pair", "SDRS.1605", 400, E, "DELETE", "replications/<p>", arrange: t =>
            t.AttachedAsync()
        );
        Add(F, "expand without extend-replication", "SDRS.0206", 400, E, "POST", Expand, "{}", InstanceAndPair);
        Add(
            F,
            "expand without new_size",
            "SDRS.0201",
            400,
            E,
            "POST",
            Expand,
            "{'extend-replication':{}}",
            InstanceAndPair
        );
        Add(
            F,
            "expand to the same size",
            "SDRS.0201",
            400,
            E,
            "POST",
            Expand,
            "{'extend-replication':{'new_size':10}}",
            InstanceAndPair
        );
        Add(
            F,
            "expand a creating pair",
            "SDRS.0214",
            400,
            E,
            "POST",
            Expand,
            "{'extend-replication':{'new_size':20}}",
            CreatingPair
        );
        Add(
            F,
            "name too long",
            "SDRS.0202",
            400,
            E,
            "PUT",
            "replications/<p>",
            $"{{'replication':{{'name':'{new string('n', 65)}'}}}}",
            InstanceAndPair
        );
    }

    private static void AddDrills()
    {
        const string F = "drills";
        const string Create = "disaster-recovery-drills";
        string Body(string vpc) =>
            $"{{'disaster_recovery_drill':{{'server_group_id':'<g>','name':'drill-2','drill_vpc_id':'{vpc}'}}}}";

        Add(
            F,
            "no server_group_id",
            "SDRS.0207",
            400,
            E,
            "POST",
            Create,
            "{'disaster_recovery_drill':{'name':'drill-2'}}"
        );
        Add(F, "group still creating", "SDRS.1002", 400, E, "POST", Create, Body(OtherVpcId), async t =>
            t.Ids["g"] = await t.StartGroupAsync()
        );
        Add(F, "the group's own VPC", "SDRS.1907", 400, E, "POST", Create, Body(VpcId), Group);
        Add(F, "a VPC another drill uses", "SDRS.1921", 400, E, "POST", Create, Body(OtherVpcId), async t =>
        {
            await Group(t);
            await t.StartAsync(HttpMethod.Post, Create, t.Fill(Body(OtherVpcId)));
        });
        Add(F, "unknown VPC (strict)", "SDRS.1928", 400, E, "POST", Create, Body(OtherVpcId), async t =>
        {
            await Group(t);
            await AddVpc(t, VpcId);
        });
        Add(F, "unknown drill", "SDRS.1902", 400, E, "GET", $"disaster-recovery-drills/{UnknownId}");
        Add(
            F,
            "delete while creating",
            "SDRS.1913",
            400,
            E,
            "DELETE",
            "disaster-recovery-drills/<d>",
            arrange: async t =>
            {
                await Group(t);
                t.Ids["d"] = await t.StartAsync(
                    HttpMethod.Post,
                    Create,
                    t.Fill(Body(OtherVpcId)),
                    "disaster_recovery_drill_id"
                );
            }
        );
    }

    private static void AddTags()
    {
        const string F = "tags";
        const string Batch = "protected-instances/<i>/tags/action";
        const string One = "protected-instances/<i>/tags";
        string Tags(string action, string tags) => $"{{'action':'{action}','tags':[{tags}]}}";

        Add(
            F,
            "unknown action",
            "SDRS.2201",
            400,
            E,
            "POST",
            Batch,
            Tags("bogus", "{'key':'k','value':'v'}"),
            AvailableInstance
        );
        Add(
            F,
            "create with no tags",
            "SDRS.2202",
            400,
            E,
            "POST",
            Batch,
            Tags("create", string.Empty),
            AvailableInstance
        );
        Add(
            F,
            "delete with no tags",
            "SDRS.2202",
            400,
            E,
            "POST",
            Batch,
            Tags("delete", string.Empty),
            AvailableInstance
        );
        Add(
            F,
            "delete while creating",
            "SDRS.2222",
            400,
            E,
            "POST",
            Batch,
            Tags("delete", "{'key':'k'}"),
            CreatingInstance
        );
        Add(
            F,
            "delete with a blank key",
            "SDRS.2205",
            400,
            E,
            "POST",
            Batch,
            Tags("delete", "{'key':' '}"),
            AvailableInstance
        );
        Add(
            F,
            "11 tags",
            "SDRS.2203",
            400,
            E,
            "POST",
            Batch,
            Tags("create", string.Join(',', Enumerable.Range(0, 11).Select(i => $"{{'key':'k{i}','value':'v'}}"))),
            AvailableInstance
        );
        Add(
            F,
            "key of 37 characters",
            "SDRS.2204",
            400,
            E,
            "POST",
            Batch,
            Tags("create", $"{{'key':'{new string('k', 37)}','value':'v'}}"),
            AvailableInstance
        );
        Add(
            F,
            "blank key",
            "SDRS.2205",
            400,
            E,
            "POST",
            Batch,
            Tags("create", "{'key':'','value':'v'}"),
            AvailableInstance
        );
        Add(
            F,
            "value with '='",
            "SDRS.2207",
            400,
            E,
            "POST",
            Batch,
            Tags("create", "{'key':'k','value':'a=b'}"),
            AvailableInstance
        );
        Add(F, "no value", "SDRS.2208", 400, E, "POST", Batch, Tags("create", "{'key':'k'}"), AvailableInstance);
        Add(
            F,
            "key twice",
            "SDRS.2209",
            400,
            E,
            "POST",
            Batch,
            Tags("create", "{'key':'k','value':'1'},{'key':'k','value':'2'}"),
            AvailableInstance
        );
        Add(
            F,
            "add while creating",
            "SDRS.2221",
            400,
            E,
            "POST",
            One,
            "{'tag':{'key':'k','value':'v'}}",
            CreatingInstance
        );
        Add(
            F,
            "delete a missing key",
            "SDRS.2206",
            404,
            NotFound,
            "DELETE",
            "protected-instances/<i>/tags/absent",
            arrange: AvailableInstance
        );
        Add(
            F,
            "delete one while creating",
            "SDRS.2222",
            400,
            E,
            "DELETE",
            "protected-instances/<i>/tags/k",
            arrange: CreatingInstance
        );
    }

    private static void AddTagSearch()
    {
        const string F = "search";
        const string Search = "protected-instances/resource_instances/action";
        string Filter(string extra) => $"{{'action':'filter'{extra}}}";
        string Keys(int count) =>
            string.Join(',', Enumerable.Range(0, count).Select(i => $"{{'key':'k{i}','values':[]}}"));

        Add(F, "unknown action", "SDRS.2210", 400, E, "POST", Search, "{'action':'bogus'}");
        Add(F, "count with a limit", "SDRS.2211", 400, E, "POST", Search, "{'action':'count','limit':'10'}");
        Add(F, "limit 0", "SDRS.2220", 400, E, "POST", Search, Filter(",'limit':'0'"));
        Add(F, "negative offset", "SDRS.0222", 400, E, "POST", Search, Filter(",'offset':'-1'"));
        Add(F, "11 keys", "SDRS.2203", 400, E, "POST", Search, Filter($",'tags':[{Keys(11)}]"));
        Add(F, "blank key", "SDRS.2205", 400, E, "POST", Search, Filter(",'tags':[{'key':' ','values':[]}]"));
        Add(
            F,
            "key of 128 characters",
            "SDRS.2204",
            400,
            E,
            "POST",
            Search,
            Filter($",'tags_any':[{{'key':'{new string('k', 128)}','values':[]}}]")
        );
        Add(
            F,
            "key twice",
            "SDRS.2209",
            400,
            E,
            "POST",
            Search,
            Filter(",'not_tags':[{'key':'k','values':[]},{'key':'k','values':[]}]")
        );
        Add(F, "values missing", "SDRS.0201", 400, E, "POST", Search, Filter(",'not_tags_any':[{'key':'k'}]"));
        Add(
            F,
            "11 values",
            "SDRS.2218",
            400,
            E,
            "POST",
            Search,
            Filter(
                ",'tags':[{'key':'k','values':["
                    + string.Join(',', Enumerable.Range(0, 11).Select(i => $"'v{i}'"))
                    + "]}]"
            )
        );
        Add(
            F,
            "value of asterisks",
            "SDRS.2207",
            400,
            E,
            "POST",
            Search,
            Filter(",'tags':[{'key':'k','values':['**']}]")
        );
        Add(F, "value twice", "SDRS.2219", 400, E, "POST", Search, Filter(",'tags':[{'key':'k','values':['v','v']}]"));
        Add(F, "match key blank", "SDRS.2213", 400, E, "POST", Search, Filter(",'matches':[{'key':'','value':'x'}]"));
        Add(
            F,
            "match key not resource_name",
            "SDRS.2214",
            400,
            E,
            "POST",
            Search,
            Filter(",'matches':[{'key':'name','value':'x'}]")
        );
        Add(
            F,
            "match key twice",
            "SDRS.2215",
            400,
            E,
            "POST",
            Search,
            Filter(",'matches':[{'key':'resource_name','value':'x'},{'key':'resource_name','value':'y'}]")
        );
        Add(
            F,
            "match value missing",
            "SDRS.2216",
            400,
            E,
            "POST",
            Search,
            Filter(",'matches':[{'key':'resource_name'}]")
        );
        Add(
            F,
            "match value of 256 characters",
            "SDRS.2217",
            400,
            E,
            "POST",
            Search,
            Filter($",'matches':[{{'key':'resource_name','value':'{new string('v', 256)}'}}]")
        );
    }

    private static Task Inject(ErrorCodeConformanceTests t, SdrsFault fault)
    {
        t.Emulator.InjectFault(fault);
        return Task.CompletedTask;
    }

    private static Task AddVpc(ErrorCodeConformanceTests t, string vpcId)
    {
        t.Emulator.AddVpc(vpcId);
        return Task.CompletedTask;
    }

    private static async Task Group(ErrorCodeConformanceTests t) => t.Ids["g"] = await t.GroupAsync();

    private static async Task GroupAndServer(ErrorCodeConformanceTests t)
    {
        await Group(t);
        t.Ids["s"] = NewId();
    }

    private static async Task InstanceAndPair(ErrorCodeConformanceTests t)
    {
        await Group(t);
        t.Ids["i"] = await t.InstanceAsync(t.Ids["g"]);
        t.Ids["p"] = await t.PairAsync(t.Ids["g"]);
    }

    private static async Task AvailableInstance(ErrorCodeConformanceTests t)
    {
        await Group(t);
        t.Ids["i"] = await t.InstanceAsync(t.Ids["g"]);
    }

    private static async Task CreatingInstance(ErrorCodeConformanceTests t)
    {
        await Group(t);
        t.Ids["i"] = await t.StartInstanceAsync(t.Ids["g"]);
    }

    private static async Task CreatingPair(ErrorCodeConformanceTests t)
    {
        await Group(t);
        t.Ids["p"] = await t.StartPairAsync(t.Ids["g"]);
    }

    /// <summary>Instances <c>i</c> and <c>i2</c> share pair <c>p</c> (a shared disk, which makes disks
    /// strict).</summary>
    private static async Task SharedPair(ErrorCodeConformanceTests t)
    {
        await Group(t);
        string volumeId = NewId();
        t.Emulator.AddVolume(new EmulatedVolume(volumeId) { AvailabilityZone = SourceAz, Shared = true });
        t.Ids["p"] = await t.PairAsync(t.Ids["g"], volumeId);
        t.Ids["i"] = await t.InstanceAsync(t.Ids["g"], name: "instance-1");
        t.Ids["i2"] = await t.InstanceAsync(t.Ids["g"], name: "instance-2");
        await t.AttachAsync(t.Ids["i"], t.Ids["p"]);
        await t.AttachAsync(t.Ids["i2"], t.Ids["p"]);
    }

    /// <summary>A protected group <c>g</c> whose one pair <c>p</c> (attached to <c>i</c>) is still there.</summary>
    private static async Task ProtectedWithoutPairsButOne(ErrorCodeConformanceTests t)
    {
        await t.AttachedAsync();
        await t.CompleteAsync(HttpMethod.Post, $"server-groups/{t.Ids["g"]}/action", "{'start-server-group':{}}");
        await t.CompleteAsync(
            HttpMethod.Delete,
            $"protected-instances/{t.Ids["i"]}/detachreplication/{t.Ids["p"]}",
            "{}"
        );
    }

    /// <summary>A protected group <c>g</c> whose only pair was deleted after protection started.</summary>
    private static async Task ProtectedWithoutPairs(ErrorCodeConformanceTests t)
    {
        await ProtectedWithoutPairsButOne(t);
        await t.CompleteAsync(HttpMethod.Delete, $"replications/{t.Ids["p"]}", "{}");
    }
}

/// <summary>One row of <see cref="ErrorCodeConformanceTests"/>.</summary>
public sealed record ConformanceCase(
    string Family,
    string Code,
    int Status,
    string Wrapper,
    string Method,
    string Path,
    string? Body,
    Func<ErrorCodeConformanceTests, Task>? Arrange,
    Action<HttpRequestMessage>? Configure
);
