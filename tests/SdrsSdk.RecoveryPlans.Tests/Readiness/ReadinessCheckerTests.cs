using SdrsSdk.Testing;

namespace SdrsSdk.RecoveryPlans.Tests.Readiness;

/// <summary>Readiness checks against the embedded emulator, driven into each state through the SDK.</summary>
public sealed class ReadinessCheckerTests : IDisposable
{
    private readonly ReadinessTestBed _bed = new();

    public static TheoryData<RecoveryAction> AllActions => [.. Enum.GetValues<RecoveryAction>()];

    [Theory]
    [MemberData(nameof(AllActions))]
    public async Task CheckAsync_GroupReadyForTheAction_HasNoFinding(RecoveryAction action)
    {
        ReadinessTestBed.Member member = await _bed.CreateReadyGroupAsync(action);

        ReadinessReport report = await _bed.CheckAsync(member.GroupId, action);

        report.Findings.Should().BeEmpty();
        report.Verdict.Should().Be(ReadinessVerdict.Ready);
        report.ServerGroupId.Should().Be(member.GroupId);
        report.Action.Should().Be(action);
        report.CheckedAt.Should().Be(ReadinessTestBed.Start);
    }

    [Theory]
    [InlineData(false, RecoveryAction.DisableProtection, "SDRS.1019", "available")]
    [InlineData(false, RecoveryAction.Failover, "SDRS.1022", "available")]
    [InlineData(false, RecoveryAction.PlannedFailover, "SDRS.1023", "available")]
    [InlineData(false, RecoveryAction.Failback, "SDRS.1023", "available")]
    [InlineData(false, RecoveryAction.Reprotect, "SDRS.1021", "available")]
    [InlineData(true, RecoveryAction.EnableProtection, "SDRS.1021", "protected")]
    [InlineData(true, RecoveryAction.Reprotect, "SDRS.1021", "protected")]
    public async Task CheckAsync_GroupStatusTheActionDoesNotAccept_BlocksWithTheActionsCode(
        bool protect,
        RecoveryAction action,
        string code,
        string status
    )
    {
        ReadinessTestBed.Member member = await _bed.CreateReadyGroupAsync(RecoveryAction.EnableProtection);
        if (protect)
        {
            await _bed.ProtectAsync(member.GroupId);
        }

        ReadinessReport report = await _bed.CheckAsync(member.GroupId, action);

        ReadinessFinding blocker = report
            .Blockers.Should()
            .ContainSingle(f => f.Check == ReadinessChecks.GroupStatus)
            .Subject;
        report
            .Blockers.Should()
            .OnlyContain(f => f == blocker || f.Check == ReadinessChecks.ProductionSite, "nothing else is wrong");
        blocker.ErrorCode.Should().Be(code);
        blocker.ResourceId.Should().Be(member.GroupId);
        blocker.Message.Should().Contain(member.GroupId).And.Contain($"'{status}'");
        SdrsErrorCatalog.TryGet(code, out SdrsErrorInfo? info).Should().BeTrue();
        blocker.Description.Should().Be(info!.Description);
        blocker.HandlingMeasure.Should().Be(info.HandlingMeasure);
        report.Verdict.Should().Be(ReadinessVerdict.Blocked);
    }

    [Fact]
    public async Task CheckAsync_GroupInATransitionalStatus_BlocksEveryActionAndNamesTheBusyMembers()
    {
        ReadinessTestBed.Member member = await _bed.CreateReadyGroupAsync(RecoveryAction.EnableProtection);
        await _bed.Client.ServerGroups.StartProtectionAsync(member.GroupId); // not waited for: 'starting'

        foreach (RecoveryAction action in Enum.GetValues<RecoveryAction>())
        {
            ReadinessReport report = await _bed.CheckAsync(member.GroupId, action);

            report
                .Blockers.Should()
                .Contain(f => f.Check == ReadinessChecks.GroupStatus && f.Message.Contains("'starting'"), $"{action}");
            report
                .Blockers.Where(f => f.Check == ReadinessChecks.MemberStatus)
                .Select(f => f.ResourceId)
                .Should()
                .BeEquivalentTo([member.InstanceId, member.PairId], $"{action}");
            report
                .Blockers.Where(f => f.Check == ReadinessChecks.MemberStatus)
                .Should()
                .OnlyContain(f => f.ErrorCode == "SDRS.1002" && f.Message.Contains("'starting'"));
        }

        (await _bed.CheckAsync(member.GroupId, RecoveryAction.Drill))
            .Blockers.Single(f => f.Check == ReadinessChecks.GroupStatus)
            .ErrorCode.Should()
            .Be("SDRS.1002");
    }

