using System.Globalization;
using System.Text.Json.Nodes;

namespace SdrsSdk.Tests.Emulator.Conformance;

/// <summary>
/// The request checks of the reference's parameter tables, provoked with raw HTTP (the SDK would refuse most of these
/// requests before sending them): ID formats, IPv4 addresses, exact JSON types, empty lists, list filters, device
/// names, action objects, the preferred site, and tags while an instance is busy. Each asserts the HTTP status, the
/// code and the envelope.
/// </summary>
public sealed class ValidationConformanceTests : EmulatorTest
{
    private const string OtherUuid = "6568f7c4-0510-4f39-929d-8ffccbd4fd47";

    [Fact]
    public async Task CreateServerGroup_VpcIdNotAUuid_IsRefusedWith0204()
    {
        string body = GroupBody(vpcId: "vpc-1");

        await AssertRefusedAsync(HttpMethod.Post, "server-groups", body, "SDRS.0204");
    }

    [Fact]
    public async Task CreateServerGroup_UuidVpcId_IsAccepted()
    {
        (int status, _, _) = await SendRawAsync(HttpMethod.Post, ProjectPath("server-groups"), GroupBody(VpcId));

        status.Should().Be(200);
    }

    [Theory]
    [InlineData("srv-1")]
    [InlineData("403b603d1d9142cca35781f3c2daf43f")]
    [InlineData("403b603d-1d91-42cc-a357-81f3c2daf43")]
    [InlineData("")]
    public async Task CreateProtectedInstance_ServerIdNotAUuid_IsRefusedWith0210(string serverId)
    {
        ServerGroup group = await CreateGroupAsync();

        await AssertRefusedAsync(
            HttpMethod.Post,
            "protected-instances",
            InstanceBody(group.Id, $"\"server_id\":\"{serverId}\""),
            "SDRS.0210"
        );
    }

    [Fact]
    public async Task BatchCreateProtectedInstances_ServerIdNotAUuid_IsRefusedWith1360()
    {
        ServerGroup group = await CreateGroupAsync();
        string body = $$$"""
            {"protected_instances":{"name_prefix":"web","server_group_id":"{{{group.Id}}}",
            "servers":[{"server_id":"{{{ServerId}}}"},{"server_id":"srv-2"}]}}
            """;

        await AssertRefusedAsync(HttpMethod.Post, "protected-instances/batch", body, "SDRS.1360");
    }

    [Theory]
    [InlineData("\"primary_subnet_id\":\"subnet-1\"", "SDRS.0201")]
    [InlineData("\"primary_subnet_id\":\"" + OtherUuid + "\",\"primary_ip_address\":\"192.168.0.256\"", "SDRS.0219")]
    [InlineData("\"primary_subnet_id\":\"" + OtherUuid + "\",\"primary_ip_address\":\"192.168.000.5\"", "SDRS.0219")]
    [InlineData("\"primary_subnet_id\":\"" + OtherUuid + "\",\"primary_ip_address\":\"fe80::1\"", "SDRS.0219")]
    [InlineData("\"tenancy\":\"dedicated\",\"dedicated_host_id\":\"deh-1\"", "SDRS.0227")]
    [InlineData("\"cluster_id\":\"dss-pool-1\"", "SDRS.0218")]
    public async Task CreateProtectedInstance_MalformedPlacement_IsRefusedWithTheFieldsCode(string fields, string code)
    {
        ServerGroup group = await CreateGroupAsync();

        await AssertRefusedAsync(
            HttpMethod.Post,
            "protected-instances",
            InstanceBody(group.Id, $"\"server_id\":\"{ServerId}\",{fields}"),
            code
        );
    }

    [Fact]
    public async Task CreateProtectedInstance_WellFormedPlacement_IsAccepted()
    {
        ServerGroup group = await CreateGroupAsync();
        string fields =
            $"\"server_id\":\"{ServerId}\",\"primary_subnet_id\":\"{OtherUuid}\","
            + "\"primary_ip_address\":\"192.168.0.5\",\"tenancy\":\"dedicated\","
            + "\"dedicated_host_id\":\"0bc41598-1b5a-4bd2-872a-82e6abb82e68\"";

        (int status, _, _) = await SendRawAsync(
            HttpMethod.Post,
            ProjectPath("protected-instances"),
            InstanceBody(group.Id, fields)
        );

        status.Should().Be(200);
    }

    [Fact]
    public async Task BatchCreateProtectedInstances_SubnetIdNotAUuid_IsRefusedWith0201()
    {
        ServerGroup group = await CreateGroupAsync();
        string body = $$$"""
            {"protected_instances":{"name_prefix":"web","server_group_id":"{{{group.Id}}}",
            "primary_subnet_id":"subnet-1","servers":[{"server_id":"{{{ServerId}}}"}]}}
            """;

        await AssertRefusedAsync(HttpMethod.Post, "protected-instances/batch", body, "SDRS.0201");
    }

