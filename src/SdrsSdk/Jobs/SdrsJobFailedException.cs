using System.Globalization;
using System.Text;

namespace SdrsSdk;

/// <summary>
/// An SDRS job ended with FAIL. Carries the job's error code and fail reason, the catalog entry for the code, and
/// every failed sub-job (the parent often reports only the first failure).
/// </summary>
public sealed class SdrsJobFailedException : SdrsException
{
    /// <summary>Initializes a new instance for a failed job.</summary>
    /// <param name="job">The job as last read, with status FAIL.</param>
    public SdrsJobFailedException(SdrsJob job)
        : this(job, null) { }

    /// <summary>Initializes a new instance for a failed job, with the response of the poll that saw the
    /// failure.</summary>
    /// <param name="job">The job as last read, with status FAIL.</param>
    /// <param name="pollResponse">The response of the read that saw the job failed: its status, request ID, method
    /// and path become the exception's (<see cref="SdrsException.Status"/>, <see cref="SdrsException.RequestId"/>,
    /// <see cref="SdrsException.Method"/>, <see cref="SdrsException.Path"/>).</param>
    public SdrsJobFailedException(SdrsJob job, SdrsResponse? pollResponse)
        : base(Describe(job, pollResponse), BuildMessage(job, pollResponse), null)
    {
        Job = job;
        PollResponse = pollResponse;
        FailedSubJobs = CollectFailed(job).ToList();
    }

    /// <summary>Gets the response of the poll that saw the job failed (<c>GET jobs/{job_id}</c>, or the resource
    /// read of a handle resolved by lookup); <see langword="null"/> when the exception was made without one.</summary>
    public SdrsResponse? PollResponse { get; }

    /// <summary>Gets the failed job as last read.</summary>
    public SdrsJob Job { get; }

    /// <summary>Gets the job ID.</summary>
    public string JobId => Job.JobId;

    /// <summary>Gets the job type.</summary>
    public JobType JobType => Job.JobType;

    /// <summary>Gets the job's fail reason (<c>fail_reason</c>).</summary>
    public string? FailReason => Job.FailReason;

    /// <summary>Gets every failed sub-job, at any depth, in the order the service listed them.</summary>
    public IReadOnlyList<SdrsJob> FailedSubJobs { get; }

    private static SdrsErrorDetails Describe(SdrsJob job, SdrsResponse? poll) =>
        new()
        {
            Status = poll?.Status ?? 200,
            RequestId = poll?.RequestId,
            Method = poll?.Method,
            Path = poll?.Path,
            ErrorCode = job.ErrorCode
                ?? CollectFailed(job).Select(sub => sub.ErrorCode).FirstOrDefault(code => code is not null),
            ErrorMessage = job.FailReason,
        };

    private static string BuildMessage(SdrsJob job, SdrsResponse? poll)
    {
        ArgumentNullException.ThrowIfNull(job);
        var text = new StringBuilder($"SDRS job {job.JobId} ({job.JobType}) failed");
        if (job.ErrorCode is not null)
        {
            text.Append(" with ").Append(job.ErrorCode);
        }

        text.Append(job.FailReason is null ? "." : $": {job.FailReason.TrimEnd('.')}.");
        if (job.ErrorInfo is { } info)
        {
            AppendAdvice(text, info, job.FailReason);
        }

        List<SdrsJob> failed = CollectFailed(job).ToList();
        if (failed.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" {failed.Count} sub-job(s) failed:");
            foreach (SdrsJob sub in failed)
            {
                text.Append(' ').Append(sub.JobId).Append(" (").Append(sub.JobType).Append(')');
                if (sub.ErrorCode is not null)
                {
                    text.Append(' ').Append(sub.ErrorCode);
                }

                if (sub.FailReason is not null)
                {
                    text.Append(": ").Append(sub.FailReason.TrimEnd('.'));
                }

                text.Append(';');
            }
        }

        string message = text.ToString().TrimEnd(';');
        return poll is null
            ? message
            : message
                + (message.EndsWith('.') ? "" : ".")
                + $" Seen by {poll.Method} {poll.Path} (HTTP {poll.Status.ToString(CultureInfo.InvariantCulture)}"
                + (poll.RequestId is null ? ")." : $", request ID {poll.RequestId}).");
    }

    private static IEnumerable<SdrsJob> CollectFailed(SdrsJob job)
    {
        foreach (SdrsJob sub in job.SubJobs)
        {
            if (sub.Status == JobStatus.Fail)
            {
                yield return sub;
            }

            foreach (SdrsJob nested in CollectFailed(sub))
            {
                yield return nested;
            }
        }
    }
}