    [Theory]
    [InlineData(RecoveryAction.Failback, RecoveryAction.PlannedFailover, "target", "source")]
    [InlineData(RecoveryAction.PlannedFailover, RecoveryAction.Failback, "source", "target")]
    public async Task CheckAsync_ProductionSiteAlreadyWhereTheSwitchGoes_BlocksWithSdrs0201(
        RecoveryAction readyFor,
        RecoveryAction action,
        string seen,
        string expected
    )
    {
        ReadinessTestBed.Member member = await _bed.CreateReadyGroupAsync(readyFor);

        ReadinessReport report = await _bed.CheckAsync(member.GroupId, action);

        ReadinessFinding blocker = report.Blockers.Should().ContainSingle().Subject;
        blocker.Check.Should().Be(ReadinessChecks.ProductionSite);
        blocker.ErrorCode.Should().Be("SDRS.0201");
        blocker.Message.Should().Contain($"'{seen}'").And.Contain($"'{expected}'");
    }

    [Fact]
    public async Task CheckAsync_GroupWithoutReplicationPairs_BlocksEnablingWithSdrs1027()
    {
        ServerGroup group = await _bed.CreateGroupAsync();
        ProtectedInstance instance = await _bed.CreateInstanceAsync(group.Id);

        ReadinessReport report = await _bed.CheckAsync(group.Id, RecoveryAction.EnableProtection);

        report
            .Blockers.Select(f => (f.Check, f.ErrorCode, f.ResourceId))
            .Should()
            .BeEquivalentTo([
                (ReadinessChecks.ReplicationPairs, "SDRS.1027", group.Id),
                (ReadinessChecks.Attachment, "SDRS.1604", instance.Id),
            ]);
    }

    [Theory]
    [InlineData(RecoveryAction.EnableProtection, "SDRS.1604")]
    [InlineData(RecoveryAction.Drill, "SDRS.1920")]
    public async Task CheckAsync_PairAttachedToNoInstance_Blocks(RecoveryAction action, string code)
    {
        ReadinessTestBed.Member member = await _bed.CreateReadyGroupAsync(RecoveryAction.EnableProtection);
        ReplicationPair loose = await _bed.CreatePairAsync(member.GroupId);

        ReadinessReport report = await _bed.CheckAsync(member.GroupId, action);

        ReadinessFinding blocker = report.Blockers.Should().ContainSingle().Subject;
        blocker.Check.Should().Be(ReadinessChecks.Attachment);
        blocker.ErrorCode.Should().Be(code);
        blocker.ResourceId.Should().Be(loose.Id);
        blocker.Message.Should().Contain(loose.Id);
    }

    [Fact]
    public async Task CheckAsync_InstanceWithoutAttachedPair_BlocksAFailoverWithSdrs1604()
    {
        ReadinessTestBed.Member member = await _bed.CreateReadyGroupAsync(RecoveryAction.Failover);
        ProtectedInstance bare = await _bed.CreateInstanceAsync(member.GroupId);

        ReadinessReport report = await _bed.CheckAsync(member.GroupId, RecoveryAction.Failover);

        ReadinessFinding blocker = report.Blockers.Should().ContainSingle().Subject;
        blocker.Check.Should().Be(ReadinessChecks.Attachment);
        blocker.ErrorCode.Should().Be("SDRS.1604");
        blocker.ResourceId.Should().Be(bare.Id);
    }

    [Fact]
    public async Task CheckAsync_DisablingProtection_DoesNotNeedAttachments()
    {
        ReadinessTestBed.Member member = await _bed.CreateReadyGroupAsync(RecoveryAction.DisableProtection);
        await _bed.CreateInstanceAsync(member.GroupId);

        ReadinessReport report = await _bed.CheckAsync(member.GroupId, RecoveryAction.DisableProtection);

        report.Findings.Should().BeEmpty();
    }

