using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>A failed task kept by the task center (reference 5.9.1, Table 5-73).</summary>
public sealed class FailureJob
{
    /// <summary>Gets the task status (<c>job_status</c>); the current API version only reports <see cref="JobStatus.Fail"/>.</summary>
    [JsonPropertyName("job_status")]
    public JobStatus JobStatus { get; init; }

    /// <summary>Gets the ID of the resource the task worked on (<c>resource_id</c>).</summary>
    [JsonPropertyName("resource_id")]
    public string? ResourceId { get; init; }

    /// <summary>Gets the name of the resource the task worked on (<c>resource_name</c>).</summary>
    [JsonPropertyName("resource_name")]
    public string? ResourceName { get; init; }

    /// <summary>Gets the kind of resource the task worked on (<c>resource_type</c>).</summary>
    [JsonPropertyName("resource_type")]
    public FailureJobResourceType ResourceType { get; init; }

    /// <summary>Gets what the task was doing when it failed (<c>failure_status</c>), for example <see cref="FailureStatus.CreateFail"/>.</summary>
    [JsonPropertyName("failure_status")]
    public FailureStatus FailureStatus { get; init; }

    /// <summary>Gets the ID of the failed task (<c>job_id</c>); pass it to <see cref="TaskCenterClient.DeleteFailedJobAsync"/>.</summary>
    [JsonPropertyName("job_id")]
    public string JobId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the task name (<c>job_type</c>), for example <c>createProtectedInstance</c>.</summary>
    [JsonPropertyName("job_type")]
    public JobType JobType { get; init; }

    /// <summary>Gets when the task started (<c>begin_time</c>), in UTC.</summary>
    [JsonPropertyName("begin_time")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? BeginTime { get; init; }

    /// <summary>Gets the error code of the failure (<c>error_code</c>), for example <c>EVS.2024</c>.</summary>
    [JsonPropertyName("error_code")]
    public string? ErrorCode { get; init; }

    /// <summary>Gets why the task failed (<c>fail_reason</c>).</summary>
    [JsonPropertyName("fail_reason")]
    public string? FailReason { get; init; }

    /// <summary>Gets the catalog entry (Appendix A.1) for <see cref="ErrorCode"/>, when the code is an SDRS code the SDK knows.</summary>
    [JsonIgnore]
    public SdrsErrorInfo? ErrorInfo => SdrsErrorCatalog.TryGet(ErrorCode, out SdrsErrorInfo? info) ? info : null;

    /// <inheritdoc/>
    public override string ToString() => $"Failed job {JobId} ({JobType}, {FailureStatus}) on {ResourceType} {ResourceName ?? ResourceId}: {ErrorCode}";
}
