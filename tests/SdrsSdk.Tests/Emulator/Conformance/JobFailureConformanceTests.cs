using System.Text.Json.Nodes;

namespace SdrsSdk.Tests.Emulator.Conformance;

/// <summary>
/// The codes a failed job reports (5.1.1 <c>error_code</c>): after <c>FailNextJob</c> without a code, each operation
/// started by a raw request ends <c>FAIL</c> with its Appendix A.1 "failed to …" code, read by a raw poll.
/// </summary>
public sealed class JobFailureConformanceTests : ConformanceTest
{
    private const string Start = "{'start-server-group':{}}";

    [Theory]
    [InlineData("createProtectionGroupNoCG", "SDRS.1014")]
    [InlineData("deleteProtectionGroupNoCG", "SDRS.1016")]
    [InlineData("startProtectionGroupNoCG", "SDRS.1027")]
    [InlineData("reprotectProtectionGroupNoCG", "SDRS.1032")]
    [InlineData("stopProtectionGroupNoCG", "SDRS.1028")]
    [InlineData("failoverProtectionGroupNoCG", "SDRS.1030")]
    [InlineData("reverseProtectionGroupNoCG", "SDRS.1029")]
    [InlineData("createProtectedInstanceNoCG", "SDRS.1350")]
    [InlineData("deleteProtectedInstanceNoCG", "SDRS.1351")]
    [InlineData("attachReplicationPairNew", "SDRS.1821")]
    [InlineData("detachReplicationPairNew", "SDRS.1822")]
    [InlineData("addNicNew", "SDRS.1312")]
    [InlineData("deleteNicNew", "SDRS.1313")]
    [InlineData("resizeProtectedInstanceNew", "SDRS.1329")]
    [InlineData("createReplicationPairNoCG", "SDRS.1609")]
    [InlineData("deleteReplicationPairNoCG", "SDRS.1607")]
    [InlineData("expandReplicationPairNew", "SDRS.1820")]
    [InlineData("createDisasterRecoveryDrill", "SDRS.1922")]
    [InlineData("deleteDisasterRecoveryDrill", "SDRS.1923")]
    public async Task AFailedJob_ReportsItsOperationsCode(string jobType, string code)
    {
        (HttpMethod method, string path, string body) = await ArrangeAsync(jobType);
        Emulator.FailNextJob(JobType.FromString(jobType));

        string jobId = await StartAsync(method, path, body);
        Emulator.CompletePendingJobs();
        (int status, JsonNode? job, _) = await SendRawAsync(HttpMethod.Get, ProjectPath("jobs/" + jobId));

        status.Should().Be(200);
        job!["job_type"]!.GetValue<string>().Should().Be(jobType);
        job["status"]!.GetValue<string>().Should().Be("FAIL");
        job["error_code"]!.GetValue<string>().Should().Be(code);
    }

    /// <summary>Sets up what the job's operation needs, and returns its request.</summary>
    private async Task<(HttpMethod Method, string Path, string Body)> ArrangeAsync(string jobType)
    {
        if (jobType == "createProtectionGroupNoCG")
        {
            return (
                HttpMethod.Post,
                "server-groups",
                $"{{'server_group':{{'name':'group-9','source_availability_zone':'{SourceAz}',"
                    + $"'target_availability_zone':'{TargetAz}','domain_id':'{DomainId}','source_vpc_id':'{VpcId}'}}}}"
            );
        }

        string g = await GroupAsync();
        string action = $"server-groups/{g}/action";
        switch (jobType)
        {
            case "deleteProtectionGroupNoCG":
                return (HttpMethod.Delete, $"server-groups/{g}", "{}");
            case "createProtectedInstanceNoCG":
                return (
                    HttpMethod.Post,
                    "protected-instances",
                    $"{{'protected_instance':{{'server_group_id':'{g}','server_id':'{NewId()}','name':'instance-9'}}}}"
                );
            case "createReplicationPairNoCG":
                return (
                    HttpMethod.Post,
                    "replications",
                    $"{{'replication':{{'server_group_id':'{g}','volume_id':'{NewId()}','name':'pair-9'}}}}"
                );
            case "createDisasterRecoveryDrill":
                return (
                    HttpMethod.Post,
                    "disaster-recovery-drills",
                    $"{{'disaster_recovery_drill':{{'server_group_id':'{g}','name':'drill-9'}}}}"
                );
            case "deleteDisasterRecoveryDrill":
                string d = await CompleteAsync(
                    HttpMethod.Post,
                    "disaster-recovery-drills",
                    $"{{'disaster_recovery_drill':{{'server_group_id':'{g}','name':'drill-9'}}}}",
                    "disaster_recovery_drill_id"
                );
                return (HttpMethod.Delete, $"disaster-recovery-drills/{d}", "{}");
        }

        string i = await InstanceAsync(g);
        string p = await PairAsync(g);
        switch (jobType)
        {
            case "startProtectionGroupNoCG":
                return (HttpMethod.Post, action, Start);
            case "deleteProtectedInstanceNoCG":
                return (HttpMethod.Delete, $"protected-instances/{i}", "{}");
            case "attachReplicationPairNew":
                return (
                    HttpMethod.Post,
                    $"protected-instances/{i}/attachreplication",
                    $"{{'replicationAttachment':{{'replication_id':'{p}','device':'/dev/vdb'}}}}"
                );
            case "addNicNew":
                return (HttpMethod.Post, $"protected-instances/{i}/nic", $"{{'subnet_id':'{NewId()}'}}");
            case "deleteNicNew":
                // A NIC added first: the add job's entities name it (nic_id).
                string nic = await CompleteAsync(
                    HttpMethod.Post,
                    $"protected-instances/{i}/nic",
                    $"{{'subnet_id':'{NewId()}'}}",
                    "nic_id"
                );
                return (HttpMethod.Post, $"protected-instances/{i}/nic/delete", $"{{'nic_id':'{nic}'}}");
            case "resizeProtectedInstanceNew":
                return (HttpMethod.Post, $"protected-instances/{i}/resize", "{'resize':{'flavorRef':'s3.xlarge.2'}}");
            case "deleteReplicationPairNoCG":
                return (HttpMethod.Delete, $"replications/{p}", "{}");
            case "expandReplicationPairNew":
                return (HttpMethod.Post, $"replications/{p}/action", "{'extend-replication':{'new_size':20}}");
        }

        await AttachAsync(i, p);
        if (jobType == "detachReplicationPairNew")
        {
            return (HttpMethod.Delete, $"protected-instances/{i}/detachreplication/{p}", "{}");
        }

        await CompleteAsync(HttpMethod.Post, action, Start);
        switch (jobType)
        {
            case "stopProtectionGroupNoCG":
                return (HttpMethod.Post, action, "{'stop-server-group':{}}");
            case "failoverProtectionGroupNoCG":
                return (HttpMethod.Post, action, "{'failover-server-group':{}}");
            case "reverseProtectionGroupNoCG":
                return (HttpMethod.Post, action, "{'reverse-server-group':{'priority_station':'target'}}");
        }

        await CompleteAsync(HttpMethod.Post, action, "{'failover-server-group':{}}");
        jobType.Should().Be("reprotectProtectionGroupNoCG");
        return (HttpMethod.Post, action, Start);
    }
}
