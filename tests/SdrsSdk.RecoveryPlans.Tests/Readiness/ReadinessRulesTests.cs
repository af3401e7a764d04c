using System.Reflection;
using SdrsSdk.RecoveryPlans.Readiness.Internal;

namespace SdrsSdk.RecoveryPlans.Tests.Readiness;

/// <summary>
/// The rule table and the status checks on states the emulator cannot produce (deleted servers, abnormal
/// replication, status values the reference does not list).
/// </summary>
public sealed class ReadinessRulesTests
{
    /// <summary>The SDK's known protection group statuses: Appendix A.2.</summary>
    private static readonly string[] GroupStatusesOfAppendixA2 =
    [
        .. typeof(ServerGroupStatus)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.PropertyType == typeof(ServerGroupStatus))
            .Select(property => ((ServerGroupStatus)property.GetValue(null)!).Value),
    ];

    [Fact]
    public void ActionRules_EveryAction_HasOneRowWithStatusesOfAppendixA2AndCatalogCodes()
    {
        ActionRules.All.Select(rule => rule.Action).Should().BeEquivalentTo(Enum.GetValues<RecoveryAction>());
        foreach (ActionRule rule in ActionRules.All)
        {
            rule.GroupStatuses.Should().NotBeEmpty().And.BeSubsetOf(GroupStatusesOfAppendixA2);
            rule.GroupStatuses.Should().OnlyContain(status => ResourceStatuses.Classify(status) == StatusKind.Settled);
            foreach (string? code in new[] { rule.StatusCode, rule.NoPairsCode, rule.DetachedCode }.OfType<string>())
            {
                SdrsErrorCatalog.TryGet(code, out _).Should().BeTrue($"{code} of {rule.Action} is in Appendix A.1");
            }
        }
    }

    [Fact]
    public void ResourceStatuses_EveryStatusOfAppendixA2_IsKnown()
    {
        GroupStatusesOfAppendixA2.Should().HaveCount(17);

        GroupStatusesOfAppendixA2
            .Should()
            .OnlyContain(status => ResourceStatuses.Classify(status) != StatusKind.Unknown);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hibernating")]
    [InlineData("Protected")]
    public void ResourceStatuses_ValueTheReferenceDoesNotList_IsUnknown(string? status) =>
        ResourceStatuses.Classify(status).Should().Be(StatusKind.Unknown);

    [Fact]
    public void Group_StatusTheReferenceDoesNotList_BlocksWithTheActionsCode()
    {
        var findings = new List<ReadinessFinding>();

        StateChecks.Group(ActionRules.For(RecoveryAction.Failover), Group("hibernating"), findings);

        ReadinessFinding blocker = findings.Should().ContainSingle().Subject;
        blocker.Severity.Should().Be(ReadinessSeverity.Blocker);
        blocker.ErrorCode.Should().Be("SDRS.1022");
        blocker.Message.Should().Contain("'hibernating'").And.Contain("does not list");
    }

    [Fact]
    public void Group_WithoutStatus_BlocksWithoutThrowing()
    {
        var findings = new List<ReadinessFinding>();

        StateChecks.Group(ActionRules.For(RecoveryAction.Drill), new ServerGroup { Id = "g" }, findings);

        findings.Should().ContainSingle().Which.ErrorCode.Should().Be("SDRS.1002");
    }

    [Theory]
    [InlineData(RecoveryAction.Failover)]
    [InlineData(RecoveryAction.DisableProtection)]
    [InlineData(RecoveryAction.Drill)]
    public void Members_InstanceWhoseServerWasDeleted_BlocksWithSdrs1314(RecoveryAction action)
    {
        List<ReadinessFinding> findings = CheckMembers(action, instanceStatus: "invalid", pairStatus: "protected");

        ReadinessFinding blocker = findings.Should().ContainSingle().Subject;
        blocker.Check.Should().Be(ReadinessChecks.MemberStatus);
        blocker.ErrorCode.Should().Be("SDRS.1314");
        blocker.ResourceId.Should().Be("instance-1");
        blocker.Message.Should().Contain("'invalid'");
    }

    [Theory]
    [InlineData(RecoveryAction.Failover, ReadinessSeverity.Warning, null)]
    [InlineData(RecoveryAction.Drill, ReadinessSeverity.Warning, null)]
    [InlineData(RecoveryAction.PlannedFailover, ReadinessSeverity.Blocker, "SDRS.0214")]
    [InlineData(RecoveryAction.Failback, ReadinessSeverity.Blocker, "SDRS.0214")]
    public void Members_PairWithAbnormalReplication_BlocksOnlyAPlannedSwitch(
        RecoveryAction action,
        ReadinessSeverity severity,
        string? code
    )
    {
        List<ReadinessFinding> findings = CheckMembers(action, instanceStatus: "protected", pairStatus: "fault");

        ReadinessFinding finding = findings.Should().ContainSingle().Subject;
        finding.Severity.Should().Be(severity);
        finding.ErrorCode.Should().Be(code);
        finding.ResourceId.Should().Be("pair-1");
        finding.Message.Should().Contain("'fault'");
    }

    [Fact]
    public void Members_StatusTheReferenceDoesNotList_Warns()
    {
        List<ReadinessFinding> findings = CheckMembers(
            RecoveryAction.Failover,
            instanceStatus: "quarantined",
            pairStatus: "protected"
        );

        ReadinessFinding warning = findings.Should().ContainSingle().Subject;
        warning.Severity.Should().Be(ReadinessSeverity.Warning);
        warning.ErrorCode.Should().BeNull();
        warning.Message.Should().Contain("instance-1").And.Contain("'quarantined'");
    }

    [Fact]
    public void Members_AttachmentReportedOnlyByTheInstance_Counts()
    {
        var findings = new List<ReadinessFinding>();
        var instance = new ProtectedInstance
        {
            Id = "instance-1",
            Status = "protected",
            Attachment = [new ProtectedInstanceAttachment { Replication = "pair-1", Device = "/dev/vda" }],
        };

        StateChecks.Members(
            ActionRules.For(RecoveryAction.Failover),
            Group("protected"),
            [instance],
            [new ReplicationPair { Id = "pair-1", Status = "protected" }],
            findings
        );

        findings.Should().BeEmpty();
    }

    [Fact]
    public void Sorted_MixedFindings_PutsBlockersFirstAndKeepsTheOrderWithin()
    {
        ReadinessFinding w1 = Findings.Warning("a", "w1", null, null);
        ReadinessFinding b1 = Findings.Blocker("b", "b1", "SDRS.1002", null);
        ReadinessFinding w2 = Findings.Warning("c", "w2", null, null);
        ReadinessFinding b2 = Findings.Blocker("d", "b2", "SDRS.9999", null);

        IReadOnlyList<ReadinessFinding> sorted = Findings.Sorted([w1, b1, w2, b2]);

        sorted.Should().Equal(b1, b2, w1, w2);
        b2.Description.Should().BeNull("a code outside the catalog has no description");
        b1.Description.Should().NotBeNullOrEmpty();
    }

    private static ServerGroup Group(string status) =>
        new()
        {
            Id = "group-1",
            Status = status,
            PriorityStation = PriorityStation.Source,
        };

    private static List<ReadinessFinding> CheckMembers(RecoveryAction action, string instanceStatus, string pairStatus)
    {
        var findings = new List<ReadinessFinding>();
        var instance = new ProtectedInstance { Id = "instance-1", Status = instanceStatus };
        var pair = new ReplicationPair
        {
            Id = "pair-1",
            Status = pairStatus,
            Attachment = [new ReplicationPairAttachment { ProtectedInstance = "instance-1", Device = "/dev/vda" }],
        };
        StateChecks.Members(ActionRules.For(action), Group("protected"), [instance], [pair], findings);
        return findings;
    }
}
