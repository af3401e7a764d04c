using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>One page of failed tasks (reference 5.9.1).</summary>
public sealed class FailureJobPage
{
    /// <summary>Gets the failed tasks of this page (<c>failure_jobs</c>).</summary>
    [JsonPropertyName("failure_jobs")]
    public IReadOnlyList<FailureJob> FailureJobs { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Gets the number of failed tasks the service reports (<c>count</c>); <see langword="null"/> when the service did not report it (a walk
    /// then stops at the first short or empty page).
    /// </summary>
    [JsonPropertyName("count")]
    public int? Count { get; init; }
}
