namespace SdrsSdk;

/// <summary>
/// Waiting for an SDRS job took longer than <see cref="JobPollingOptions.Timeout"/>. The job itself may still be
/// running: keep <see cref="JobId"/> and resume with <see cref="JobsClient.WaitAsync"/>.
/// </summary>
public sealed class SdrsJobTimeoutException : SdrsException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="lastJob">The job as last read, or <see langword="null"/> when no read succeeded.</param>
    /// <param name="elapsed">How long the wait ran.</param>
    public SdrsJobTimeoutException(string jobId, SdrsJob? lastJob, TimeSpan elapsed)
        : base(
            new SdrsErrorDetails { ErrorMessage = "The wait for the job timed out." },
            $"Waiting for SDRS job {jobId} timed out after {elapsed:hh\\:mm\\:ss}; its last known status was "
                + $"{(lastJob is null ? "unknown" : lastJob.Status.ToString())}. The job may still be running: "
                + $"resume with client.Jobs.WaitAsync(\"{jobId}\").",
            null
        )
    {
        JobId = jobId;
        LastJob = lastJob;
        Elapsed = elapsed;
    }

    /// <summary>Gets the job ID, to resume the wait.</summary>
    public string JobId { get; }

    /// <summary>Gets the job as last read, or <see langword="null"/> when no read succeeded.</summary>
    public SdrsJob? LastJob { get; }

    /// <summary>Gets the last known status, or <see langword="null"/> when no read succeeded.</summary>
    public JobStatus? LastStatus => LastJob?.Status;

    /// <summary>Gets how long the wait ran.</summary>
    public TimeSpan Elapsed { get; }
}
