using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Jobs;

/// <summary>
/// Every asynchronous operation returns a handle that waits for its job and reads what the job acted on from its
/// entities; operations that create a resource also return the resource.
/// </summary>
public sealed class OperationHandleTests : IDisposable
{
    private const string Group = "sg-1";
    private const string Instance = "pi-1";
    private const string Pair = "rp-1";
    private const string Drill = "drill-1";
    private readonly MockSdrs _sdrs = new();
    private readonly SteppingTimeProvider _time = new();

    public static TheoryData<string> Operations() => new(AsyncOperations.Keys);

    private static readonly Dictionary<
        string,
        (
            string Method,
            string Path,
            JobType Type,
            string EntityKey,
            string EntityId,
            Func<SdrsClient, Task<SdrsJobOperation>> Start
        )
    > AsyncOperations = new()
    {
        ["server group create"] = (
            "POST",
            "server-groups",
            JobType.CreateProtectionGroup,
            "server_group_id",
            Group,
            async c =>
                await c.ServerGroups.StartCreateAsync(new CreateServerGroupRequest("sg", "az1", "az2", "dom", "vpc"))
        ),
        ["server group delete"] = (
            "DELETE",
            $"server-groups/{Group}",
            JobType.DeleteProtectionGroup,
            "server_group_id",
            Group,
            c => c.ServerGroups.StartDeleteAsync(Group)
        ),
        ["server group start"] = (
            "POST",
            $"server-groups/{Group}/action",
            JobType.StartProtectionGroup,
            "server_group_id",
            Group,
            c => c.ServerGroups.StartProtectionAsync(Group)
        ),
        ["server group stop"] = (
            "POST",
            $"server-groups/{Group}/action",
            JobType.StopProtectionGroup,
            "server_group_id",
            Group,
            c => c.ServerGroups.StartStopProtectionAsync(Group)
        ),
        ["server group failover"] = (
            "POST",
            $"server-groups/{Group}/action",
            JobType.FailoverProtectionGroup,
            "server_group_id",
            Group,
            c => c.ServerGroups.StartFailoverAsync(Group)
        ),
        ["server group reverse"] = (
            "POST",
            $"server-groups/{Group}/action",
            JobType.ReverseProtectionGroup,
            "server_group_id",
            Group,
            c => c.ServerGroups.StartPlannedFailoverAsync(Group, PriorityStation.Target)
        ),
        ["instance create"] = (
            "POST",
            "protected-instances",
            JobType.CreateProtectedInstance,
            "protected_instance_id",
            Instance,
            async c =>
                await c.ProtectedInstances.StartCreateAsync(new CreateProtectedInstanceRequest(Group, "srv-1", "pi"))
        ),
        ["instance delete"] = (
            "DELETE",
            $"protected-instances/{Instance}",
            JobType.DeleteProtectedInstance,
            "protected_instance_id",
            Instance,
            c => c.ProtectedInstances.StartDeleteAsync(Instance)
        ),
        ["instance attach"] = (
            "POST",
            $"protected-instances/{Instance}/attachreplication",
            JobType.AttachReplicationPair,
            "protected_instance_id",
            Instance,
            c =>
                c.ProtectedInstances.StartAttachReplicationAsync(
                    Instance,
                    new AttachReplicationPairRequest(Pair, "/dev/vdb")
                )
        ),
        ["instance detach"] = (
            "DELETE",
            $"protected-instances/{Instance}/detachreplication/{Pair}",
            JobType.DetachReplicationPair,
            "protected_instance_id",
            Instance,
            c => c.ProtectedInstances.StartDetachReplicationAsync(Instance, Pair)
        ),
        ["instance add nic"] = (
            "POST",
            $"protected-instances/{Instance}/nic",
            JobType.AddNic,
            "protected_instance_id",
            Instance,
            c => c.ProtectedInstances.StartAddNicAsync(Instance, new AddNicRequest("subnet-1"))
        ),
        ["instance delete nic"] = (
            "POST",
            $"protected-instances/{Instance}/nic/delete",
            JobType.DeleteNic,
            "protected_instance_id",
            Instance,
            c => c.ProtectedInstances.StartDeleteNicAsync(Instance, "nic-1")
        ),
        ["instance resize"] = (
            "POST",
            $"protected-instances/{Instance}/resize",
            JobType.ResizeProtectedInstance,
            "protected_instance_id",
            Instance,
            c =>
                c.ProtectedInstances.StartResizeAsync(
                    Instance,
                    new ResizeProtectedInstanceRequest { FlavorRef = "s3.large.2" }
                )
        ),
        ["instance batch create"] = (
            "POST",
            "protected-instances/batch",
            JobType.CreateProtectedInstance,
            "server_group_id",
            Group,
            c =>
                c.ProtectedInstances.StartBatchCreateAsync(
                    new BatchCreateProtectedInstancesRequest("web", Group, [new ProtectedInstanceServerInfo("srv-1")])
                )
        ),
        ["instance batch delete"] = (
            "POST",
            "protected-instances/delete",
            JobType.DeleteProtectedInstance,
            "server_group_id",
            Group,
            c => c.ProtectedInstances.StartBatchDeleteAsync(new BatchDeleteProtectedInstancesRequest([Instance]))
        ),
        ["replication create"] = (
            "POST",
            "replications",
            JobType.CreateReplicationPair,
            "replication_pair_id",
            Pair,
            async c => await c.Replications.StartCreateAsync(new CreateReplicationPairRequest(Group, "vol-1", "rp"))
        ),
        ["replication delete"] = (
            "DELETE",
            $"replications/{Pair}",
            JobType.DeleteReplicationPair,
            "replication_pair_id",
            Pair,
            c => c.Replications.StartDeleteAsync(Pair)
        ),
        ["replication expand"] = (
            "POST",
            $"replications/{Pair}/action",
            JobType.ExpandReplicationPair,
            "replication_pair_id",
            Pair,
            c => c.Replications.StartExpandAsync(Pair, 20)
        ),
        ["drill create"] = (
            "POST",
            "disaster-recovery-drills",
            JobType.CreateDisasterRecoveryDrill,
            "disaster_recovery_drill_id",
            Drill,
            async c => await c.Drills.StartCreateAsync(new CreateDisasterRecoveryDrillRequest(Group, "drill"))
        ),
        ["drill delete"] = (
            "DELETE",
            $"disaster-recovery-drills/{Drill}",
            JobType.DeleteDisasterRecoveryDrill,
            "disaster_recovery_drill_id",
            Drill,
            c => c.Drills.StartDeleteAsync(Drill)
        ),
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Start_ThenWait_ReadsTheJobAndWhatItActedOn(string name)
    {
        var operation = AsyncOperations[name];
        string jobId = "job-" + name.Replace(' ', '-');
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath(operation.Path)).UsingMethod(operation.Method))
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(name.Contains("batch", StringComparison.Ordinal) ? 202 : 200)
                    .WithBody($$"""{"job_id":"{{jobId}}"}""")
            );
        StubJob(jobId, operation.Type, operation.EntityKey, operation.EntityId);
        using SdrsClient client = CreateClient();

        SdrsJobOperation handle = await operation.Start(client);
        SdrsJob job = await _time.DriveAsync(handle.WaitForCompletionAsync());

        handle.Id.Should().Be(jobId);
        handle.ExpectedJobType.Should().Be(operation.Type);
        handle.HasCompleted.Should().BeTrue();
        job.Status.Should().Be(JobStatus.Success);
        job.Entities!.TryGetId(operation.EntityKey, out string? id).Should().BeTrue();
        id.Should().Be(operation.EntityId);
    }

    [Fact]
    public async Task StartCreateAsync_ServerGroup_WaitForResourceReturnsTheGroup()
    {
        await AssertCreatesAsync(
            "server-groups",
            "server_group_id",
            Group,
            JobType.CreateProtectionGroup,
            "server-groups/get.response.json",
            async c =>
                await (
                    await c.ServerGroups.StartCreateAsync(
                        new CreateServerGroupRequest("sg", "az1", "az2", "dom", "vpc")
                    )
                ).WaitForResourceAsync(),
            (ServerGroup group) => group.Name.Should().NotBeNullOrEmpty()
        );
    }

    [Fact]
    public async Task StartCreateAsync_ProtectedInstance_WaitForResourceReturnsTheInstance()
    {
        await AssertCreatesAsync(
            "protected-instances",
            "protected_instance_id",
            Instance,
            JobType.CreateProtectedInstance,
            "protected-instances/get.response.json",
            async c =>
                await (
                    await c.ProtectedInstances.StartCreateAsync(
                        new CreateProtectedInstanceRequest(Group, "srv-1", "pi")
                    )
                ).WaitForResourceAsync(),
            (ProtectedInstance instance) => instance.Name.Should().NotBeNullOrEmpty()
        );
    }

    [Fact]
    public async Task StartCreateAsync_ReplicationPair_WaitForResourceReturnsThePair()
    {
        await AssertCreatesAsync(
            "replications",
            "replication_pair_id",
            Pair,
            JobType.CreateReplicationPair,
            "replications/get.response.json",
            async c =>
                await (
                    await c.Replications.StartCreateAsync(new CreateReplicationPairRequest(Group, "vol-1", "rp"))
                ).WaitForResourceAsync(),
            (ReplicationPair pair) => pair.Name.Should().NotBeNullOrEmpty()
        );
    }

    [Fact]
    public async Task StartCreateAsync_Drill_WaitForResourceReturnsTheDrill()
    {
        await AssertCreatesAsync(
            "disaster-recovery-drills",
            "disaster_recovery_drill_id",
            Drill,
            JobType.CreateDisasterRecoveryDrill,
            "drills/get.response.json",
            async c =>
                await (
                    await c.Drills.StartCreateAsync(new CreateDisasterRecoveryDrillRequest(Group, "drill"))
                ).WaitForResourceAsync(),
            (DisasterRecoveryDrill drill) => drill.Name.Should().NotBeNullOrEmpty()
        );
    }

    [Fact]
    public async Task WaitForResourceAsync_JobWithoutTheEntity_ThrowsInvalidResponse()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("server-groups")).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"job_id":"job-x"}"""));
        StubJob("job-x", JobType.CreateProtectionGroup, "something_else", "x");
        using SdrsClient client = CreateClient();

        SdrsJobOperation<ServerGroup> handle = await client.ServerGroups.StartCreateAsync(
            new CreateServerGroupRequest("sg", "az1", "az2", "dom", "vpc")
        );
        Func<Task> act = () => _time.DriveAsync(handle.WaitForResourceAsync());

        (await act.Should().ThrowAsync<SdrsInvalidResponseException>())
            .Which.Message.Should()
            .Contain("server_group_id");
        handle.ResourceId.Should().BeNull();
    }

    [Fact]
    public async Task StartAsync_ResponseWithoutJobId_ThrowsInvalidResponse()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"server-groups/{Group}")).UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"job_id":""}"""));
        using SdrsClient client = CreateClient();

        Func<Task> act = () => client.ServerGroups.StartDeleteAsync(Group);

        (await act.Should().ThrowAsync<SdrsInvalidResponseException>()).Which.Message.Should().Contain("job_id");
    }

    private async Task AssertCreatesAsync<T>(
        string path,
        string entityKey,
        string id,
        JobType type,
        string example,
        Func<SdrsClient, Task<T>> createAndWait,
        Action<T> check
    )
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath(path)).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"job_id":"job-create"}"""));
        StubJob("job-create", type, entityKey, id);
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"{path}/{id}")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read(example)));
        using SdrsClient client = CreateClient();

        T resource = await _time.DriveAsync(createAndWait(client));

        check(resource);
        _sdrs
            .Requests()
            .Select(r => (r.Method, r.Path))
            .Should()
            .Equal(
                ("POST", MockSdrs.ProjectPath(path)),
                ("GET", MockSdrs.ProjectPath("jobs/job-create")),
                ("GET", MockSdrs.ProjectPath("jobs/job-create")),
                ("GET", MockSdrs.ProjectPath($"{path}/{id}"))
            );
    }

    private void StubJob(string jobId, JobType type, string entityKey, string entityId)
    {
        var path = MockSdrs.ProjectPath($"jobs/{jobId}");
        _sdrs
            .Server.Given(Request.Create().WithPath(path).UsingGet())
            .InScenario(jobId)
            .WillSetStateTo("done")
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody(
                        $$$"""{"job_id":"{{{jobId}}}","job_type":"{{{type}}}","status":"RUNNING","entities":{}}"""
                    )
            );
        _sdrs
            .Server.Given(Request.Create().WithPath(path).UsingGet())
            .InScenario(jobId)
            .WhenStateIs("done")
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody(
                        $$$"""{"job_id":"{{{jobId}}}","job_type":"{{{type}}}","status":"SUCCESS","entities":{"{{{entityKey}}}":"{{{entityId}}}"}}"""
                    )
            );
    }

    private SdrsClient CreateClient() => _sdrs.CreateClient(configure: options => options.TimeProvider = _time);

    public void Dispose() => _sdrs.Dispose();
}
