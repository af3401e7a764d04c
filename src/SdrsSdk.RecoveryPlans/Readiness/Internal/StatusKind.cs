namespace SdrsSdk.RecoveryPlans.Readiness.Internal;

/// <summary>What a status of Appendix A.2 to A.4 says about whether the resource can take an action.</summary>
internal enum StatusKind
{
    /// <summary>At rest: <c>available</c>, <c>protected</c>, <c>failed-over</c>, or the failure of a group action
    /// (<c>error-starting</c> …), which the group's own status list decides about.</summary>
    Settled,

    /// <summary>An operation is running (<c>starting</c>, <c>attaching</c>, …): the service refuses other
    /// actions.</summary>
    Transitional,

    /// <summary>Broken: creation, deletion, attachment, resizing or expansion failed, or a server or disk was deleted
    /// behind the service's back (<c>invalid</c>).</summary>
    Broken,

    /// <summary>The replication of the resource is abnormal (<c>fault</c>).</summary>
    SyncFault,

    /// <summary>A value the reference does not list (the status sets are open).</summary>
    Unknown,
}
