using System.Text.Json.Serialization;
using SdrsSdk.Http.Internal;

namespace SdrsSdk;

/// <summary>One page of failed tasks (reference 5.9.1).</summary>
public sealed class FailureJobPage : SdrsPage
{
    /// <summary>Gets or sets the failed tasks of this page (<c>failure_jobs</c>).</summary>
    [JsonRequired]
    [JsonPropertyName("failure_jobs")]
    public IReadOnlyList<FailureJob> FailureJobs
    {
        get;
        set => field = value ?? [];
    } = [];

    /// <summary>
    /// Gets or sets the number of failed tasks the service reports (<c>count</c>); <see langword="null"/> when the
    /// service did not report it.
    /// </summary>
    [JsonPropertyName("count")]
    public int? Count { get; set; }

    /// <inheritdoc/>
    public override string ToString() => SdrsPageText.Describe(FailureJobs.Count, Count, "failed task(s)");
}
