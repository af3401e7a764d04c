namespace SdrsSdk.Testing.Internal.State;

/// <summary>Status values of Appendix A.2 to A.5 and the two sites.</summary>
internal static class Statuses
{
    public const string Creating = "creating";
    public const string Available = "available";
    public const string Protected = "protected";
    public const string Deleting = "deleting";
    public const string ErrorDeleting = "error-deleting";
    public const string Error = "error";
    public const string Starting = "starting";
    public const string ErrorStarting = "error-starting";
    public const string Reprotecting = "reprotecting";
    public const string ErrorReprotecting = "error-reprotecting";
    public const string Stopping = "stopping";
    public const string ErrorStopping = "error-stopping";
    public const string Reversing = "reversing";
    public const string ErrorReversing = "error-reversing";
    public const string FailingOver = "failing-over";
    public const string FailedOver = "failed-over";
    public const string ErrorFailingOver = "error-failing-over";
    public const string NicCreating = "nic-creating";
    public const string NicDeleting = "nic-deleting";
    public const string Resizing = "resizing";
    public const string ErrorResizing = "error-resizing";
    public const string Extending = "extending";
    public const string ErrorExtending = "error-extending";
    public const string Attaching = "attaching";
    public const string ErrorAttaching = "error-attaching";
    public const string Detaching = "detaching";
    public const string ErrorDetaching = "error-detaching";
    public const string Invalid = "invalid";
    public const string Fault = "fault";

    public const string Source = "source";
    public const string Target = "target";

    /// <summary>Statuses of an operation in progress: a resource in one of them takes no other operation.</summary>
    public static bool IsTransitional(string status) =>
        status
            is Creating
                or Deleting
                or Starting
                or Reprotecting
                or Stopping
                or Reversing
                or FailingOver
                or NicCreating
                or NicDeleting
                or Resizing
                or Extending
                or Attaching
                or Detaching;

    /// <summary>The <c>status_abnormal</c> query type: failed operations and broken resources.</summary>
    public static bool IsAbnormal(string status) =>
        status.StartsWith("error", StringComparison.Ordinal) || status is Invalid or Fault;

    public static string Opposite(string station) => station == Target ? Source : Target;

    /// <summary>The protection group statuses of Appendix A.2, the values of 5.4.2's <c>status</c> filter.</summary>
    public static readonly string[] OfGroups =
    [
        Creating,
        Available,
        Protected,
        Deleting,
        ErrorDeleting,
        Error,
        Starting,
        ErrorStarting,
        Reprotecting,
        ErrorReprotecting,
        Stopping,
        ErrorStopping,
        Reversing,
        ErrorReversing,
        FailingOver,
        FailedOver,
        ErrorFailingOver,
    ];

    /// <summary>The protected instance statuses of Appendix A.3, the values of 5.5.3's <c>status</c>
    /// filter.</summary>
    public static readonly string[] OfInstances =
    [
        .. OfGroups,
        NicCreating,
        NicDeleting,
        Resizing,
        ErrorResizing,
        Invalid,
        Fault,
    ];

    /// <summary>The replication pair statuses of Appendix A.4, the values of 5.6.3's <c>status</c> filter.</summary>
    public static readonly string[] OfPairs =
    [
        .. OfGroups,
        Extending,
        ErrorExtending,
        Invalid,
        Fault,
        Attaching,
        Detaching,
        ErrorAttaching,
        ErrorDetaching,
    ];

    /// <summary>The DR drill statuses of Appendix A.5, the values of 5.7.3's <c>status</c> filter.</summary>
    public static readonly string[] OfDrills = [Creating, Available, Deleting, ErrorDeleting, Error];
}

