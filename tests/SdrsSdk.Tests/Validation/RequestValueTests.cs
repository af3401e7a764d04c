using System.Text.Json.Nodes;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Validation;

/// <summary>
/// Request values the reference defines as a closed set: a known value in any case is sent in the reference's
/// spelling, anything else is refused with the allowed values before any request; <c>limit</c> is 1 to 1000.
/// </summary>
public sealed class RequestValueTests : IDisposable
{
    private const string GroupId = "0b9e8e3b-6c5f-4f7e-9c1e-5f1f6c7f2a10";
    private readonly MockSdrs _sdrs = new();

    /// <summary>Each closed-set field: a call that sends it, and where it lands on the wire.</summary>
    private static readonly Dictionary<
        string,
        (Func<SdrsClient, string, Task> Call, Func<WireMock.IRequestMessage, string?> Sent)
    > Fields = new()
    {
        ["priority_station"] = (
            (c, v) => c.ServerGroups.StartPlannedFailoverAsync(GroupId, v),
            r => Body(r)["reverse-server-group"]!["priority_station"]!.GetValue<string>()
        ),
        ["server-groups status"] = (
            (c, v) => c.ServerGroups.ListAsync(new ServerGroupQuery { Status = v }),
            r => Query(r, "status")
        ),
        ["server-groups query_type"] = (
            (c, v) => c.ServerGroups.ListAsync(new ServerGroupQuery { QueryType = v }),
            r => Query(r, "query_type")
        ),
        ["protected-instances status"] = (
            (c, v) => c.ProtectedInstances.ListAsync(new ProtectedInstanceQuery { Status = v }),
            r => Query(r, "status")
        ),
        ["protected-instances query_type"] = (
            (c, v) => c.ProtectedInstances.ListAsync(new ProtectedInstanceQuery { QueryType = v }),
            r => Query(r, "query_type")
        ),
        ["replications status"] = (
            (c, v) => c.Replications.ListAsync(new ReplicationPairQuery { Status = v }),
            r => Query(r, "status")
        ),
        ["replications query_type"] = (
            (c, v) => c.Replications.ListAsync(new ReplicationPairQuery { QueryType = v }),
            r => Query(r, "query_type")
        ),
        ["drills status"] = (
            (c, v) => c.Drills.ListAsync(new DisasterRecoveryDrillQuery { Status = v }),
            r => Query(r, "status")
        ),
        ["failure_status"] = (
            (c, v) => c.TaskCenter.ListFailedJobsAsync(new FailureJobQuery { FailureStatus = v }),
            r => Query(r, "failure_status")
        ),
        ["resource_type"] = (
            (c, v) => c.TaskCenter.ListFailedJobsAsync(new FailureJobQuery { ResourceType = v }),
            r => Query(r, "resource_type")
        ),
        ["tenancy"] = (
            (c, v) =>
                c.ProtectedInstances.StartCreateAsync(
                    new CreateProtectedInstanceRequest(GroupId, "server-1", "pi-1") { Tenancy = v }
                ),
            r => Body(r)["protected_instance"]!["tenancy"]!.GetValue<string>()
        ),
        ["matches.key"] = (
            (c, v) => c.Tags.FilterAsync(new ProtectedInstanceTagQuery { Matches = [new TagMatch(v, "web")] }),
            r => Body(r)["matches"]![0]!["key"]!.GetValue<string>()
        ),
    };

    public static TheoryData<string, string, string> WrongCase() =>
        new()
        {
            { "priority_station", "Target", "target" },
            { "priority_station", "SOURCE", "source" },
            { "server-groups status", "PROTECTED", "protected" },
            { "server-groups query_type", "Status_Abnormal", "status_abnormal" },
            { "protected-instances status", "Error-Deleting", "error-deleting" },
            { "protected-instances query_type", "GENERAL", "general" },
            { "replications status", "Failed-Over", "failed-over" },
            { "replications query_type", "STATUS_ABNORMAL", "status_abnormal" },
            { "drills status", "Available", "available" },
            { "failure_status", "CREATEFAIL", "createFail" },
            { "resource_type", "Server_Groups", "server_groups" },
            { "tenancy", "Dedicated", "dedicated" },
            { "matches.key", "RESOURCE_NAME", "resource_name" },
        };

    public static TheoryData<string, string, string> Unknown() =>
        new()
        {
            { "priority_station", "production", "source, target" },
            { "priority_station", " target", "source, target" },
            { "server-groups status", "running", "error-failing-over" },
            { "server-groups query_type", "abnormal", "period_no_dr_drill" },
            { "protected-instances status", "ok", "nic-creating" },
            { "protected-instances query_type", "stop_protected", "status_abnormal" },
            { "replications status", "", "error-detaching" },
            { "replications query_type", "period_no_dr_drill", "status_abnormal" },
            { "drills status", "done", "error-deleting" },
            { "failure_status", "create_fail", "reprotectFail" },
            { "resource_type", "server_group", "disaster_recovery_drills" },
            { "tenancy", "private", "shared, dedicated" },
            { "matches.key", "name", "resource_name" },
        };

