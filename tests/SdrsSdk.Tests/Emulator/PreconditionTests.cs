using SdrsSdk.Testing;
using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Emulator;

/// <summary>The status preconditions and input rules of the reference, answered with its codes and the SDK's exception
/// types.</summary>
public sealed class PreconditionTests : EmulatorTest
{
    [Fact]
    public async Task StartFailoverAsync_FromAvailable_IsRefusedWithSdrs1022()
    {
        (ServerGroup group, _, _) = await CreateAttachedAsync();

        Func<Task> failover = () => Client.ServerGroups.StartFailoverAsync(group.Id);

        SdrsBadRequestException refused = (await failover.Should().ThrowAsync<SdrsBadRequestException>()).Which;
        refused.Status.Should().Be(400);
        refused.ErrorCode.Should().Be("SDRS.1022");
        refused
            .ErrorMessage.Should()
            .StartWith("Operation not allowed because the protection group status not available");
        refused.RequestId.Should().NotBeNullOrEmpty();
        (await Client.ServerGroups.GetAsync(group.Id))
            .Status.Should()
            .Be(ServerGroupStatus.Available, "a refused action changes nothing");
    }

    [Fact]
    public async Task StartFailoverAsync_FromErrorReversing_IsAllowed()
    {
        (ServerGroup group, _, _) = await CreateProtectedAsync();
        Emulator.FailNextJob(JobType.ReverseProtectionGroup);
        Func<Task> reverse = async () =>
            await (
                await Client.ServerGroups.StartPlannedFailoverAsync(group.Id, PriorityStation.Target)
            ).WaitForCompletionAsync();
        await reverse.Should().ThrowAsync<SdrsJobFailedException>();
        (await Client.ServerGroups.GetAsync(group.Id)).Status.Should().Be(ServerGroupStatus.ErrorReversing);

        await (await Client.ServerGroups.StartFailoverAsync(group.Id)).WaitForCompletionAsync();

        (await Client.ServerGroups.GetAsync(group.Id)).Status.Should().Be(ServerGroupStatus.FailedOver);
    }

