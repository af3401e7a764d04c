using System.Net.Http.Headers;
using SdrsSdk.Testing;

namespace SdrsSdk.Tests.Emulator;

public sealed class FaultInjectionTests : EmulatorTest
{
    [Fact]
    public async Task InjectFault_503IntoJobPolls_IsRiddenOutByThePoller()
    {
        SdrsJobOperation<ServerGroup> create = await Client.ServerGroups.StartCreateAsync(
            new CreateServerGroupRequest("g", SourceAz, TargetAz, DomainId, VpcId)
        );
        Emulator.InjectFault(SdrsFault.ServiceUnavailable(), count: 2, method: "GET", pathContains: "/jobs/");

        ServerGroup group = await create.WaitForResourceAsync();

        group.Status.Should().Be(ServerGroupStatus.Available);
        List<SdrsJournalEntry> polls =
        [
            .. Emulator.Journal.Where(entry => entry.Path.Contains("/jobs/", StringComparison.Ordinal)),
        ];
        polls.Select(entry => entry.StatusCode).Should().Equal(503, 503, 200, 200, 200);
        polls[0].Fault!.Kind.Should().Be(SdrsFaultKind.Status);
        polls[0].ErrorCode.Should().Be("SDRS.0013");
    }

    [Fact]
    public async Task InjectFault_503OnAPlainCall_SurfacesAsSdrsServerException()
    {
        Emulator.InjectFault(SdrsFault.Status(503));
        using SdrsClient client = NoRetryClient();

        Func<Task> call = () => client.ServerGroups.ListAsync();

        SdrsServerException failure = (await call.Should().ThrowAsync<SdrsServerException>()).Which;
        failure.Status.Should().Be(503);
        failure.ErrorCode.Should().Be("SDRS.0013");
        (await Client.ServerGroups.ListAsync()).Count.Should().Be(0, "the fault hit one request only");
    }

    [Fact]
    public async Task InjectFault_DroppedConnection_IsATransportErrorAndTheNextRequestWorks()
    {
        Emulator.InjectFault(SdrsFault.DropConnection(), method: "GET");
        using SdrsClient client = NoRetryClient();

        Func<Task> call = () => client.ActiveDomains.ListAsync();

        (await call.Should().ThrowAsync<SdrsConnectionException>()).Which.MayHaveBeenApplied.Should().BeFalse();
        (await Client.ActiveDomains.ListAsync()).Should().NotBeEmpty();
        SdrsJournalEntry dropped = Emulator.Journal[0];
        dropped.StatusCode.Should().Be(0, "no status reached the client");
        dropped.Fault!.Kind.Should().Be(SdrsFaultKind.DropConnection);
    }

    [Fact]
    public async Task InjectFault_DroppedConnectionsAndBrokenBodiesInJobPolls_AreRiddenOutByThePoller()
    {
        SdrsJobOperation<ServerGroup> create = await Client.ServerGroups.StartCreateAsync(
            new CreateServerGroupRequest("g", SourceAz, TargetAz, DomainId, VpcId)
        );
        Emulator.InjectFault(SdrsFault.DropConnection(), pathContains: "/jobs/");
        Emulator.InjectFault(SdrsFault.EmptyResponse(), pathContains: "/jobs/");
        Emulator.InjectFault(SdrsFault.MalformedResponse(), pathContains: "/jobs/");

        ServerGroup group = await create.WaitForResourceAsync();

        group.Status.Should().Be(ServerGroupStatus.Available);
        Emulator
            .Journal.Where(entry => entry.Fault is not null)
            .Select(entry => entry.Fault!.Kind)
            .Should()
            .Equal(SdrsFaultKind.DropConnection, SdrsFaultKind.EmptyResponse, SdrsFaultKind.MalformedResponse);
    }

    [Fact]
    public async Task InjectFault_EmptyOrMalformedBodyOnAPlainCall_SurfacesAsSdrsInvalidResponseException()
    {
        Emulator.InjectFault(SdrsFault.EmptyResponse());
        Emulator.InjectFault(SdrsFault.MalformedResponse());
        using SdrsClient client = NoRetryClient();

        Func<Task> empty = () => client.ActiveDomains.ListAsync();
        Func<Task> malformed = () => client.Quotas.GetAsync();

        await empty.Should().ThrowAsync<SdrsInvalidResponseException>();
        await malformed.Should().ThrowAsync<SdrsInvalidResponseException>();
        Emulator.Journal.Select(entry => entry.StatusCode).Should().Equal(200, 200);
    }