    [Theory]
    [MemberData(nameof(WrongCase))]
    public async Task ClosedSetValue_InAnotherCase_IsSentInTheReferenceSpelling(string field, string given, string wire)
    {
        _sdrs
            .Server.Given(Request.Create())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(400)
                    .WithBody("""{"error":{"code":"SDRS.0216","message":"Invalid parameter"}}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        await FluentActions.Awaiting(() => Fields[field].Call(client, given)).Should().ThrowAsync<SdrsException>();

        Fields[field].Sent(_sdrs.SingleRequest()).Should().Be(wire);
    }

    [Theory]
    [MemberData(nameof(Unknown))]
    public async Task ClosedSetValue_Unknown_IsRefusedWithTheAllowedValuesBeforeSending(
        string field,
        string given,
        string listed
    )
    {
        using SdrsClient client = _sdrs.CreateClient();

        ArgumentException error = (
            await FluentActions
                .Awaiting(() => Fields[field].Call(client, given))
                .Should()
                .ThrowAsync<ArgumentException>()
        ).Which;

        error.Message.Should().Contain("must be one of").And.Contain(listed);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task PriorityStation_Default_IsRefusedBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        await FluentActions
            .Awaiting(() => client.ServerGroups.StartPlannedFailoverAsync(GroupId, default))
            .Should()
            .ThrowAsync<ArgumentException>()
            .WithMessage("priority_station must be one of source, target*");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    public static TheoryData<string, int> Limits()
    {
        var data = new TheoryData<string, int>();
        foreach (string call in LimitCalls.Keys)
        {
            data.Add(call, 0);
            data.Add(call, 1001);
        }

        return data;
    }

    private static readonly Dictionary<string, Func<SdrsClient, int, Task>> LimitCalls = new()
    {
        ["ServerGroups.ListAsync"] = (c, l) => c.ServerGroups.ListAsync(new ServerGroupQuery { Limit = l }),
        ["ServerGroups.ListAllAsync"] = (c, l) =>
            Drain(c.ServerGroups.ListAllAsync(new ServerGroupQuery { Limit = l })),
        ["ProtectedInstances.ListAsync"] = (c, l) =>
            c.ProtectedInstances.ListAsync(new ProtectedInstanceQuery { Limit = l }),
        ["ProtectedInstances.ListAllAsync"] = (c, l) =>
            Drain(c.ProtectedInstances.ListAllAsync(new ProtectedInstanceQuery { Limit = l })),
        ["Replications.ListAsync"] = (c, l) => c.Replications.ListAsync(new ReplicationPairQuery { Limit = l }),
        ["Replications.ListAllAsync"] = (c, l) =>
            Drain(c.Replications.ListAllAsync(new ReplicationPairQuery { Limit = l })),
        ["Drills.ListAsync"] = (c, l) => c.Drills.ListAsync(new DisasterRecoveryDrillQuery { Limit = l }),
        ["Drills.ListAllAsync"] = (c, l) => Drain(c.Drills.ListAllAsync(new DisasterRecoveryDrillQuery { Limit = l })),
        ["TaskCenter.ListFailedJobsAsync"] = (c, l) =>
            c.TaskCenter.ListFailedJobsAsync(new FailureJobQuery { Limit = l }),
        ["TaskCenter.ListAllFailedJobsAsync"] = (c, l) =>
            Drain(c.TaskCenter.ListAllFailedJobsAsync(new FailureJobQuery { Limit = l })),
        ["Tags.FilterAsync"] = (c, l) => c.Tags.FilterAsync(new ProtectedInstanceTagQuery { Limit = l }),
        ["Tags.FilterAllAsync"] = (c, l) => Drain(c.Tags.FilterAllAsync(new ProtectedInstanceTagQuery { Limit = l })),
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public async Task Limit_ZeroOrOver1000_IsRefusedBeforeSending(string call, int limit)
    {
        using SdrsClient client = _sdrs.CreateClient();

        (
            await FluentActions
                .Awaiting(() => LimitCalls[call](client, limit))
                .Should()
                .ThrowAsync<ArgumentOutOfRangeException>()
        )
            .Which.Message.Should()
            .Contain("1 to 1000");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    public void Dispose() => _sdrs.Dispose();

    private static async Task Drain<T>(IAsyncEnumerable<T> items)
    {
        await foreach (T _ in items) { }
    }

    private static JsonNode Body(WireMock.IRequestMessage request) => JsonNode.Parse(request.Body!)!;

    private static string? Query(WireMock.IRequestMessage request, string name) =>
        request.Query is { } query && query.TryGetValue(name, out var values) ? values.Single() : null;
}
