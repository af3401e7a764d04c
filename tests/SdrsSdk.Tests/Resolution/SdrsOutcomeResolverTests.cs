using System.Diagnostics;
using SdrsSdk.Operations.Internal;
using SdrsSdk.Resolution.Internal;
using SdrsSdk.Testing;
using SdrsSdk.Tests.TestSupport;
using Ops = SdrsSdk.Operations.Internal.SdrsOperations.ServerGroups;

namespace SdrsSdk.Tests.Resolution;

/// <summary>What every resolution shares: the rule table, the time budget, failed reads, the settle re-read, the log
/// and the activity event.</summary>
public sealed class SdrsOutcomeResolverTests : ResolutionTest
{
    private static CreateServerGroupRequest NewGroup() => new("g", SourceAz, TargetAz, DomainId, VpcId);

    [Fact]
    public void Covers_EveryNonIdempotentWriteAndEveryAsynchronousDelete()
    {
        IEnumerable<SdrsOperation> needed = SdrsOperations.All.Where(operation =>
            operation.RepeatClass == SdrsRepeatClass.NonIdempotentWrite
            || (operation.RepeatClass == SdrsRepeatClass.Delete && operation.IsAsynchronous)
        );

        needed.Where(operation => !SdrsOutcomeResolver.Covers(operation)).Should().BeEmpty();
        needed.Should().HaveCount(20);
    }

    [Fact]
    public async Task ResolveAsync_AnOperationWithoutARule_IsUnknown()
    {
        SdrsOutcome outcome = await ResolveAsync(SdrsOperations.Tags.Create, Now);

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Unknown);
        outcome.WhatToCheck.Should().Contain("POST");
    }

    [Fact]
    public async Task ResolveAsync_ReadsSlowerThanTheBudget_IsUnknownAndSaysSo()
    {
        Emulator.InjectFault(SdrsFault.Delayed(TimeSpan.FromSeconds(10)), count: 5, method: "GET");

        SdrsOutcome outcome = await ResolveAsync(
            Ops.Create,
            Now,
            NewGroup(),
            options: Once with
            {
                Budget = TimeSpan.FromMilliseconds(200),
            }
        );

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Unknown);
        outcome.Evidence.Should().Be("the read-back did not finish within the time budget of 0.2 s");
        SdrsOutcomeUnknownException exception = outcome.ToException(
            new SdrsErrorDetails
            {
                Method = "POST",
                Path = "/v1/p/server-groups",
                Status = 504,
                RequestId = "r-1",
            },
            null
        );
        exception
            .Message.Should()
            .Be(
                "SDRS operation ServerGroups.Create (POST /v1/p/server-groups) failed and may have been applied; "
                    + "it was not sent again: the read-back did not finish within the time budget of 0.2 s. Check the "
                    + $"protection groups named 'g' in active-active domain {DomainId}, VPC {VpcId}, for one created "
                    + "after the request before repeating it. Request ID: r-1."
            );
    }

    [Fact]
    public async Task ResolveAsync_CallerCancels_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Func<Task> resolve = () =>
            Resolver().ResolveAsync(new SdrsWriteRequest(Ops.Create, Now) { Arguments = NewGroup() }, cancelled.Token);

        await resolve.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task ResolveAsync_AReadTheServiceRefuses_IsUnknown()
    {
        Emulator.InjectFault(SdrsFault.Status(403), method: "GET");

        SdrsOutcome outcome = await ResolveAsync(Ops.Create, Now, NewGroup());

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Unknown);
        outcome.Evidence.Should().Be("the read-back failed (SdrsPermissionException, HTTP 403, SDRS.0201)");
    }

    [Fact]
    public async Task ResolveAsync_ARequestStillOnItsWay_IsFoundByTheReadAfterTheSettleDelay()
    {
        // The service holds the create for a second; the first read finds nothing, the one after the settle finds it.
        Emulator.InjectFault(SdrsFault.Delayed(TimeSpan.FromSeconds(1)), method: "POST");
        DateTimeOffset sent = Now;
        Task<SdrsJobOperation<ServerGroup>> onItsWay = Client.ServerGroups.StartCreateAsync(NewGroup());

        SdrsOutcome outcome = await ResolveAsync(
            Ops.Create,
            sent,
            NewGroup(),
            options: new SdrsResolutionOptions { SettleDelay = TimeSpan.FromSeconds(2) }
        );
        await onItsWay;

        outcome.Verdict.Should().Be(SdrsOutcomeVerdict.Applied, outcome.Evidence);
        Emulator
            .Journal.Count(entry =>
                entry.Method == "GET" && entry.Path.EndsWith("/server-groups", StringComparison.Ordinal)
            )
            .Should()
            .Be(2);
    }

    [Fact]
    public async Task ResolveAsync_LogsTheVerdictAtInformation_AndAddsAnActivityEvent()
    {
        using var logs = new CapturingLoggerProvider();
        using var source = new ActivitySource("SdrsSdk.Tests.Resolution");
        using var listener = new ActivityListener
        {
            ShouldListenTo = candidate => candidate.Name == source.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using Activity activity = source.StartActivity("resolve")!;
        var resolver = new SdrsOutcomeResolver(Client, TimeProvider.System, logs.CreateLogger("SdrsSdk"), Once);

        SdrsOutcome outcome = await resolver.ResolveAsync(
            new SdrsWriteRequest(Ops.Create, Now) { Arguments = NewGroup() },
            CancellationToken.None
        );

        logs.Messages.Should()
            .ContainSingle()
            .Which.Should()
            .StartWith(
                "Information SdrsSdk: Resolved the outcome of ServerGroups.Create: NotApplied. Looked up "
                    + outcome.WhatToCheck
                    + "; found: "
                    + outcome.Evidence
                    + ". |"
            );
        ActivityEvent resolved = activity.Events.Should().ContainSingle().Subject;
        resolved.Name.Should().Be(SdrsOutcomeResolver.EventName);
        resolved.Tags.Should().Contain(new KeyValuePair<string, object?>("sdrs.resolution.verdict", "NotApplied"));
        resolved.Tags.Should().Contain(new KeyValuePair<string, object?>("sdrs.operation", "ServerGroups.Create"));
    }
}