    [Fact]
    public async Task InjectFault_DropAfterProcessing_TheChangeHappensButTheClientNeverHears()
    {
        Emulator.InjectFault(SdrsFault.DropConnection(afterProcessing: true), method: "POST");

        using SdrsClient client = UnresolvedClient();
        Func<Task> create = () =>
            client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest("g", SourceAz, TargetAz, DomainId, VpcId)
            );

        (await create.Should().ThrowAsync<SdrsConnectionException>()).Which.MayHaveBeenApplied.Should().BeTrue();
        (await Client.ServerGroups.ListAsync()).ServerGroups.Should().ContainSingle().Which.Name.Should().Be("g");
    }

    [Fact]
    public async Task InjectFault_Throttled_SurfacesRetryAfter()
    {
        Emulator.InjectFault(SdrsFault.Throttled(TimeSpan.FromSeconds(3)));

        Func<Task> call = () => Client.Quotas.GetAsync(); // 3 s is longer than the client's retries wait: not retried

        SdrsThrottledException throttled = (await call.Should().ThrowAsync<SdrsThrottledException>()).Which;
        throttled.Status.Should().Be(429);
        throttled.RetryAfter.Should().Be(TimeSpan.FromSeconds(3));
        throttled.ErrorCode.Should().Be("APIGW.0308");
    }

    [Fact]
    public async Task InjectFault_DelayBeyondTheClientTimeout_TimesTheCallOut()
    {
        Emulator.InjectFault(SdrsFault.Delayed(TimeSpan.FromSeconds(2)));
        using SdrsClient impatient = Emulator.CreateClient(configure: options =>
        {
            options.Timeout = TimeSpan.FromMilliseconds(300);
            options.Retry.AttemptTimeout = Timeout.InfiniteTimeSpan;
        });

        Func<Task> call = () => impatient.ActiveDomains.ListAsync();

        (await call.Should().ThrowAsync<SdrsTimeoutException>()).Which.IsOverallTimeout.Should().BeTrue();
    }

    [Fact]
    public async Task InjectFault_MethodAndPathFilters_LeaveOtherRequestsAlone()
    {
        Emulator.InjectFault(
            SdrsFault.ServiceUnavailable(),
            count: 5,
            method: "DELETE",
            pathContains: "/server-groups/"
        );

        ServerGroup group = await CreateGroupAsync();
        using SdrsClient client = UnresolvedClient();
        Func<Task> delete = () => client.ServerGroups.StartDeleteAsync(group.Id);

        await delete.Should().ThrowAsync<SdrsServerException>();
        Emulator
            .Journal.Where(entry => entry.Fault is not null)
            .Should()
            .ContainSingle()
            .Which.Method.Should()
            .Be("DELETE");
    }

    [Fact]
    public async Task FaultRate_WithTheSameSeed_InjectsTheSameFaults()
    {
        var options = new SdrsEmulatorOptions
        {
            FaultRate = 0.5,
            Seed = 42,
            RandomFaults = [SdrsFault.Status(503), SdrsFault.Status(500)],
        };

        IReadOnlyList<int> first = await StatusesOf20CallsAsync(options);
        IReadOnlyList<int> second = await StatusesOf20CallsAsync(options);

        first.Should().Equal(second);
        first.Should().Contain(200).And.Contain(status => status >= 500);
        first.Should().OnlyContain(status => status == 200 || status == 500 || status == 503);
    }

    [Fact]
    public async Task InjectFault_503OnAPlainCall_IsRetriedByTheClient()
    {
        Emulator.InjectFault(SdrsFault.Status(503), count: 2);

        ServerGroupPage page = await Client.ServerGroups.ListAsync();

        page.Count.Should().Be(0);
        Emulator.Journal.Select(entry => entry.StatusCode).Should().Equal(503, 503, 200);
    }

    [Theory]
    [InlineData(504)]
    [InlineData(502)]
    public async Task StatusAfterProcessing_OnACreate_AnswersTheStatusButTheGroupExists(int status)
    {
        Emulator.InjectFault(SdrsFault.StatusAfterProcessing(status), method: "POST");
        using SdrsClient client = NoRetryClient();

        Func<Task> call = () =>
            client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest("g", SourceAz, TargetAz, DomainId, VpcId)
            );

        SdrsServerException failure = (await call.Should().ThrowAsync<SdrsServerException>()).Which;
        failure.Status.Should().Be(status);
        ServerGroup created = (await Client.ServerGroups.ListAsync()).ServerGroups.Should().ContainSingle().Subject;
        created.Name.Should().Be("g");
        SdrsJournalEntry entry = Emulator.Journal[0];
        entry.StatusCode.Should().Be(status);
        entry.Fault!.AfterProcessing.Should().BeTrue();
        entry.Fault.ToString().Should().Be($"Status {status} (after processing)");
    }

    [Fact]
    public async Task StatusAfterProcessing_WhenTheRequestIsRefused_StillAnswersTheStatus()
    {
        Emulator.InjectFault(SdrsFault.StatusAfterProcessing(504));
        using SdrsClient client = NoRetryClient();

        Func<Task> call = () => client.ServerGroups.GetAsync("missing");

        (await call.Should().ThrowAsync<SdrsServerException>()).Which.Status.Should().Be(504);
    }

    [Theory]
    [InlineData(499)]
    [InlineData(600)]
    public void StatusAfterProcessing_OutsideTheServerErrors_IsRefused(int status)
    {
        Action create = () => SdrsFault.StatusAfterProcessing(status);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task FaultRate_WithFaultsAfterProcessing_TheSameSeedGivesTheSameFaultsAndTheSameState()
    {
        var options = new SdrsEmulatorOptions
        {
            FaultRate = 0.5,
            Seed = 7,
            RandomFaults =
            [
                SdrsFault.Status(503),
                SdrsFault.StatusAfterProcessing(504),
                SdrsFault.StatusAfterProcessing(502),
            ],
        };

        (IReadOnlyList<string> faults, int groups) first = await CreateTenGroupsAsync(options);
        (IReadOnlyList<string> faults, int groups) second = await CreateTenGroupsAsync(options);

        first.faults.Should().Equal(second.faults);
        first.groups.Should().Be(second.groups);
        first.faults.Should().Contain(fault => fault.Contains("after processing", StringComparison.Ordinal));
        first.groups.Should().Be(first.faults.Count(fault => fault != "Status 503"), "only a 503 stops the work");
    }

    private static async Task<(IReadOnlyList<string> Faults, int Groups)> CreateTenGroupsAsync(
        SdrsEmulatorOptions options
    )
    {
        using SdrsEmulator emulator = SdrsEmulator.Start(options);
        using SdrsClient client = emulator.CreateClient(configure: o =>
        {
            o.Retry.MaxRetries = 0;
            o.ResolveAmbiguousWrites = false;
        });
        for (int i = 0; i < 10; i++)
        {
            try
            {
                await client.ServerGroups.StartCreateAsync(
                    new CreateServerGroupRequest($"g{i}", SourceAz, TargetAz, DomainId, VpcId)
                );
            }
            catch (SdrsServerException)
            {
                // The fault under test.
            }
        }

        List<string> faults = [.. emulator.Journal.Select(entry => entry.Fault?.ToString() ?? "none")];

        // The read is retried through its own random faults (drawn from the same seed, so the same on every run).
        using SdrsClient reader = emulator.CreateClient(configure: o => o.Retry.MaxRetries = 20);
        int groups = (await reader.ServerGroups.ListAsync()).ServerGroups.Count;
        return (faults, groups);
    }

    /// <summary>A client that reports every fault as it is, without retrying or resolving.</summary>
    private SdrsClient NoRetryClient() =>
        Emulator.CreateClient(configure: options =>
        {
            options.Retry.MaxRetries = 0;
            options.ResolveAmbiguousWrites = false;
        });

    /// <summary>A client that retries, but reports an ambiguous write as it is instead of resolving it.</summary>
    private SdrsClient UnresolvedClient() =>
        Emulator.CreateClient(configure: options => options.ResolveAmbiguousWrites = false);

    private static async Task<IReadOnlyList<int>> StatusesOf20CallsAsync(SdrsEmulatorOptions options)
    {
        using SdrsEmulator emulator = SdrsEmulator.Start(options);
        using var http = new HttpClient();
        var statuses = new List<int>();
        for (int i = 0; i < 20; i++)
        {
            using var request = new HttpRequestMessage(
                HttpMethod.Get,
                new Uri(emulator.Endpoint, $"v1/{emulator.ProjectId}/active-domains")
            );
            request.Headers.TryAddWithoutValidation("X-Auth-Token", emulator.Token);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using HttpResponseMessage response = await http.SendAsync(request);
            statuses.Add((int)response.StatusCode);
        }

        emulator.Journal.Select(entry => entry.StatusCode).Should().Equal(statuses);
        return statuses;
    }
}
