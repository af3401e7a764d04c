using System.Text.Json.Serialization;

namespace SdrsSdk.Jobs;

/// <summary>The body every asynchronous SDRS operation answers with: <c>{"job_id": "…"}</c>.</summary>
internal sealed class JobReference
{
    [JsonPropertyName("job_id")]
    public string? JobId { get; set; }
}
