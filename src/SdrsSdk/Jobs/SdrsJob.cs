using System.Text.Json.Serialization;
using SdrsSdk.Serialization;

namespace SdrsSdk;

/// <summary>
/// An SDRS job: the server-side execution of an asynchronous operation such as creating a protection group
/// (reference 5.1.1, <c>GET /v1/{project_id}/jobs/{job_id}</c>). Sub-jobs have the same shape.
/// </summary>
public sealed class SdrsJob
{
    /// <summary>Gets the job ID (<c>job_id</c>).</summary>
    [JsonPropertyName("job_id")]
    public string JobId
    {
        get;
        set => field = value ?? string.Empty;
    } = string.Empty;

    /// <summary>Gets the job type (<c>job_type</c>), for example <see cref="JobType.CreateProtectionGroup"/>.</summary>
    [JsonPropertyName("job_type")]
    public JobType JobType { get; set; }

    /// <summary>Gets the job status (<c>status</c>): INIT, RUNNING, SUCCESS or FAIL, or a value added later.</summary>
    [JsonPropertyName("status")]
    public JobStatus Status { get; set; }

    /// <summary>Gets the job's entities (<c>entities</c>): the IDs of what it acts on, and its sub-jobs.</summary>
    [JsonPropertyName("entities")]
    public SdrsJobEntities? Entities { get; set; }

    /// <summary>Gets when the job started (<c>begin_time</c>), in UTC.</summary>
    [JsonPropertyName("begin_time")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? BeginTime { get; set; }

    /// <summary>Gets when the job ended (<c>end_time</c>), in UTC; <see langword="null"/> while it runs.</summary>
    [JsonPropertyName("end_time")]
    [JsonConverter(typeof(SdrsTimestampConverter))]
    public DateTimeOffset? EndTime { get; set; }

    /// <summary>Gets the error code of a failed job (<c>error_code</c>), for example <c>SDRS.1035</c>.</summary>
    [JsonPropertyName("error_code")]
    public string? ErrorCode { get; set; }

    /// <summary>Gets the cause of a failed job (<c>fail_reason</c>).</summary>
    [JsonPropertyName("fail_reason")]
    public string? FailReason { get; set; }

    /// <summary>Gets the error message returned when the query itself failed (<c>message</c>).</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Gets the error code returned when the query itself failed (<c>code</c>).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    /// <summary>Gets the sub-jobs of this job; empty when it has none.</summary>
    [JsonIgnore]
    public IReadOnlyList<SdrsJob> SubJobs => Entities?.SubJobs ?? [];

    /// <summary>Gets the catalog entry (Appendix A.1) for <see cref="ErrorCode"/>, when the code is known.</summary>
    [JsonIgnore]
    public SdrsErrorInfo? ErrorInfo => SdrsErrorCatalog.TryGet(ErrorCode, out SdrsErrorInfo? info) ? info : null;

    /// <inheritdoc/>
    public override string ToString() => $"Job {JobId} ({JobType}): {Status}";
}
