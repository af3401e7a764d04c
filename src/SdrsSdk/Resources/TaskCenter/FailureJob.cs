using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>A failed task kept by the task center (reference 5.9.1, Table 5-73).</summary>
public sealed class FailureJob
{
    /// <summary>Gets the task status (<c>job_status</c>); the current API version only reports <see
    /// cref="JobStatus.Fail"/>.</summary>
    [JsonPropertyName("job_status")]
    public JobStatus JobStatus { get; set; }

    /// <summary>Gets the ID of the resource the task worked on (<c>resource_id</c>).</summary>
    [JsonPropertyName("resource_id")]
    public string? ResourceId { get; set; }

    /// <summary>Gets the name of the resource the task worked on (<c>resource_name</c>).</summary>
    [JsonPropertyName("resource_name")]
    public string? ResourceName { get; set; }

    /// <summary>Gets the kind of resource the task worked on (<c>resource_type</c>).</summary>
    [JsonPropertyName("resource_type")]
    public FailureJobResourceType ResourceType { get; set; }

    /// <summary>Gets what the task was doing when it failed (<c>failure_status</c>), for example <see
    /// cref="FailureStatus.CreateFail"/>.</summary>
    [JsonPropertyName("failure_status")]
    public FailureStatus FailureStatus { get; set; }

    /// <summary>Gets the ID of the failed task (<c>job_id</c>); pass it to <see
    /// cref="TaskCenterClient.DeleteFailedJobAsync"/>.</summary>
    [JsonPropertyName("job_id")]
    public string JobId
    {
        get;
        set => field = value ?? string.Empty;
    } = string.Empty;

    /// <summary>Gets the task name (<c>job_type</c>), for example <c>createProtectedInstance</c>.</summary>
    [JsonPropertyName("job_type")]
    public JobType JobType { get; set; }

    /// <summary>Gets when the task started (<c>begin_time</c>), in UTC.</summary>
    [JsonPropertyName("begin_time")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? BeginTime { get; set; }

    /// <summary>Gets the error code of the failure (<c>error_code</c>), for example <c>EVS.2024</c>.</summary>
    [JsonPropertyName("error_code")]
    public string? ErrorCode { get; set; }

    /// <summary>Gets why the task failed (<c>fail_reason</c>).</summary>
    [JsonPropertyName("fail_reason")]
    public string? FailReason { get; set; }

    /// <summary>Gets the catalog entry (Appendix A.1) for <see cref="ErrorCode"/>, when the code is an SDRS code the
    /// SDK knows.</summary>
    [JsonIgnore]
    public SdrsErrorInfo? ErrorInfo => SdrsErrorCatalog.TryGet(ErrorCode, out SdrsErrorInfo? info) ? info : null;

    /// <inheritdoc/>
    public override string ToString() =>
        $"Failed job {JobId} ({JobType}, {FailureStatus}) on {ResourceType} {ResourceName ?? ResourceId}: {ErrorCode}";
}
