namespace SdrsSdk.RecoveryPlans.Readiness.Internal;

/// <summary>
/// The checks that need nothing but the state already read: the group, its protected instances and its replication
/// pairs, judged against one <see cref="ActionRule"/>.
/// </summary>
internal static class StateChecks
{
    public static void Group(ActionRule rule, ServerGroup group, List<ReadinessFinding> findings)
    {
        string status = group.Status.Value ?? string.Empty;
        if (!rule.GroupStatuses.Contains(status, StringComparer.Ordinal))
        {
            string seen = ResourceStatuses.Classify(status) switch
            {
                StatusKind.Transitional => $"is '{status}' (an operation is running on it)",
                StatusKind.Unknown => $"has the status '{status}', which the reference does not list",
                _ => $"is '{status}'",
            };
            findings.Add(
                Findings.Blocker(
                    ReadinessChecks.GroupStatus,
                    $"Protection group {group.Id} {seen}; {rule.Operation} needs "
                        + string.Join(" or ", rule.GroupStatuses)
                        + ".",
                    rule.StatusCode,
                    group.Id
                )
            );
        }

        if (rule.ProductionSiteBefore is { } before && group.PriorityStation != before)
        {
            findings.Add(
                Findings.Blocker(
                    ReadinessChecks.ProductionSite,
                    $"Protection group {group.Id} has '{group.PriorityStation?.Value ?? "none"}' as its production "
                        + $"site (priority_station); {rule.Operation} moves away from '{before.Value}'.",
                    ActionRules.WrongDirectionCode,
                    group.Id
                )
            );
        }
    }

    public static void Members(
        ActionRule rule,
        ServerGroup group,
        IReadOnlyList<ProtectedInstance> instances,
        IReadOnlyList<ReplicationPair> pairs,
        List<ReadinessFinding> findings
    )
    {
        if (rule.NoPairsCode is { } noPairs && pairs.Count == 0)
        {
            findings.Add(
                Findings.Blocker(
                    ReadinessChecks.ReplicationPairs,
                    $"Protection group {group.Id} has no replication pairs; {rule.Operation} needs them.",
                    noPairs,
                    group.Id
                )
            );
        }

        if (rule.Action == RecoveryAction.Drill && instances.Count == 0)
        {
            findings.Add(
                Findings.Warning(
                    ReadinessChecks.EmptyGroup,
                    $"Protection group {group.Id} has no protected instances: the drill would start no server.",
                    null,
                    group.Id
                )
            );
        }

        if (rule.DetachedCode is { } detached)
        {
            Attachments(rule, detached, instances, pairs, findings);
        }

        foreach (ProtectedInstance instance in instances)
        {
            Member(
                rule,
                "Protected instance",
                instance.Id,
                instance.Status.Value,
                ActionRules.AbnormalInstanceCode,
                findings
            );
        }

        foreach (ReplicationPair pair in pairs)
        {
            Member(rule, "Replication pair", pair.Id, pair.Status.Value, ActionRules.AbnormalPairCode, findings);
        }
    }

    /// <summary>For a drill: the drill VPC must not be one of the group's (SDRS.1907).</summary>
    public static void DrillVpcOfGroup(ServerGroup group, string drillVpcId, List<ReadinessFinding> findings)
    {
        if (
            string.Equals(drillVpcId, group.SourceVpcId, StringComparison.Ordinal)
            || string.Equals(drillVpcId, group.TargetVpcId, StringComparison.Ordinal)
        )
        {
            findings.Add(
                Findings.Blocker(
                    ReadinessChecks.DrillVpc,
                    $"Drill VPC {drillVpcId} is the VPC of protection group {group.Id}; "
                        + "a drill needs a VPC of its own.",
                    ActionRules.DrillVpcOfGroupCode,
                    drillVpcId
                )
            );
        }
    }

    private static void Attachments(
        ActionRule rule,
        string code,
        IReadOnlyList<ProtectedInstance> instances,
        IReadOnlyList<ReplicationPair> pairs,
        List<ReadinessFinding> findings
    )
    {
        // Both sides report the attachment (5.5.3 Table 5-20, 5.6.3 Table 5-42): an instance counts as served when
        // either does.
        var servedInstances = new HashSet<string>(StringComparer.Ordinal);
        foreach (ReplicationPair pair in pairs)
        {
            if (ResourceStatuses.Classify(pair.Status.Value) == StatusKind.Transitional)
            {
                // Being attached or detached: the member-status blocker says so; the attachment is not known yet.
                continue;
            }

            var attachedTo = pair
                .Attachment.Select(attachment => attachment.ProtectedInstance)
                .Where(id => !string.IsNullOrEmpty(id))
                .ToList();
            attachedTo.ForEach(id => servedInstances.Add(id!));
            if (attachedTo.Count == 0 && !instances.Any(instance => AttachedOnInstance(instance, pair.Id)))
            {
                findings.Add(
                    Findings.Blocker(
                        ReadinessChecks.Attachment,
                        $"Replication pair {pair.Id} is attached to no protected instance; {rule.Operation} needs "
                            + "every pair attached.",
                        code,
                        pair.Id
                    )
                );
            }
        }

        foreach (ProtectedInstance instance in instances)
        {
            if (
                !servedInstances.Contains(instance.Id)
                && !instance.Attachment.Any(a => !string.IsNullOrEmpty(a.Replication))
            )
            {
                findings.Add(
                    Findings.Blocker(
                        ReadinessChecks.Attachment,
                        $"Protected instance {instance.Id} has no replication pair attached; {rule.Operation} would "
                            + "bring up its server without disks.",
                        code,
                        instance.Id
                    )
                );
            }
        }
    }

    private static bool AttachedOnInstance(ProtectedInstance instance, string pairId) =>
        instance.Attachment.Any(attachment => string.Equals(attachment.Replication, pairId, StringComparison.Ordinal));

    private static void Member(
        ActionRule rule,
        string noun,
        string id,
        string? status,
        string abnormalCode,
        List<ReadinessFinding> findings
    )
    {
        ReadinessFinding? finding = ResourceStatuses.Classify(status) switch
        {
            StatusKind.Transitional => Findings.Blocker(
                ReadinessChecks.MemberStatus,
                $"{noun} {id} is '{status}': an operation is still running on it.",
                ActionRules.CurrentStateCode,
                id
            ),
            StatusKind.Broken => Findings.Blocker(
                ReadinessChecks.MemberStatus,
                $"{noun} {id} is '{status}': a failed operation or a deleted server or disk must be dealt with first.",
                abnormalCode,
                id
            ),
            StatusKind.SyncFault when rule.AbnormalSyncBlocks => Findings.Blocker(
                ReadinessChecks.MemberStatus,
                $"{noun} {id} is '{status}' (its replication is abnormal); {rule.Operation} could lose data.",
                abnormalCode,
                id
            ),
            StatusKind.SyncFault => Findings.Warning(
                ReadinessChecks.MemberStatus,
                $"{noun} {id} is '{status}' (its replication is abnormal).",
                null,
                id
            ),
            StatusKind.Unknown => Findings.Warning(
                ReadinessChecks.MemberStatus,
                $"{noun} {id} has the status '{status}', which the reference does not list; check it by hand.",
                null,
                id
            ),
            _ => null,
        };
        if (finding is not null)
        {
            findings.Add(finding);
        }
    }
}