/// <summary>Job types of reference 5.1.1 (and the sub-job types the service reports).</summary>
internal static class JobTypes
{
    public const string CreateProtectionGroup = "createProtectionGroupNoCG";
    public const string DeleteProtectionGroup = "deleteProtectionGroupNoCG";
    public const string StartProtectionGroup = "startProtectionGroupNoCG";
    public const string ReprotectProtectionGroup = "reprotectProtectionGroupNoCG";
    public const string StopProtectionGroup = "stopProtectionGroupNoCG";
    public const string FailoverProtectionGroup = "failoverProtectionGroupNoCG";
    public const string ReverseProtectionGroup = "reverseProtectionGroupNoCG";
    public const string CreateProtectedInstance = "createProtectedInstanceNoCG";
    public const string DeleteProtectedInstance = "deleteProtectedInstanceNoCG";
    public const string AttachReplicationPair = "attachReplicationPairNew";
    public const string DetachReplicationPair = "detachReplicationPairNew";
    public const string AddNic = "addNicNew";
    public const string DeleteNic = "deleteNicNew";
    public const string ResizeProtectedInstance = "resizeProtectedInstanceNew";
    public const string CreateReplicationPair = "createReplicationPairNoCG";
    public const string DeleteReplicationPair = "deleteReplicationPairNoCG";
    public const string ExpandReplicationPair = "expandReplicationPairNew";
    public const string CreateDrill = "createDisasterRecoveryDrill";
    public const string DeleteDrill = "deleteDisasterRecoveryDrill";

    /// <summary>The per-replication-pair sub-job of a protection group action, as 5.1.1's example shows
    /// (<c>stopProtectionGroupRepNoCG</c>).</summary>
    public static string PairSubJob(string groupJobType) =>
        groupJobType.EndsWith("NoCG", StringComparison.Ordinal) ? groupJobType[..^4] + "RepNoCG" : groupJobType + "Rep";

    /// <summary>The task center's failure status of a job type (reference 5.9.1).</summary>
    public static string FailureStatus(string jobType) =>
        jobType switch
        {
            CreateProtectionGroup or CreateProtectedInstance or CreateReplicationPair or CreateDrill => "createFail",
            DeleteProtectionGroup or DeleteProtectedInstance or DeleteReplicationPair or DeleteDrill => "deleteFail",
            StartProtectionGroup => "startFail",
            ReprotectProtectionGroup => "reprotectFail",
            StopProtectionGroup => "stopFail",
            FailoverProtectionGroup => "failoverFail",
            ReverseProtectionGroup => "reverseFail",
            AttachReplicationPair or AddNic => "attachFail",
            DetachReplicationPair or DeleteNic => "detachFail",
            ResizeProtectedInstance => "resizeFail",
            ExpandReplicationPair => "expandFail",
            _ => "createFail",
        };

    /// <summary>The failure statuses of reference 5.9.1, the values of its <c>failure_status</c> filter.</summary>
    public static readonly string[] FailureStatuses =
    [
        "createFail",
        "deleteFail",
        "attachFail",
        "detachFail",
        "expandFail",
        "resizeFail",
        "startFail",
        "stopFail",
        "reverseFail",
        "failoverFail",
        "reprotectFail",
    ];

    /// <summary>The error code a job of this type fails with when the test names none (Appendix A.1).</summary>
    public static string DefaultErrorCode(string jobType) =>
        jobType switch
        {
            CreateProtectionGroup => "SDRS.1014",
            DeleteProtectionGroup => "SDRS.1016",
            StartProtectionGroup => "SDRS.1027",
            ReprotectProtectionGroup => "SDRS.1032",
            StopProtectionGroup => "SDRS.1028",
            FailoverProtectionGroup => "SDRS.1030",
            ReverseProtectionGroup => "SDRS.1029",
            CreateProtectedInstance => "SDRS.1350",
            DeleteProtectedInstance => "SDRS.1351",
            AttachReplicationPair => "SDRS.1821",
            DetachReplicationPair => "SDRS.1822",
            AddNic => "SDRS.1312",
            DeleteNic => "SDRS.1313",
            ResizeProtectedInstance => "SDRS.1329",
            CreateReplicationPair => "SDRS.1609",
            DeleteReplicationPair => "SDRS.1607",
            ExpandReplicationPair => "SDRS.1820",
            CreateDrill => "SDRS.1922",
            DeleteDrill => "SDRS.1923",
            _ => "SDRS.0405",
        };
}