    [Theory]
    [InlineData("\"volume_id\":\"volume-1\"", "SDRS.0211")]
    [InlineData("\"volume_id\":\"" + VolumeId + "\",\"cluster_id\":\"dss-pool-1\"", "SDRS.0218")]
    public async Task CreateReplicationPair_MalformedId_IsRefusedWithTheFieldsCode(string fields, string code)
    {
        ServerGroup group = await CreateGroupAsync();
        string body = $$$"""{"replication":{"server_group_id":"{{{group.Id}}}","name":"pair",{{{fields}}}}}""";

        await AssertRefusedAsync(HttpMethod.Post, "replications", body, code);
    }

    [Fact]
    public async Task CreateDrill_DrillVpcIdNotAUuid_IsRefusedWith0204()
    {
        ServerGroup group = await CreateGroupAsync();
        string body = $$$"""
            {"disaster_recovery_drill":{"server_group_id":"{{{group.Id}}}","name":"drill","drill_vpc_id":"vpc-drill"}}
            """;

        await AssertRefusedAsync(HttpMethod.Post, "disaster-recovery-drills", body, "SDRS.0204");
    }

    [Theory]
    [InlineData("""{"action":"filter","limit":100}""", "SDRS.0201")]
    [InlineData("""{"action":"filter","offset":0}""", "SDRS.0201")]
    [InlineData("""{"action":"filter","matches":[]}""", "SDRS.2212")]
    [InlineData("""{"action":"count","matches":[]}""", "SDRS.2212")]
    public async Task SearchByTag_WrongTypeOrEmptyMatches_IsRefused(string body, string code)
    {
        await AssertRefusedAsync(HttpMethod.Post, "protected-instances/resource_instances/action", body, code);
    }

    [Fact]
    public async Task SearchByTag_LimitAndOffsetAsStrings_AreAccepted()
    {
        (int status, JsonNode? body, _) = await SendRawAsync(
            HttpMethod.Post,
            ProjectPath("protected-instances/resource_instances/action"),
            """{"action":"filter","limit":"100","offset":"0"}"""
        );

        status.Should().Be(200);
        body!["total_count"]!.GetValue<int>().Should().Be(0);
    }

    [Theory]
    [InlineData("\"20\"")]
    [InlineData("true")]
    [InlineData("[20]")]
    public async Task ExpandReplicationPair_NewSizeNotANumber_IsRefusedWith0201(string newSize)
    {
        ServerGroup group = await CreateGroupAsync();
        ReplicationPair pair = await CreatePairAsync(group.Id);

        await AssertRefusedAsync(
            HttpMethod.Post,
            $"replications/{pair.Id}/action",
            $$$"""{"extend-replication":{"new_size":{{{newSize}}}}}""",
            "SDRS.0201"
        );
    }

    [Fact]
    public async Task ExpandReplicationPair_DecimalNewSize_IsCutToItsIntegerPart()
    {
        ServerGroup group = await CreateGroupAsync();
        ReplicationPair pair = await CreatePairAsync(group.Id);

        (int status, _, _) = await SendRawAsync(
            HttpMethod.Post,
            ProjectPath($"replications/{pair.Id}/action"),
            """{"extend-replication":{"new_size":20.5}}"""
        );
        Emulator.CompletePendingJobs();

        status.Should().Be(200);
        (await Client.Replications.GetAsync(pair.Id)).RecordMetadata!.VolumeSize.Should().Be(20);
    }

    [Theory]
    [InlineData("server-groups?status=bogus")]
    [InlineData("server-groups?status=nic-creating")]
    [InlineData("protected-instances?status=bogus")]
    [InlineData("protected-instances?status=extending")]
    [InlineData("protected-instances?status=")]
    [InlineData("replications?status=resizing")]
    [InlineData("disaster-recovery-drills?status=protected")]
    [InlineData("task-center/failure-jobs?failure_status=bogusFail")]
    public async Task List_StatusOutsideTheReferenceSet_IsRefusedWith0209(string pathAndQuery)
    {
        await AssertRefusedAsync(HttpMethod.Get, pathAndQuery, null, "SDRS.0209");
    }

    [Theory]
    [InlineData("server-groups?status=failed-over")]
    [InlineData("protected-instances?status=nic-creating")]
    [InlineData("replications?status=error-attaching")]
    [InlineData("disaster-recovery-drills?status=error-deleting")]
    [InlineData("task-center/failure-jobs?failure_status=reprotectFail&resource_type=disaster_recovery_drills")]
    [InlineData("protected-instances?limit=0")]
    public async Task List_ValuesOfTheReferenceSet_AreAccepted(string pathAndQuery)
    {
        (int status, _, _) = await SendRawAsync(HttpMethod.Get, ProjectPath(pathAndQuery));

        status.Should().Be(200);
    }

