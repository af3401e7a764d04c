using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal;

/// <summary>
/// The filters the lists of a protection group's members share, protected instances (5.5.3) and replication pairs
/// (5.6.3): the group (<c>server_group_ids</c> over <c>server_group_id</c>), <c>name</c>, <c>status</c>,
/// <c>availability_zone</c> and <c>query_type</c>.
/// </summary>
internal sealed class MemberFilter
{
    private readonly List<string>? _groupIds;
    private readonly string? _groupId;
    private readonly string? _status;
    private readonly string? _name;
    private readonly string? _availabilityZone;
    private readonly bool _abnormalOnly;

    private MemberFilter(HttpExchange request, EmulatorState state, string[] statuses)
    {
        _groupIds = Filters.IdList(request, "server_group_ids", "SDRS.0207", state);
        _groupId = _groupIds is null ? Filters.ResourceId(request, "server_group_id", "SDRS.0207", state) : null;
        _status = Filters.Status(request, statuses);
        _name = request.QueryValue("name");
        _availabilityZone = request.QueryValue("availability_zone");
        _abnormalOnly = Filters.AbnormalOnly(request);
    }

    /// <summary>Gets a value indicating whether the request names a group (<c>server_group_ids</c> or
    /// <c>server_group_id</c>).</summary>
    public bool NamesGroup => _groupIds is not null || _groupId is not null;

    /// <summary>Reads and checks the filters.</summary>
    /// <param name="request">The list request.</param>
    /// <param name="state">The state, for the options and the groups.</param>
    /// <param name="statuses">The statuses the <c>status</c> filter takes (Appendix A.3 or A.4).</param>
    public static MemberFilter Read(HttpExchange request, EmulatorState state, string[] statuses) =>
        new(request, state, statuses);

    /// <summary>Gets a value indicating whether a member of a group matches.</summary>
    public bool Matches(ResourceRecord member, string serverGroupId, EmulatorState state) =>
        (_groupIds is null || _groupIds.Contains(serverGroupId))
        && (_groupId is null || serverGroupId == _groupId)
        && (_status is null || member.Status == _status)
        && Paging.NameMatches(member.Name, _name)
        && (
            _availabilityZone is null
            || (
                state.Groups.TryGetValue(serverGroupId, out ServerGroupRecord? group)
                && group.CurrentProductionAvailabilityZone == _availabilityZone
            )
        )
        && (!_abnormalOnly || Statuses.IsAbnormal(member.Status));
}
