using System.Diagnostics;
using SdrsSdk.Jobs.Internal;

namespace SdrsSdk;

/// <summary>
/// An asynchronous SDRS operation in progress: the server accepted the request and returned a job ID, and the
/// outcome arrives later through <c>GET /v1/{project_id}/jobs/{job_id}</c> (reference 5.1.1).
/// </summary>
/// <remarks>
/// <para>
/// Keep <see cref="Id"/> somewhere durable: <see cref="JobsClient.GetAsync"/> picks the job up again from it, even
/// from another process.
/// </para>
/// <para>
/// <b>A handle resolved by lookup.</b> When the request may have reached the service but its answer was lost (a
/// dropped connection, a 502/503/504 or a timeout after sending), the SDK reads back what the reference guarantees
/// (see <see cref="SdrsClientOptions.ResolveAmbiguousWrites"/>). If the write took effect, the job ID is gone (SDRS
/// lists no jobs), so the handle follows the resource's status instead: <see cref="IsResolvedByLookup"/> is
/// <see langword="true"/>, <see cref="Id"/> is <see langword="null"/>, <see cref="ResolutionEvidence"/> says what was
/// found, and the waits work as usual on jobs rebuilt from the resource's status (<see cref="SdrsJob.JobId"/> empty;
/// RUNNING in a transitional status, SUCCESS in the status the operation leads to, FAIL in an error status).
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public class SdrsJobOperation
{
    private readonly JobsClient _jobs;
    private readonly ResolvedHandle? _resolved;

    /// <summary>Initializes a new instance for mocking: a mocking library overrides the members it needs (see also
    /// <see cref="SdrsModelFactory.JobOperation(SdrsJob, SdrsResponse?)"/>, a handle of a given job without a mocking
    /// library).</summary>
    protected SdrsJobOperation()
    {
        _jobs = null!;
    }

    /// <summary>A handle of a given job, which reads nothing (<see cref="SdrsModelFactory"/>).</summary>
    internal SdrsJobOperation(SdrsJob job)
    {
        _jobs = null!;
        Id = job.JobId;
        ExpectedJobType = job.JobType;
        Job = job;
    }

    internal SdrsJobOperation(JobsClient jobs, string id, JobType expectedJobType)
    {
        _jobs = jobs;
        Id = id;
        ExpectedJobType = expectedJobType;
    }

    /// <summary>A handle for a write whose answer was lost and which the SDK found applied.</summary>
    internal SdrsJobOperation(JobsClient jobs, JobType expectedJobType, ResolvedHandle resolved)
    {
        _jobs = jobs;
        ExpectedJobType = expectedJobType;
        _resolved = resolved;
        Job = jobs.InitialEffectJob(resolved);
    }

    /// <summary>
    /// Gets the job ID the server returned (<c>job_id</c>); <see langword="null"/> when the answer was lost and the
    /// outcome was resolved by lookup (<see cref="IsResolvedByLookup"/>).
    /// </summary>
    public virtual string? Id { get; }

    /// <summary>
    /// Gets the response that carried the job ID: the status, headers and request ID of the call that started the
    /// job (what a support ticket about it quotes); <see langword="null"/> for a handle resumed from a saved job ID, a
    /// handle resolved by lookup (<see cref="IsResolvedByLookup"/>: that answer was lost), or one made for a test
    /// without a response.
    /// </summary>
    public virtual SdrsResponse? StartResponse
    {
        get
        {
            if (field is null && StartSource is { } source)
            {
                field = SdrsResponse.From(source);
                StartSource = null;
            }

            return field;
        }
        internal set;
    }

    /// <summary>The response that carried the job ID, made into <see cref="StartResponse"/> when first asked
    /// for.</summary>
    internal HttpResponseMessage? StartSource { get; set; }

    /// <summary>
    /// Gets a value indicating whether the server's answer was lost and the SDK found, by reading the resources back,
    /// that the write took effect: the handle then follows the resource's status instead of a job.
    /// </summary>
    public virtual bool IsResolvedByLookup => _resolved is not null;

    /// <summary>Gets what the SDK read back to resolve the outcome, when <see cref="IsResolvedByLookup"/>; otherwise
    /// <see langword="null"/>.</summary>
    public virtual string? ResolutionEvidence => _resolved?.Evidence;

    /// <summary>Gets the job type the operation starts, for example <see
    /// cref="JobType.CreateProtectionGroup"/>.</summary>
    public virtual JobType ExpectedJobType { get; }

    /// <summary>Gets the job as last read by <see cref="UpdateStatusAsync"/>, or <see langword="null"/> before the
    /// first read.</summary>
    public virtual SdrsJob? Job { get; private set; }

    /// <summary>Gets the last known status; <see langword="null"/> before the first read.</summary>
    public virtual JobStatus? Status => Job?.Status;

    /// <summary>Gets a value indicating whether the job has ended (SUCCESS or FAIL) as of the last read.</summary>
    public virtual bool HasCompleted => Job?.Status.IsTerminal == true;

    /// <summary>Reads the job once and records its status.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job as the server reports it now.</returns>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/jobs/{job_id}</c> (reference 5.1.1).</remarks>
    public virtual async Task<SdrsJob> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        if (_jobs is null)
        {
            return Given();
        }

        SdrsJob job = _resolved is null
            ? await _jobs.GetAsync(Id!, cancellationToken).ConfigureAwait(false)
            : await _jobs.ReadEffectAsync(_resolved, cancellationToken).ConfigureAwait(false);
        Job = job;
        return job;
    }

    /// <summary>
    /// Waits until the job ends: returns it when it succeeds, throws <see cref="SdrsJobFailedException"/> (with every
    /// failed sub-job) when it fails, and <see cref="SdrsJobTimeoutException"/> (with the job ID, to resume) when the
    /// wait times out. Transient failures while polling are ridden out within
    /// <see cref="JobPollingOptions.MaxConsecutiveTransientFailures"/>.
    /// </summary>
    /// <param name="polling">The schedule for this wait; <see langword="null"/> for the client's defaults.</param>
    /// <param name="progress">Receives a snapshot on every status change, for progress display.</param>
    /// <param name="cancellationToken">Stops the wait (not the job) with <see
    /// cref="OperationCanceledException"/>.</param>
    /// <returns>The job, with status SUCCESS.</returns>
    /// <exception cref="SdrsJobFailedException">The job ended with FAIL.</exception>
    /// <exception cref="SdrsJobTimeoutException">The job did not end within the polling timeout.</exception>
    /// <exception cref="SdrsException">Reading the job failed for a reason that is not transient, or kept
    /// failing.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/jobs/{job_id}</c> (reference 5.1.1) on the polling schedule.</remarks>
    public virtual Task<SdrsJob> WaitForCompletionAsync(
        JobPollingOptions? polling = null,
        IProgress<JobProgress>? progress = null,
        CancellationToken cancellationToken = default
    ) =>
        _jobs is null ? WaitForGivenAsync(cancellationToken)
        : _resolved is null ? _jobs.Poller.WaitAsync(Id!, polling, progress, job => Job = job, cancellationToken)
        : _jobs.Poller.WaitAsync(
            "(resolved by lookup) " + _resolved.Operation.Id,
            polling,
            progress,
            job => Job = job,
            cancellationToken,
            token => _jobs.ReadEffectAsync(_resolved, token)
        );

    /// <summary>The job of a handle made by <see cref="SdrsModelFactory"/>.</summary>
    private SdrsJob Given() =>
        Job
        ?? throw new InvalidOperationException(
            "This handle was made for mocking without a job: override its members with a mocking library, or make "
                + "it with SdrsModelFactory.JobOperation."
        );

    /// <summary>The wait of a handle made by <see cref="SdrsModelFactory"/>: its job as it ended.</summary>
    private Task<SdrsJob> WaitForGivenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        SdrsJob job = Given();
        if (job.Status == JobStatus.Fail)
        {
            return Task.FromException<SdrsJob>(new SdrsJobFailedException(job));
        }

        return job.Status == JobStatus.Success
            ? Task.FromResult(job)
            : Task.FromException<SdrsJob>(
                new InvalidOperationException(
                    $"A handle from SdrsModelFactory waits only for a job that has ended; this one is {job.Status}."
                )
            );
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"Job {Id ?? "(resolved by lookup)"} ({ExpectedJobType}): {Status?.ToString() ?? "not read yet"}";
}