    [Theory]
    [InlineData("protected-instances?server_group_id=group-1", "SDRS.0207")]
    [InlineData("replications?server_group_id=group-1", "SDRS.0207")]
    [InlineData("disaster-recovery-drills?server_group_id=group-1", "SDRS.0207")]
    [InlineData("task-center/failure-jobs?server_group_id=group-1", "SDRS.0207")]
    [InlineData("replications?protected_instance_id=instance-1", "SDRS.0208")]
    [InlineData("replications?volume_id=volume-1", "SDRS.0211")]
    [InlineData("disaster-recovery-drills?drill_vpc_id=vpc-1", "SDRS.0204")]
    [InlineData("task-center/failure-jobs?resource_type=servers", "SDRS.0201")]
    [InlineData("protected-instances?query_type=everything", "SDRS.0201")]
    public async Task List_MalformedFilter_IsRefusedWithTheFieldsCode(string pathAndQuery, string code)
    {
        await AssertRefusedAsync(HttpMethod.Get, pathAndQuery, null, code);
    }

    [Theory]
    [InlineData("protected-instances", "server_group_ids", OtherUuid, "SDRS.0201")]
    [InlineData("replications", "server_group_ids", OtherUuid, "SDRS.0201")]
    [InlineData("protected-instances", "protected_instance_ids", OtherUuid, "SDRS.0201")]
    [InlineData("replications", "protected_instance_ids", OtherUuid + "," + VpcId, "SDRS.0201")]
    [InlineData("protected-instances", "server_group_ids", "[" + OtherUuid + "]", "SDRS.0201")]
    [InlineData("protected-instances", "server_group_ids", "['" + OtherUuid + "\"]", "SDRS.0201")]
    [InlineData("protected-instances", "server_group_ids", "['group-1']", "SDRS.0207")]
    [InlineData("replications", "server_group_ids", "['" + OtherUuid + "','group-2']", "SDRS.0207")]
    [InlineData("protected-instances", "protected_instance_ids", "['instance-1']", "SDRS.0208")]
    [InlineData("replications", "protected_instance_ids", "[\"instance-1\"]", "SDRS.0208")]
    public async Task List_MalformedIdList_IsRefused(string resource, string name, string value, string code)
    {
        await AssertRefusedAsync(HttpMethod.Get, $"{resource}?{name}={Uri.EscapeDataString(value)}", null, code);
    }

    [Fact]
    public async Task List_MoreThan30ListedIds_IsRefusedWith0226()
    {
        string ids = string.Join(',', Enumerable.Range(0, 31).Select(i => $"'{Guid.NewGuid()}'"));

        await AssertRefusedAsync(
            HttpMethod.Get,
            $"protected-instances?server_group_ids={Uri.EscapeDataString($"[{ids}]")}",
            null,
            "SDRS.0226"
        );
    }