    [Fact]
    public async Task StartFailoverAsync_ProtectedGroupWithoutPairs_IsRefusedWithSdrs1030()
    {
        (ServerGroup group, ProtectedInstance instance, ReplicationPair pair) = await CreateProtectedAsync();
        await (
            await Client.ProtectedInstances.StartDetachReplicationAsync(instance.Id, pair.Id)
        ).WaitForCompletionAsync();
        await (await Client.Replications.StartDeleteAsync(pair.Id)).WaitForCompletionAsync();

        Func<Task> failover = () => Client.ServerGroups.StartFailoverAsync(group.Id);

        (await failover.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.1030");
    }

    [Fact]
    public async Task StartProtectionAsync_WithoutReplicationPairs_IsRefusedWithSdrs1027()
    {
        ServerGroup group = await CreateGroupAsync();
        await CreateInstanceAsync(group.Id);

        Func<Task> start = () => Client.ServerGroups.StartProtectionAsync(group.Id);

        (await start.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.1027");
    }

    [Fact]
    public async Task GroupActions_InTheWrongStatus_AreRefusedWithTheirCodes()
    {
        (ServerGroup group, _, _) = await CreateProtectedAsync();
        ServerGroup idle = await CreateGroupAsync("idle");
        await CreatePairAsync(idle.Id, TestIds.Of("volume-2"), "idle-pair");

        (
            await ((Func<Task>)(() => Client.ServerGroups.StartProtectionAsync(group.Id)))
                .Should()
                .ThrowAsync<SdrsBadRequestException>()
        )
            .Which.ErrorCode.Should()
            .Be("SDRS.1021", "protection is already enabled");
        (
            await ((Func<Task>)(() => Client.ServerGroups.StartStopProtectionAsync(idle.Id)))
                .Should()
                .ThrowAsync<SdrsBadRequestException>()
        )
            .Which.ErrorCode.Should()
            .Be("SDRS.1019");
        (
            await ((Func<Task>)(() => Client.ServerGroups.StartPlannedFailoverAsync(idle.Id, PriorityStation.Target)))
                .Should()
                .ThrowAsync<SdrsBadRequestException>()
        )
            .Which.ErrorCode.Should()
            .Be("SDRS.1023");
        (
            await ((Func<Task>)(() => Client.ServerGroups.StartPlannedFailoverAsync(group.Id, PriorityStation.Source)))
                .Should()
                .ThrowAsync<SdrsBadRequestException>()
        )
            .Which.ErrorCode.Should()
            .Be("SDRS.0201", "the production site is already the source");
    }

    [Fact]
    public async Task GroupAction_WhileAMemberIsBusy_IsRefusedWithSdrs1002()
    {
        (ServerGroup group, ProtectedInstance instance, _) = await CreateAttachedAsync();
        await Client.ProtectedInstances.StartResizeAsync(
            instance.Id,
            new ResizeProtectedInstanceRequest { DrFlavorRef = "s3.large.2" }
        );

        Func<Task> start = () => Client.ServerGroups.StartProtectionAsync(group.Id);

        (await start.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.1002");
    }

    [Fact]
    public async Task StartDeleteAsync_GroupWithMembers_IsRefusedWithSdrs1001Then1010Then1003()
    {
        (ServerGroup group, ProtectedInstance instance, ReplicationPair pair) = await CreateAttachedAsync();
        DisasterRecoveryDrill drill = await (
            await Client.Drills.StartCreateAsync(new CreateDisasterRecoveryDrillRequest(group.Id, "drill"))
        ).WaitForResourceAsync();
        Func<Task> delete = () => Client.ServerGroups.StartDeleteAsync(group.Id);

        (await delete.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.1001");
        await (await Client.ProtectedInstances.StartDeleteAsync(instance.Id)).WaitForCompletionAsync();
        (await delete.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.1010");
        await (await Client.Replications.StartDeleteAsync(pair.Id)).WaitForCompletionAsync();
        (await delete.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.1003");
        await (await Client.Drills.StartDeleteAsync(drill.Id)).WaitForCompletionAsync();
        await (await Client.ServerGroups.StartDeleteAsync(group.Id)).WaitForCompletionAsync();
    }

    [Fact]
    public async Task MissingResources_AreRefusedWith400NotFoundCodesAsSdrsNotFoundException()
    {
        const string Missing = "11111111-2222-3333-4444-555555555555";
        Func<Task>[] calls =
        [
            () => Client.ServerGroups.GetAsync(Missing),
            () => Client.ProtectedInstances.GetAsync(Missing),
            () => Client.Replications.GetAsync(Missing),
            () => Client.Drills.GetAsync(Missing),
            () => Client.Tags.ListAsync(Missing),
        ];
        string[] codes = ["SDRS.1013", "SDRS.1320", "SDRS.1608", "SDRS.1902", "SDRS.1320"];

        for (int i = 0; i < calls.Length; i++)
        {
            SdrsNotFoundException missing = (await calls[i].Should().ThrowAsync<SdrsNotFoundException>()).Which;
            missing.Status.Should().Be(400, "SDRS answers not-found with 400 and a not-found code");
            missing.ErrorCode.Should().Be(codes[i]);
            missing.IsNotFound.Should().BeTrue();
        }
    }

    [Fact]
    public async Task ProtectedInstanceCreation_Preconditions_AreRefusedWithTheirCodes()
    {
        SdrsJobOperation<ServerGroup> creating = await Client.ServerGroups.StartCreateAsync(
            new CreateServerGroupRequest("creating", SourceAz, TargetAz, DomainId, VpcId)
        );
        string creatingId = (await Client.Jobs.GetAsync(creating.Id!)).Entities!.ServerGroupId!;
        ServerGroup group = await CreateGroupAsync();
        await CreateInstanceAsync(group.Id, TestIds.Of("server-1"));

        Func<Task> inCreatingGroup = () =>
            Client.ProtectedInstances.StartCreateAsync(
                new CreateProtectedInstanceRequest(creatingId, TestIds.Of("server-9"), "x")
            );
        Func<Task> usedServer = () =>
            Client.ProtectedInstances.StartCreateAsync(
                new CreateProtectedInstanceRequest(group.Id, TestIds.Of("server-1"), "again")
            );
        Func<Task> missingGroup = () =>
            Client.ProtectedInstances.StartCreateAsync(
                new CreateProtectedInstanceRequest("no-such-group", TestIds.Of("server-2"), "x")
            );

        (await inCreatingGroup.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.1323");
        (await usedServer.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.1305");
        (await missingGroup.Should().ThrowAsync<SdrsNotFoundException>()).Which.ErrorCode.Should().Be("SDRS.1013");
    }

    [Fact]
    public async Task RegisteredServers_MakeServerChecksStrict()
    {
        Emulator.AddServer(new EmulatedServer(TestIds.Of("in-vpc")) { VpcId = VpcId, AvailabilityZone = SourceAz });
        Emulator.AddServer(new EmulatedServer(TestIds.Of("other-vpc")) { VpcId = TestIds.Of("vpc-other") });
        Emulator.AddServer(new EmulatedServer(TestIds.Of("other-az")) { AvailabilityZone = TargetAz });
        ServerGroup group = await CreateGroupAsync();

        Func<Task> unknown = () =>
            Client.ProtectedInstances.StartCreateAsync(
                new CreateProtectedInstanceRequest(group.Id, TestIds.Of("unknown"), "x")
            );
        Func<Task> wrongVpc = () =>
            Client.ProtectedInstances.StartCreateAsync(
                new CreateProtectedInstanceRequest(group.Id, TestIds.Of("other-vpc"), "x")
            );
        Func<Task> wrongAz = () =>
            Client.ProtectedInstances.StartCreateAsync(
                new CreateProtectedInstanceRequest(group.Id, TestIds.Of("other-az"), "x")
            );

        (await unknown.Should().ThrowAsync<SdrsNotFoundException>()).Which.ErrorCode.Should().Be("SDRS.1326");
        (await wrongVpc.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.1304");
        (await wrongAz.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.1303");
        (await CreateInstanceAsync(group.Id, TestIds.Of("in-vpc")))
            .Status.Should()
            .Be(ProtectedInstanceStatus.Available);
    }

    [Fact]
    public async Task ReplicationPreconditions_AreRefusedWithTheirCodes()
    {
        Emulator.AddVolume(new EmulatedVolume(TestIds.Of("free")));
        Emulator.AddVolume(new EmulatedVolume(TestIds.Of("second")));
        Emulator.AddVolume(new EmulatedVolume(TestIds.Of("elsewhere")));
        Emulator.AddVolume(new EmulatedVolume(TestIds.Of("in-use")) { Status = "in-use" });
        Emulator.AddVolume(new EmulatedVolume(TestIds.Of("far")) { AvailabilityZone = TargetAz });
        ServerGroup group = await CreateGroupAsync();
        ServerGroup other = await CreateGroupAsync("other");
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);
        ReplicationPair pair = await CreatePairAsync(group.Id, TestIds.Of("free"));
        ReplicationPair second = await CreatePairAsync(group.Id, TestIds.Of("second"), "second");
        ReplicationPair foreign = await CreatePairAsync(other.Id, TestIds.Of("elsewhere"), "foreign");
        await (
            await Client.ProtectedInstances.StartAttachReplicationAsync(
                instance.Id,
                new AttachReplicationPairRequest(pair.Id, "/dev/vda")
            )
        ).WaitForCompletionAsync();

        await ShouldRefuse<SdrsBadRequestException>(
            () =>
                Client.Replications.StartCreateAsync(
                    new CreateReplicationPairRequest(group.Id, TestIds.Of("free"), "again")
                ),
            "SDRS.1811"
        );
        await ShouldRefuse<SdrsBadRequestException>(
            () =>
                Client.Replications.StartCreateAsync(
                    new CreateReplicationPairRequest(group.Id, TestIds.Of("unknown"), "x")
                ),
            "SDRS.0211"
        );
        await ShouldRefuse<SdrsBadRequestException>(
            () =>
                Client.Replications.StartCreateAsync(
                    new CreateReplicationPairRequest(group.Id, TestIds.Of("in-use"), "x")
                ),
            "SDRS.1801"
        );
        await ShouldRefuse<SdrsBadRequestException>(
            () =>
                Client.Replications.StartCreateAsync(
                    new CreateReplicationPairRequest(group.Id, TestIds.Of("far"), "x")
                ),
            "SDRS.1810"
        );
        await ShouldRefuse<SdrsBadRequestException>(
            () => Client.Replications.StartExpandAsync(second.Id, 5),
            "SDRS.0201"
        );
        await ShouldRefuse<SdrsBadRequestException>(
            () => Client.ProtectedInstances.StartDetachReplicationAsync(instance.Id, second.Id),
            "SDRS.1604"
        );
        await ShouldRefuse<SdrsBadRequestException>(
            () =>
                Client.ProtectedInstances.StartAttachReplicationAsync(
                    instance.Id,
                    new AttachReplicationPairRequest(second.Id, "/dev/vda")
                ),
            "SDRS.1603"
        );
        await ShouldRefuse<SdrsBadRequestException>(
            () =>
                Client.ProtectedInstances.StartAttachReplicationAsync(
                    instance.Id,
                    new AttachReplicationPairRequest(foreign.Id, "/dev/vdb")
                ),
            "SDRS.1611"
        );
        await ShouldRefuse<SdrsNotFoundException>(
            () =>
                Client.ProtectedInstances.StartAttachReplicationAsync(
                    instance.Id,
                    new AttachReplicationPairRequest("no-such-pair", "/dev/vdb")
                ),
            "SDRS.1608"
        );
    }

    [Fact]
    public async Task DrillPreconditions_AreRefusedWithTheirCodes()
    {
        Emulator.AddVpc(VpcId);
        Emulator.AddVpc(TestIds.Of("drill-vpc"));
        ServerGroup group = await CreateGroupAsync();
        SdrsJobOperation<DisasterRecoveryDrill> first = await Client.Drills.StartCreateAsync(
            new CreateDisasterRecoveryDrillRequest(group.Id, "first") { DrillVpcId = TestIds.Of("drill-vpc") }
        );
        string creatingDrillId = (await Client.Jobs.GetAsync(first.Id!)).Entities!.DisasterRecoveryDrillId!;

        await ShouldRefuse<SdrsBadRequestException>(
            () =>
                Client.Drills.StartCreateAsync(
                    new CreateDisasterRecoveryDrillRequest(group.Id, "x") { DrillVpcId = VpcId }
                ),
            "SDRS.1907"
        );
        await ShouldRefuse<SdrsBadRequestException>(
            () =>
                Client.Drills.StartCreateAsync(
                    new CreateDisasterRecoveryDrillRequest(group.Id, "x") { DrillVpcId = TestIds.Of("drill-vpc") }
                ),
            "SDRS.1921"
        );
        await ShouldRefuse<SdrsNotFoundException>(
            () =>
                Client.Drills.StartCreateAsync(
                    new CreateDisasterRecoveryDrillRequest(group.Id, "x") { DrillVpcId = TestIds.Of("unknown-vpc") }
                ),
            "SDRS.1928"
        );
        await ShouldRefuse<SdrsBadRequestException>(() => Client.Drills.StartDeleteAsync(creatingDrillId), "SDRS.1913");
        await ShouldRefuse<SdrsBadRequestException>(
            () =>
                Client.ServerGroups.StartCreateAsync(
                    new CreateServerGroupRequest("x", SourceAz, TargetAz, DomainId, TestIds.Of("unknown-vpc"))
                ),
            "SDRS.0204"
        );
    }

    [Fact]
    public async Task GroupCreation_DomainAndZones_AreCheckedAgainstTheDomain()
    {
        await ShouldRefuse<SdrsBadRequestException>(
            () =>
                Client.ServerGroups.StartCreateAsync(
                    new CreateServerGroupRequest("x", SourceAz, TargetAz, "no-such-domain", VpcId)
                ),
            "SDRS.0205"
        );
        await ShouldRefuse<SdrsBadRequestException>(
            () =>
                Client.ServerGroups.StartCreateAsync(
                    new CreateServerGroupRequest("x", SourceAz, "cn-north-1c", DomainId, VpcId)
                ),
            "SDRS.0203"
        );
        await ShouldRefuse<SdrsBadRequestException>(
            () =>
                Client.ServerGroups.StartCreateAsync(
                    new CreateServerGroupRequest("x", SourceAz, SourceAz, DomainId, VpcId)
                ),
            "SDRS.0203"
        );
    }

    [Fact]
    public async Task InstanceDeletion_WhileCreating_IsRefusedWithSdrs1301()
    {
        ServerGroup group = await CreateGroupAsync();
        SdrsJobOperation<ProtectedInstance> create = await Client.ProtectedInstances.StartCreateAsync(
            new CreateProtectedInstanceRequest(group.Id, TestIds.Of("server-1"), "x")
        );
        string instanceId = (await Client.Jobs.GetAsync(create.Id!)).Entities!.ProtectedInstanceId!;

        await ShouldRefuse<SdrsBadRequestException>(
            () => Client.ProtectedInstances.StartDeleteAsync(instanceId),
            "SDRS.1301"
        );
        await ShouldRefuse<SdrsBadRequestException>(() => Client.Tags.AddTagAsync(instanceId, "k", "v"), "SDRS.2221");
    }

    [Theory]
    [InlineData(
        "POST",
        "server-groups",
        """{"server_group":{"name":"bad name!","source_availability_zone":"cn-north-1a","target_availability_zone":"cn-north-1b","domain_id":"fb4bb8e3-a574-4437-a156-78c916aeea4d","source_vpc_id":"v"}}""",
        "SDRS.0202"
    )]
    [InlineData(
        "POST",
        "server-groups",
        """{"server_group":{"name":"ok","description":"<b>","source_availability_zone":"cn-north-1a","target_availability_zone":"cn-north-1b","domain_id":"fb4bb8e3-a574-4437-a156-78c916aeea4d","source_vpc_id":"v"}}""",
        "SDRS.0212"
    )]
    [InlineData("POST", "server-groups", """{"server_group":""", "SDRS.0201")]
    [InlineData("POST", "server-groups", """{}""", "SDRS.0201")]
    [InlineData("GET", "server-groups?limit=2000", null, "SDRS.0221")]
    [InlineData("GET", "server-groups?offset=-1", null, "SDRS.0222")]
    [InlineData(
        "GET",
        "protected-instances?server_group_ids=['1','2','3','4','5','6','7','8','9','10','11','12','13','14','15','16',"
            + "'17','18','19','20','21','22','23','24','25','26','27','28','29','30','31']",
        null,
        "SDRS.0226"
    )]
    [InlineData("POST", "protected-instances/resource_instances/action", """{"action":"sum"}""", "SDRS.2210")]
    [InlineData(
        "POST",
        "protected-instances/resource_instances/action",
        """{"action":"count","limit":"10"}""",
        "SDRS.2211"
    )]
    [InlineData(
        "POST",
        "protected-instances/resource_instances/action",
        """{"action":"filter","limit":"0"}""",
        "SDRS.2220"
    )]
    [InlineData(
        "POST",
        "protected-instances/resource_instances/action",
        """{"action":"filter","matches":[{"key":"resource_id","value":"x"}]}""",
        "SDRS.2214"
    )]
    [InlineData(
        "POST",
        "protected-instances/resource_instances/action",
        """{"action":"filter","tags":[{"key":"k","values":["a","a"]}]}""",
        "SDRS.2219"
    )]
    public async Task ServerSideRules_TheSdkWouldCheckFirst_AreAnsweredWithTheirCodes(
        string method,
        string path,
        string? body,
        string code
    )
    {
        (int status, System.Text.Json.Nodes.JsonNode? json, HttpResponseMessage response) = await SendRawAsync(
            new HttpMethod(method),
            ProjectPath(path),
            body
        );

        status.Should().Be(400);
        ErrorCodeOf(json).Should().Be(code);
        json!.AsObject().Single().Value!["message"]!
            .GetValue<string>()
            .Should()
            .StartWith(SdrsErrorCatalog.All.First(info => info.Code == code).Message);
        response.Headers.GetValues("X-Request-Id").Should().ContainSingle();
    }

    [Fact]
    public async Task ServerSideRules_ActionsAndTags_AreAnsweredWithTheirCodes()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);

        ErrorCodeOf(
                (
                    await SendRawAsync(
                        HttpMethod.Post,
                        ProjectPath($"server-groups/{group.Id}/action"),
                        """{"pause-server-group":{}}"""
                    )
                ).Body
            )
            .Should()
            .Be("SDRS.0206");
        ErrorCodeOf(
                (
                    await SendRawAsync(
                        HttpMethod.Post,
                        ProjectPath($"protected-instances/{instance.Id}/tags"),
                        """{"tag":{"key":"a=b","value":"v"}}"""
                    )
                ).Body
            )
            .Should()
            .Be("SDRS.2204");
        ErrorCodeOf(
                (
                    await SendRawAsync(
                        HttpMethod.Post,
                        ProjectPath($"protected-instances/{instance.Id}/tags"),
                        """{"tag":{"key":"k"}}"""
                    )
                ).Body
            )
            .Should()
            .Be("SDRS.2208");
        ErrorCodeOf(
                (
                    await SendRawAsync(
                        HttpMethod.Post,
                        ProjectPath($"protected-instances/{instance.Id}/tags/action"),
                        """{"action":"update","tags":[]}"""
                    )
                ).Body
            )
            .Should()
            .Be("SDRS.2201");
        ErrorCodeOf(
                (
                    await SendRawAsync(
                        HttpMethod.Post,
                        ProjectPath($"protected-instances/{instance.Id}/tags/action"),
                        """{"action":"create","tags":[{"key":"k","value":"1"},{"key":"k","value":"2"}]}"""
                    )
                ).Body
            )
            .Should()
            .Be("SDRS.2209");
        ErrorCodeOf(
                (
                    await SendRawAsync(
                        HttpMethod.Put,
                        ProjectPath($"protected-instances/{instance.Id}"),
                        """{"protected_instance":{"name":""}}"""
                    )
                ).Body
            )
            .Should()
            .Be("SDRS.0202");
        (await SendRawAsync(HttpMethod.Get, ProjectPath("no-such-api"))).Body!["error_code"]!
            .GetValue<string>()
            .Should()
            .Be("APIGW.0101");
    }

    private static async Task ShouldRefuse<TException>(Func<Task> call, string code)
        where TException : SdrsException =>
        (await call.Should().ThrowAsync<TException>()).Which.ErrorCode.Should().Be(code);
}
