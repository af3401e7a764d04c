using System.Text.Json.Serialization;
using SdrsSdk.Http.Internal;

namespace SdrsSdk.Jobs.Internal;

/// <summary>The body every asynchronous SDRS operation answers with: <c>{"job_id": "…"}</c>.</summary>
internal sealed class JobIdEnvelope : SdrsResponseCarrier, IJsonOnDeserialized
{
    // Not [JsonRequired]: OnDeserialized refuses a missing ID with the same message, and a required property costs
    // every read of this, the answer to every write, a tracking array.
    [JsonPropertyName("job_id")]
    public string JobId { get; set; } = null!;

    /// <summary>Refuses a job ID that is blank or not of the form of one: it goes into the next request's
    /// path.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        if (!JobIds.IsWellFormed(SdrsResponseReader.RequireText(JobId, "job_id")))
        {
            throw new SdrsResponseReader.UnreadableException(JobIds.NotAJobId(JobId));
        }
    }
}