    [Fact]
    public async Task CheckAsync_PairBeingAttached_BlocksWithSdrs1002NamingThePair()
    {
        ReadinessTestBed.Member member = await _bed.CreateReadyGroupAsync(RecoveryAction.Failover);
        ReplicationPair pair = await _bed.CreatePairAsync(member.GroupId);
        await _bed.StartAttachAsync(member.InstanceId, pair.Id, "/dev/vdb"); // not waited for: 'attaching'

        ReadinessReport report = await _bed.CheckAsync(member.GroupId, RecoveryAction.Failover);

        ReadinessFinding blocker = report.Blockers.Should().ContainSingle().Subject;
        blocker.Check.Should().Be(ReadinessChecks.MemberStatus);
        blocker.ErrorCode.Should().Be("SDRS.1002");
        blocker.ResourceId.Should().Be(pair.Id);
        blocker.Message.Should().Contain(pair.Id).And.Contain("'attaching'");
    }

    [Fact]
    public async Task CheckAsync_PairWhoseAttachmentFailed_BlocksWithSdrs0214()
    {
        ReadinessTestBed.Member member = await _bed.CreateReadyGroupAsync(RecoveryAction.EnableProtection);
        ReplicationPair pair = await _bed.CreatePairAsync(member.GroupId);
        _bed.Emulator.FailNextJob(JobType.AttachReplicationPair);
        SdrsJobOperation attach = await _bed.StartAttachAsync(member.InstanceId, pair.Id, "/dev/vdb");
        await FluentActions.Awaiting(() => attach.WaitForCompletionAsync()).Should().ThrowAsync<SdrsException>();

        ReadinessReport report = await _bed.CheckAsync(member.GroupId, RecoveryAction.EnableProtection);

        ReadinessFinding broken = report
            .Blockers.Should()
            .ContainSingle(f => f.Check == ReadinessChecks.MemberStatus)
            .Subject;
        broken.ErrorCode.Should().Be("SDRS.0214");
        broken.ResourceId.Should().Be(pair.Id);
        broken.Message.Should().Contain("'error-attaching'");
        report.Blockers.Should().Contain(f => f.Check == ReadinessChecks.Attachment && f.ResourceId == pair.Id);
        report.Warnings.Should().Contain(f => f.Check == ReadinessChecks.FailedTasks && f.ErrorCode == "SDRS.1821");
    }

    [Fact]
    public async Task CheckAsync_DrillInTheGroupsOwnVpc_BlocksWithSdrs1907()
    {
        string vpcId = EmulatedIds.NewVpcId();
        ReadinessTestBed.Member member = await _bed.CreateAttachedGroupAsync(vpcId);
        await _bed.DrillAndCleanUpAsync(member.GroupId);

        ReadinessReport report = await _bed.CheckAsync(member.GroupId, RecoveryAction.Drill, vpcId);

        ReadinessFinding blocker = report.Blockers.Should().ContainSingle().Subject;
        blocker.Check.Should().Be(ReadinessChecks.DrillVpc);
        blocker.ErrorCode.Should().Be("SDRS.1907");
        blocker.ResourceId.Should().Be(vpcId);
        blocker.Message.Should().Contain(vpcId).And.Contain(member.GroupId);
    }

    [Fact]
    public async Task CheckAsync_DrillVpcUsedByAnotherDrill_BlocksWithSdrs1921NamingTheDrill()
    {
        string drillVpc = EmulatedIds.NewVpcId();
        ReadinessTestBed.Member member = await _bed.CreateReadyGroupAsync(RecoveryAction.Drill);
        DisasterRecoveryDrill existing = await (
            await _bed.Client.Drills.StartCreateAsync(
                new CreateDisasterRecoveryDrillRequest(member.GroupId, "kept-drill") { DrillVpcId = drillVpc }
            )
        ).WaitForResourceAsync();

        ReadinessReport report = await _bed.CheckAsync(member.GroupId, RecoveryAction.Drill, drillVpc);

        ReadinessFinding blocker = report.Blockers.Should().ContainSingle().Subject;
        blocker.Check.Should().Be(ReadinessChecks.DrillVpc);
        blocker.ErrorCode.Should().Be("SDRS.1921");
        blocker.Message.Should().Contain(existing.Id).And.Contain(drillVpc);
        (await _bed.CheckAsync(member.GroupId, RecoveryAction.Drill, EmulatedIds.NewVpcId()))
            .Findings.Should()
            .BeEmpty("another VPC is free");
    }

