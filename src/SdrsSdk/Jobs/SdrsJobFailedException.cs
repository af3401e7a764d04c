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
        : base(Describe(job), BuildMessage(job), null)
    {
        Job = job;
        FailedSubJobs = CollectFailed(job).ToList();
    }

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

    private static SdrsErrorDetails Describe(SdrsJob job) =>
        new()
        {
            Status = 200,
            ErrorCode = job.ErrorCode
                ?? CollectFailed(job).Select(sub => sub.ErrorCode).FirstOrDefault(code => code is not null),
            ErrorMessage = job.FailReason,
        };

    private static string BuildMessage(SdrsJob job)
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

        return text.ToString().TrimEnd(';');
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
