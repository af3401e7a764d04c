using Microsoft.Extensions.Logging;
using SdrsSdk.Resolution.Internal;
using SdrsSdk.Testing;
using SdrsSdk.Tests.Emulator;
using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Resolution;

/// <summary>
/// What a <c>Start…Async</c> call returns when its write fails ambiguously: the handle of an applied write, a resend of
/// one that was not applied, <see cref="SdrsOutcomeUnknownException"/>, or (switched off) the failure itself.
/// </summary>
public sealed class AmbiguousWriteWiringTests : EmulatorTest
{
    private readonly CapturingLoggerProvider _logs = new();

    [Fact]
    public async Task StartCreateAsync_AnswerLostAfterTheWork_ReturnsAHandleResolvedByLookup()
    {
        using SdrsClient client = ResolvingClient();
        Emulator.InjectFault(SdrsFault.StatusAfterProcessing(504), method: "POST");

        SdrsJobOperation<ServerGroup> create = await client.ServerGroups.StartCreateAsync(NewGroup());

        create.IsResolvedByLookup.Should().BeTrue();
        create.Id.Should().BeNull();
        create.ResolutionEvidence.Should().Contain("created at");
        create.ToString().Should().Contain("resolved by lookup");

        // The emulator's jobs progress by reads of the job by default; nobody reads this one, the handle follows the
        // group instead.
        Emulator.CompletePendingJobs();
        ServerGroup group = await create.WaitForResourceAsync();
        group.Name.Should().Be("orders");
        create.Job!.Status.Should().Be(JobStatus.Success);
        create.ResourceId.Should().Be(group.Id);
        Emulator.Journal.Count(entry => entry.Method == "POST").Should().Be(1, "the write was not sent again");
        _logs.Lines(5001).Should().ContainSingle().Which.Should().Contain("Applied");
    }

    [Fact]
    public async Task StartCreateAsync_RefusedBeforeTheWork_IsSentAgainOnce_AndReturnsTheJob()
    {
        using SdrsClient client = ResolvingClient();
        Emulator.InjectFault(SdrsFault.Status(503), method: "POST");

        SdrsJobOperation<ServerGroup> create = await client.ServerGroups.StartCreateAsync(NewGroup());

        create.IsResolvedByLookup.Should().BeFalse();
        create.Id.Should().NotBeNullOrEmpty();
        (await create.WaitForResourceAsync()).Name.Should().Be("orders");
        Emulator.Journal.Count(entry => entry.Method == "POST").Should().Be(2);
        (await client.ServerGroups.ListAsync()).Count.Should().Be(1, "one group, not two");
        _logs.Lines(5002).Should().ContainSingle().Which.Should().Contain("sending it again (1 of at most 3)");
    }

    [Fact]
    public async Task StartAddNicAsync_OutcomeThatCannotBeTold_ThrowsOutcomeUnknown()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);
        using SdrsClient client = ResolvingClient();
        Emulator.InjectFault(SdrsFault.Status(503), method: "POST");

        // Refused unprocessed, but the instance changed a moment ago: a NIC job that already ended looks the same.
        Func<Task> add = () => client.ProtectedInstances.StartAddNicAsync(instance.Id, new AddNicRequest("subnet-1"));

        SdrsOutcomeUnknownException unknown = (await add.Should().ThrowAsync<SdrsOutcomeUnknownException>()).Which;
        unknown.Operation.Should().Be("ProtectedInstances.AddNic");
        unknown.MayHaveBeenApplied.Should().BeTrue();
        unknown.Status.Should().Be(503);
        unknown.InnerException.Should().BeOfType<SdrsServerException>();
        unknown.WhatToCheck.Should().Contain(instance.Id);
        Emulator.Journal.Count(entry => entry.Method == "POST" && entry.Path.EndsWith("/nic")).Should().Be(1);
    }

    [Fact]
    public async Task StartCreateAsync_ResolutionSwitchedOff_ThrowsTheAmbiguousFailure()
    {
        using SdrsClient client = Emulator.CreateClient(configure: options => options.ResolveAmbiguousWrites = false);
        Emulator.InjectFault(SdrsFault.StatusAfterProcessing(504), method: "POST");

        Func<Task> create = () => client.ServerGroups.StartCreateAsync(NewGroup());

        (await create.Should().ThrowAsync<SdrsServerException>()).Which.MayHaveBeenApplied.Should().BeTrue();
        Emulator.Journal.Count(entry => entry.Method == "GET").Should().Be(0, "nothing was read back");
    }

    private static CreateServerGroupRequest NewGroup() => new("orders", SourceAz, TargetAz, DomainId, VpcId);

    /// <summary>A client that resolves with no settle wait, logging what it resolves.</summary>
    private SdrsClient ResolvingClient() =>
        Emulator.CreateClient(configure: options =>
        {
            options.Resolution = new SdrsResolutionOptions { SettleDelay = TimeSpan.Zero };
            options.LoggerFactory = LoggerFactory.Create(builder =>
                builder.AddProvider(_logs).SetMinimumLevel(LogLevel.Information)
            );
        });
}