    [Fact]
    public async Task CheckAsync_DrillVpcIdTheServiceRefuses_BlocksWithSdrs0204()
    {
        ReadinessTestBed.Member member = await _bed.CreateReadyGroupAsync(RecoveryAction.Drill);

        ReadinessReport report = await _bed.CheckAsync(member.GroupId, RecoveryAction.Drill, "not-a-vpc");

        ReadinessFinding blocker = report.Findings.Should().ContainSingle().Subject;
        blocker.Check.Should().Be(ReadinessChecks.DrillVpc);
        blocker.ErrorCode.Should().Be("SDRS.0204");
        blocker.Message.Should().Contain("not-a-vpc");
    }

    [Fact]
    public async Task CheckAsync_GroupThatDoesNotExist_BlocksWithSdrs1013AndReadsNothingElse()
    {
        string missing = Guid.NewGuid().ToString();

        ReadinessReport report = await _bed.CheckAsync(missing, RecoveryAction.Failover);

        ReadinessFinding blocker = report.Findings.Should().ContainSingle().Subject;
        blocker.Check.Should().Be(ReadinessChecks.GroupExists);
        blocker.Severity.Should().Be(ReadinessSeverity.Blocker);
        blocker.ErrorCode.Should().Be("SDRS.1013");
        blocker.ResourceId.Should().Be(missing);
        _bed.Emulator.Journal.Should().ContainSingle();
    }

    [Fact]
    public async Task CheckAsync_FailedTaskOfTheGroup_WarnsWithItsCodeAndLetsARetryRun()
    {
        ReadinessTestBed.Member member = await _bed.CreateReadyGroupAsync(RecoveryAction.EnableProtection);
        _bed.Emulator.FailNextJob(JobType.StartProtectionGroup);
        SdrsJobOperation start = await _bed.Client.ServerGroups.StartProtectionAsync(member.GroupId);
        await FluentActions.Awaiting(() => start.WaitForCompletionAsync()).Should().ThrowAsync<SdrsException>();

        ReadinessReport report = await _bed.CheckAsync(member.GroupId, RecoveryAction.EnableProtection);

        report.Verdict.Should().Be(ReadinessVerdict.ReadyWithWarnings, "error-starting accepts enabling again");
        ReadinessFinding warning = report.Findings.Should().ContainSingle().Subject;
        warning.Check.Should().Be(ReadinessChecks.FailedTasks);
        warning.ErrorCode.Should().Be("SDRS.1027");
        warning.HandlingMeasure.Should().NotBeNullOrEmpty();
        warning.ResourceId.Should().Be(member.GroupId);
        warning.Message.Should().Contain(start.Id!);
    }

    [Fact]
    public async Task CheckAsync_QuotaUsedUp_Warns()
    {
        using var bed = new ReadinessTestBed(options => options.ServerGroupQuota = 1);
        ReadinessTestBed.Member member = await bed.CreateReadyGroupAsync(RecoveryAction.EnableProtection);

        ReadinessReport report = await bed.CheckAsync(member.GroupId, RecoveryAction.EnableProtection);

        ReadinessFinding warning = report.Findings.Should().ContainSingle().Subject;
        warning.Check.Should().Be(ReadinessChecks.Quota);
        warning.Severity.Should().Be(ReadinessSeverity.Warning);
        warning.ErrorCode.Should().Be("SDRS.0305");
        warning.Message.Should().Contain("server_groups").And.Contain("1 of 1");
        report.Verdict.Should().Be(ReadinessVerdict.ReadyWithWarnings);
    }

    [Fact]
    public async Task CheckAsync_NoDrillInTheLast3Months_Warns()
    {
        ReadinessTestBed.Member drilled = await _bed.CreateReadyGroupAsync(RecoveryAction.Failover);
        ReadinessTestBed.Member never = await _bed.CreateAttachedGroupAsync();
        await _bed.ProtectAsync(never.GroupId);

        ReadinessReport fresh = await _bed.CheckAsync(drilled.GroupId, RecoveryAction.Failover);
        ReadinessReport untested = await _bed.CheckAsync(never.GroupId, RecoveryAction.Failover);
        _bed.Clock.Advance(TimeSpan.FromDays(60));
        ReadinessReport twoMonths = await _bed.CheckAsync(drilled.GroupId, RecoveryAction.Failover);
        _bed.Clock.Advance(TimeSpan.FromDays(35));
        ReadinessReport stale = await _bed.CheckAsync(drilled.GroupId, RecoveryAction.Failover);

        fresh.Findings.Should().BeEmpty();
        twoMonths.Findings.Should().BeEmpty();
        foreach (ReadinessReport report in new[] { untested, stale })
        {
            ReadinessFinding warning = report.Findings.Should().ContainSingle().Subject;
            warning.Check.Should().Be(ReadinessChecks.DrillAge);
            warning.Severity.Should().Be(ReadinessSeverity.Warning);
            warning.ErrorCode.Should().BeNull();
            warning.Message.Should().Contain(report.ServerGroupId);
            report.Verdict.Should().Be(ReadinessVerdict.ReadyWithWarnings);
        }

        stale.CheckedAt.Should().Be(ReadinessTestBed.Start.AddDays(95));
    }

