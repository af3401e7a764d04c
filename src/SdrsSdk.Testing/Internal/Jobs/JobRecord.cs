using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal.Jobs;

/// <summary>
/// An asynchronous job (reference 5.1.1). Its effects on the resources are callbacks that run when it ends:
/// <see cref="OnSuccess"/> makes the change land, <see cref="OnFailure"/> leaves the resources in an error status.
/// </summary>
internal sealed class JobRecord
{
    public JobRecord(string id, string type, DateTimeOffset beginTime)
    {
        Id = id;
        Type = type;
        BeginTime = beginTime;
    }

    public string Id { get; }

    public string Type { get; }

    public DateTimeOffset BeginTime { get; }

    public DateTimeOffset? RunningSince { get; set; }

    public DateTimeOffset? EndTime { get; set; }

    public string Status { get; set; } = JobStates.Init;

    public int Polls { get; set; }

    /// <summary>The entities besides <c>sub_jobs</c>, in wire order.</summary>
    public List<KeyValuePair<string, string>> Entities { get; } = [];

    public List<SubJobRecord> SubJobs { get; } = [];

    public Action? OnSuccess { get; set; }

    public Action<string, string>? OnFailure { get; set; }

    /// <summary>The resource the task center names when the job fails.</summary>
    public FailureTarget? Target { get; set; }

    /// <summary>Set by <c>FailNextJob</c>: the job ends FAIL with this code and reason.</summary>
    public PlannedFailure? PlannedFailure { get; set; }

    public string? ErrorCode { get; set; }

    public string? FailReason { get; set; }

    public bool IsTerminal => Status is JobStates.Success or JobStates.Fail;

    public JobRecord WithEntity(string key, string value)
    {
        Entities.Add(new(key, value));
        return this;
    }
}

/// <summary>A sub-job (reference 5.1.1, Table 5-1): shaped like its parent, ended by it.</summary>
internal sealed class SubJobRecord
{
    public SubJobRecord(string id, string type)
    {
        Id = id;
        Type = type;
    }

    public string Id { get; }

    public string Type { get; }

    public string Status { get; set; } = JobStates.Init;

    public DateTimeOffset? EndTime { get; set; }

    public string? ErrorCode { get; set; }

    public string? FailReason { get; set; }

    public List<KeyValuePair<string, string>> Entities { get; } = [];

    public Action? OnSuccess { get; set; }

    public Action<string, string>? OnFailure { get; set; }

    public FailureTarget? Target { get; set; }

    public bool IsTerminal => Status is JobStates.Success or JobStates.Fail;
}

/// <summary>How a job planned by <c>FailNextJob</c> fails.</summary>
internal sealed record PlannedFailure(string ErrorCode, string FailReason);

/// <summary>Job statuses of reference 5.1.1.</summary>
internal static class JobStates
{
    public const string Init = "INIT";
    public const string Running = "RUNNING";
    public const string Success = "SUCCESS";
    public const string Fail = "FAIL";
}
