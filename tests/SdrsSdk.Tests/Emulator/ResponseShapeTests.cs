using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Emulator;

/// <summary>The emulator's bodies carry exactly the fields of the reference's examples, with its timestamp
/// formats.</summary>
public sealed partial class ResponseShapeTests : EmulatorTest
{
    [Fact]
    public async Task Responses_HaveTheFieldsOfTheReferenceExamples()
    {
        (ServerGroup group, ProtectedInstance instance, ReplicationPair pair) = await CreateProtectedAsync();
        await Client.Tags.AddTagsAsync(
            instance.Id,
            [new ResourceTag("key1", "value1"), new ResourceTag("key2", "value3")]
        );
        DisasterRecoveryDrill drill = await (
            await Client.Drills.StartCreateAsync(new CreateDisasterRecoveryDrillRequest(group.Id, "drill"))
        ).WaitForResourceAsync();
        SdrsJobOperation stop = await Client.ServerGroups.StartStopProtectionAsync(group.Id);
        await stop.WaitForCompletionAsync();
        Emulator.FailNextJob(JobType.CreateProtectedInstance);
        await Client.ProtectedInstances.StartCreateAsync(
            new CreateProtectedInstanceRequest(group.Id, TestIds.Of("server-x"), "failing")
        );
        Emulator.CompletePendingJobs();

        await ShouldMatch("server-groups", "server-groups/list.response.json");
        await ShouldMatch($"server-groups/{group.Id}", "server-groups/get.response.json");
        await ShouldMatch("protected-instances", "protected-instances/list.response.json");
        await ShouldMatch($"protected-instances/{instance.Id}", "protected-instances/get.response.json");
        await ShouldMatch("replications", "replications/list.response.json");
        await ShouldMatch($"replications/{pair.Id}", "replications/get.response.json");
        await ShouldMatch("disaster-recovery-drills", "drills/list.response.json");
        await ShouldMatch($"disaster-recovery-drills/{drill.Id}", "drills/get.response.json");
        await ShouldMatch(
            $"jobs/{stop.Id}",
            "jobs/get-with-sub-jobs.response.json",
            extraTopLevelEntities: ["server_group_id"]
        );
        await ShouldMatch($"task-center/failure-jobs?server_group_id={group.Id}", "task-center/list.response.json");
        await ShouldMatch($"protected-instances/{instance.Id}/tags", "tags/list.response.json");
        await ShouldMatch("protected-instances/tags", "tags/list-project.response.json");
        await ShouldMatch("active-domains", "active-domains/list.response.json");
        await ShouldMatch("sdrs/quotas", "quotas/get.response.json");
        JsonNode filter = (
            await SendRawAsync(
                HttpMethod.Post,
                ProjectPath("protected-instances/resource_instances/action"),
                """{"action":"filter"}"""
            )
        ).Body!;
        SameShape(filter, Examples.Json("tags/filter.response.json"), "$");
        JsonNode versions = (await SendRawAsync(HttpMethod.Get, string.Empty)).Body!;
        SameShape(versions, Examples.Json("versions/list.response.json"), "$");
    }

    [Fact]
    public async Task Timestamps_UseTheReferenceFormatOfEachResource()
    {
        (ServerGroup group, ProtectedInstance instance, ReplicationPair pair) = await CreateProtectedAsync();
        SdrsJobOperation stop = await Client.ServerGroups.StartStopProtectionAsync(group.Id);
        await stop.WaitForCompletionAsync();

        JsonNode groupJson = (await SendRawAsync(HttpMethod.Get, ProjectPath($"server-groups/{group.Id}"))).Body![
            "server_group"
        ]!;
        JsonNode instanceJson = (
            await SendRawAsync(HttpMethod.Get, ProjectPath($"protected-instances/{instance.Id}"))
        ).Body!["protected_instance"]!;
        JsonNode pairJson = (await SendRawAsync(HttpMethod.Get, ProjectPath($"replications/{pair.Id}"))).Body![
            "replication"
        ]!;
        JsonNode jobJson = (await SendRawAsync(HttpMethod.Get, ProjectPath($"jobs/{stop.Id}"))).Body!;

        groupJson["created_at"]!.GetValue<string>().Should().MatchRegex(ResourceTime().ToString());
        instanceJson["updated_at"]!.GetValue<string>().Should().MatchRegex(ResourceTime().ToString());
        pairJson["created_at"]!.GetValue<string>().Should().MatchRegex(ReplicationTime().ToString());
        jobJson["begin_time"]!.GetValue<string>().Should().MatchRegex(JobTime().ToString());
        jobJson["end_time"]!.GetValue<string>().Should().MatchRegex(JobTime().ToString());
    }

    private async Task ShouldMatch(string path, string example, string[]? extraTopLevelEntities = null)
    {
        (int status, JsonNode? body, _) = await SendRawAsync(HttpMethod.Get, ProjectPath(path));
        status.Should().Be(200, path);
        JsonNode expected = Examples.Json(example);
        if (extraTopLevelEntities is not null)
        {
            foreach (string key in extraTopLevelEntities)
            {
                expected["entities"]![key] = "x";
            }
        }

        SameShape(body!, expected, path);
    }

    /// <summary>Same object keys, recursively; arrays compare their first items when both have one.</summary>
    private static void SameShape(JsonNode actual, JsonNode expected, string where)
    {
        if (expected is JsonObject expectedObject)
        {
            JsonObject actualObject = actual.Should().BeOfType<JsonObject>($"{where} is an object").Subject;
            actualObject
                .Select(property => property.Key)
                .Except(["failure_detail"])
                .Should()
                .BeEquivalentTo(
                    expectedObject.Select(property => property.Key),
                    $"the fields of {where} are the reference's"
                );
            foreach (KeyValuePair<string, JsonNode?> property in expectedObject)
            {
                if (property.Value is JsonObject or JsonArray && actualObject[property.Key] is { } child)
                {
                    SameShape(child, property.Value, $"{where}.{property.Key}");
                }
            }
        }
        else if (expected is JsonArray { Count: > 0 } expectedArray)
        {
            JsonArray actualArray = actual.Should().BeOfType<JsonArray>($"{where} is an array").Subject;
            if (actualArray.Count > 0)
            {
                SameShape(actualArray[0]!, expectedArray[0]!, $"{where}[0]");
            }
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$")]
    private static partial Regex ResourceTime();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$")]
    private static partial Regex ReplicationTime();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")]
    private static partial Regex JobTime();
}