    [Fact]
    public async Task CheckAsync_BlockersAndWarnings_ListsBlockersFirst()
    {
        ReadinessTestBed.Member member = await _bed.CreateAttachedGroupAsync(); // never drilled: a warning
        _bed.Emulator.FailNextJob(JobType.StartProtectionGroup);
        SdrsJobOperation start = await _bed.Client.ServerGroups.StartProtectionAsync(member.GroupId);
        await FluentActions.Awaiting(() => start.WaitForCompletionAsync()).Should().ThrowAsync<SdrsException>();

        ReadinessReport report = await _bed.CheckAsync(member.GroupId, RecoveryAction.Failover);

        report.Findings.Select(f => f.Check).Should().Contain(ReadinessChecks.FailedTasks);
        report.Findings.Select(f => f.Check).Should().Contain(ReadinessChecks.DrillAge);
        report.Findings.Should().HaveCount(3);
        report.Findings[0].Severity.Should().Be(ReadinessSeverity.Blocker);
        report.Findings[0].Check.Should().Be(ReadinessChecks.GroupStatus);
        report.Findings.Skip(1).Should().OnlyContain(f => f.Severity == ReadinessSeverity.Warning);
        report.Blockers.Should().ContainSingle();
        report.Warnings.Should().HaveCount(2);
    }

    [Fact]
    public async Task CheckAsync_BigGroup_ReadsAsMuchAsASmallOne()
    {
        ReadinessTestBed.Member small = await _bed.CreateReadyGroupAsync(RecoveryAction.EnableProtection);
        ReadinessTestBed.Member big = await _bed.CreateReadyGroupAsync(RecoveryAction.EnableProtection);
        for (int i = 0; i < 3; i++)
        {
            ProtectedInstance instance = await _bed.CreateInstanceAsync(big.GroupId);
            ReplicationPair pair = await _bed.CreatePairAsync(big.GroupId);
            await (await _bed.StartAttachAsync(instance.Id, pair.Id)).WaitForCompletionAsync();
        }

        int smallReads = await CountRequestsAsync(small.GroupId);
        int bigReads = await CountRequestsAsync(big.GroupId);

        bigReads.Should().Be(smallReads, "lists are filtered by the group, not read one resource at a time");
        smallReads.Should().BeLessThanOrEqualTo(8);
    }

    [Fact]
    public async Task CheckAsync_TransientFailureOfARead_IsRetriedByTheClient()
    {
        ReadinessTestBed.Member member = await _bed.CreateReadyGroupAsync(RecoveryAction.Failover);
        _bed.Emulator.InjectFault(
            SdrsFault.ServiceUnavailable(),
            count: 1,
            method: "GET",
            pathContains: "replications"
        );

        // The retry waits on the client's clock: the system's here (a token, since AK/SK signs with the clock).
        using SdrsClient client = _bed.Emulator.CreateClient(new StaticTokenCredential(_bed.Emulator.Token), options =>
            options.TimeProvider = TimeProvider.System
        );
        ReadinessReport report = await new ReadinessChecker(client, _bed.Clock).CheckAsync(
            new ReadinessRequest { ServerGroupId = member.GroupId, Action = RecoveryAction.Failover }
        );

        report.Findings.Should().BeEmpty();
        _bed.Emulator.Journal.Should().Contain(entry => entry.Fault != null);
    }

    private async Task<int> CountRequestsAsync(string groupId)
    {
        int before = _bed.Emulator.Journal.Count;
        await _bed.CheckAsync(groupId, RecoveryAction.EnableProtection);
        return _bed.Emulator.Journal.Count - before;
    }

    public void Dispose() => _bed.Dispose();
}