    [Theory]
    [InlineData("['{0}']")]
    [InlineData("[\"{0}\"]")]
    [InlineData("[ '{0}' , '00000000632302f501632305f63c000e' ]")]
    public async Task ListProtectedInstances_IdListInTheReferenceForm_FiltersByIt(string form)
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);
        string value = string.Format(CultureInfo.InvariantCulture, form, group.Id);

        (int status, JsonNode? body, _) = await SendRawAsync(
            HttpMethod.Get,
            ProjectPath($"protected-instances?server_group_ids={Uri.EscapeDataString(value)}")
        );

        status.Should().Be(200);
        body!["protected_instances"]!
            .AsArray()
            .Select(item => item!["id"]!.GetValue<string>())
            .Should()
            .Equal(instance.Id);
    }

    [Theory]
    [InlineData("/dev/xvda", false)]
    [InlineData("/dev/vdaa", false)]
    [InlineData("/dev/sdA", false)]
    [InlineData("/dev/hda", false)]
    [InlineData("vda", false)]
    [InlineData("/dev/vd1", false)]
    [InlineData("/dev/sdb", true)]
    [InlineData("/dev/vdz", true)]
    public async Task AttachReplicationPair_DeviceNotSdOrVdAndALetter_IsRefusedWith0201(string device, bool valid)
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);
        ReplicationPair pair = await CreatePairAsync(group.Id);

        (int status, JsonNode? body, _) = await SendRawAsync(
            HttpMethod.Post,
            ProjectPath($"protected-instances/{instance.Id}/attachreplication"),
            $$$"""{"replicationAttachment":{"replication_id":"{{{pair.Id}}}","device":"{{{device}}}"}}"""
        );

        if (valid)
        {
            status.Should().Be(200);
        }
        else
        {
            status.Should().Be(400);
            EnvelopeOf(body).Should().Be(("error", "SDRS.0201"));
        }
    }

    [Theory]
    [InlineData("""{"stop-server-group":null}""")]
    [InlineData("""{"start-server-group":1}""")]
    [InlineData("""{"failover-server-group":"now"}""")]
    [InlineData("""{"reverse-server-group":null}""")]
    [InlineData("""{"reverse-server-group":[]}""")]
    public async Task ServerGroupAction_ValueNotAnObject_IsRefusedWith0206(string body)
    {
        ServerGroup group = await CreateGroupAsync();

        await AssertRefusedAsync(HttpMethod.Post, $"server-groups/{group.Id}/action", body, "SDRS.0206");
    }

    [Theory]
    [InlineData("""{"extend-replication":null}""")]
    [InlineData("""{"extend-replication":40}""")]
    public async Task ExpandReplicationPair_ValueNotAnObject_IsRefusedWith0206(string body)
    {
        ServerGroup group = await CreateGroupAsync();
        ReplicationPair pair = await CreatePairAsync(group.Id);

        await AssertRefusedAsync(HttpMethod.Post, $"replications/{pair.Id}/action", body, "SDRS.0206");
    }

    [Theory]
    [InlineData("\"middle\"")]
    [InlineData("\"Target\"")]
    [InlineData("null")]
    public async Task PlannedFailover_PriorityStationNotSourceOrTarget_IsRefusedWith0216(string station)
    {
        (ServerGroup group, _, _) = await CreateProtectedAsync();

        await AssertRefusedAsync(
            HttpMethod.Post,
            $"server-groups/{group.Id}/action",
            $$$"""{"reverse-server-group":{"priority_station":{{{station}}}}}""",
            "SDRS.0216"
        );
    }

    [Fact]
    public async Task AddTag_WhileTheInstanceIsStarting_IsRefusedWith2221()
    {
        ProtectedInstance instance = await StartingInstanceAsync();

        await AssertRefusedAsync(
            HttpMethod.Post,
            $"protected-instances/{instance.Id}/tags",
            """{"tag":{"key":"env","value":"prod"}}""",
            "SDRS.2221"
        );
        await AssertRefusedAsync(
            HttpMethod.Post,
            $"protected-instances/{instance.Id}/tags/action",
            """{"action":"create","tags":[{"key":"env","value":"prod"}]}""",
            "SDRS.2221"
        );
    }

    [Fact]
    public async Task DeleteTag_WhileTheInstanceIsStarting_IsRefusedWith2222()
    {
        (ServerGroup group, ProtectedInstance instance, _) = await CreateAttachedAsync();
        await Client.Tags.AddTagAsync(instance.Id, "env", "prod");
        await StartProtectionWithoutWaitingAsync(group.Id);

        await AssertRefusedAsync(HttpMethod.Delete, $"protected-instances/{instance.Id}/tags/env", null, "SDRS.2222");
        await AssertRefusedAsync(
            HttpMethod.Post,
            $"protected-instances/{instance.Id}/tags/action",
            """{"action":"delete","tags":[{"key":"env"}]}""",
            "SDRS.2222"
        );
    }

    private async Task<ProtectedInstance> StartingInstanceAsync()
    {
        (ServerGroup group, ProtectedInstance instance, _) = await CreateAttachedAsync();
        await StartProtectionWithoutWaitingAsync(group.Id);
        (await Client.ProtectedInstances.GetAsync(instance.Id)).Status.Should().Be(ProtectedInstanceStatus.Starting);
        return instance;
    }

    private async Task StartProtectionWithoutWaitingAsync(string groupId)
    {
        (int status, _, _) = await SendRawAsync(
            HttpMethod.Post,
            ProjectPath($"server-groups/{groupId}/action"),
            """{"start-server-group":{}}"""
        );
        status.Should().Be(200);
    }

    private async Task AssertRefusedAsync(HttpMethod method, string relative, string? json, string code)
    {
        (int status, JsonNode? body, _) = await SendRawAsync(method, ProjectPath(relative), json);

        status.Should().Be(400, "{0} {1} must be refused with {2}", method, relative, code);
        EnvelopeOf(body).Should().Be(("error", code));
    }

    private static string GroupBody(string vpcId) =>
        $$$"""
            {"server_group":{"name":"orders","source_availability_zone":"{{{SourceAz}}}",
            "target_availability_zone":"{{{TargetAz}}}","domain_id":"{{{DomainId}}}","source_vpc_id":"{{{vpcId}}}"}}
            """;

    private static string InstanceBody(string groupId, string fields) =>
        $$$"""{"protected_instance":{"server_group_id":"{{{groupId}}}","name":"web",{{{fields}}}}}""";
}
