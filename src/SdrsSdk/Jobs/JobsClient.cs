using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using SdrsSdk.Errors.Internal;
using SdrsSdk.Jobs.Internal;
using SdrsSdk.Operations.Internal;
using SdrsSdk.Resolution.Internal;

namespace SdrsSdk;

/// <summary>Reads SDRS jobs: the outcome of asynchronous operations (reference 5.1).</summary>
public partial class JobsClient
{
    private readonly IJobsApi _api;
    private readonly SecretScrubber _secrets;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance for mocking: a mocking library overrides the members it needs (an
    /// instance made this way sends nothing; <see cref="SdrsClient"/> builds the working one).</summary>
    protected JobsClient()
    {
        _api = null!;
        _secrets = null!;
        _time = null!;
        _logger = null!;
        Poller = null!;
    }

    internal JobsClient(
        IJobsApi api,
        TimeProvider time,
        ILogger logger,
        JobPollingOptions polling,
        SecretScrubber secrets
    )
    {
        _api = api;
        _secrets = secrets;
        _time = time;
        _logger = logger;

        // The poller retries in its own loop (bounded, age-proportional); its reads skip the pipeline's retry.
        Poller = new JobPoller(PollAsync, time, logger, polling);
    }

    internal JobPoller Poller { get; }

    /// <summary>
    /// Waits for a job by its ID: the way to pick up a job started earlier, even by another process (a runbook that
    /// stopped mid-failover resumes from the saved ID).
    /// </summary>
    /// <param name="jobId">The job ID an asynchronous operation returned.</param>
    /// <param name="polling">The schedule for this wait; <see langword="null"/> for the client's defaults.</param>
    /// <param name="progress">Receives a snapshot on every status change.</param>
    /// <param name="cancellationToken">Stops the wait (not the job).</param>
    /// <returns>The job, with status SUCCESS.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="jobId"/> is not of the form of a job ID: 1 to 64 ASCII letters, digits, '-' or '_'.
    /// </exception>
    /// <exception cref="SdrsJobFailedException">The job ended with FAIL.</exception>
    /// <exception cref="SdrsJobTimeoutException">The job did not end within the polling timeout.</exception>
    /// <exception cref="SdrsException">Reading the job failed for a reason that is not transient, or kept
    /// failing.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/jobs/{job_id}</c> (reference 5.1.1) on the polling schedule.</remarks>
    public virtual Task<SdrsJob> WaitAsync(
        string jobId,
        JobPollingOptions? polling = null,
        IProgress<JobProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        JobIds.RequireArgument(jobId, nameof(jobId));
        return Poller.WaitAsync(jobId, polling, progress, onRead: null, cancellationToken);
    }

    /// <summary>
    /// Gets the handle of a job started earlier, by its saved ID, as the start call returned it: nothing is sent
    /// again, and the handle's waits poll the job (in this process or another).
    /// </summary>
    /// <param name="jobId">The job ID the start call returned (<see cref="SdrsJobOperation.Id"/>).</param>
    /// <param name="expectedJobType">The job type the operation starts, as the start call's handle had it
    /// (<see cref="SdrsJobOperation.ExpectedJobType"/>).</param>
    /// <returns>The handle; it has read nothing yet.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="jobId"/> is not of the form of a job ID: 1 to 64 ASCII letters, digits, '-' or '_'.
    /// </exception>
    /// <remarks>For an operation that creates a resource, the resource client's <c>ResumeCreate</c> returns the
    /// typed handle (<see cref="SdrsJobOperation{T}"/>), whose <c>WaitForResourceAsync</c> returns the
    /// resource.</remarks>
    public virtual SdrsJobOperation Resume(string jobId, JobType expectedJobType)
    {
        JobIds.RequireArgument(jobId, nameof(jobId));
        return new SdrsJobOperation(this, jobId, expectedJobType);
    }

    /// <summary>The typed handle of a creation started earlier (the resource clients' <c>ResumeCreate</c>).</summary>
    internal SdrsJobOperation<T> Resume<T>(
        string jobId,
        SdrsOperation operation,
        string entityKey,
        Func<string, CancellationToken, Task<T>> read
    )
        where T : class
    {
        JobIds.RequireArgument(jobId, nameof(jobId));
        return new SdrsJobOperation<T>(this, jobId, operation.StartedJobType, entityKey, read);
    }

    /// <summary>Gets a job's status, entities and sub-jobs.</summary>
    /// <param name="jobId">The job ID an asynchronous operation returned.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="jobId"/> is not of the form of a job ID: 1 to 64 ASCII letters, digits, '-' or '_'.
    /// </exception>
    /// <exception cref="SdrsInvalidResponseException">The service answered with another job than the one asked
    /// for.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/jobs/{job_id}</c> (reference 5.1.1).</remarks>
    public virtual async Task<SdrsJob> GetAsync(string jobId, CancellationToken cancellationToken = default)
    {
        JobIds.RequireArgument(jobId, nameof(jobId));
        SdrsJob job = await _api.GetAsync(jobId, job => JobIds.CheckSame(job, jobId), cancellationToken)
            .ConfigureAwait(false);
        return Scrub(job);
    }

    /// <summary>
    /// Turns the <c>{"job_id": …}</c> answer of a write that starts a job into an operation handle. When the write
    /// fails in a way that may have reached the service (<see cref="SdrsException.MayHaveBeenApplied"/>), the outcome
    /// resolver reads back what the reference guarantees: applied, the handle follows the resource's status; provably
    /// not applied, the write is sent again through <c>send</c> (at most <see cref="MaxResends"/> times); unknown,
    /// <see cref="SdrsOutcomeUnknownException"/>.
    /// </summary>
    /// <remarks>
    /// <c>send</c> sends the write (the first time and every time again); <c>describe</c> adds the caller's arguments
    /// and path IDs to the request the resolver reads (operation and send time set); <c>state</c> holds what both
    /// need (the API, the body, the arguments), so that static lambdas allocate nothing unless the write fails.
    /// </remarks>
    internal Task<SdrsJobOperation> StartAsync<TState>(
        SdrsOperation operation,
        TState state,
        Func<TState, CancellationToken, Task<JobIdEnvelope>> send,
        Func<TState, SdrsWriteRequest, SdrsWriteRequest> describe,
        CancellationToken cancellationToken
    ) =>
        StartCoreAsync(
            operation,
            new WriteState<TState, object?>(state, send, describe, null),
            static (jobs, type, jobId, resolved, _) =>
                resolved is null
                    ? new SdrsJobOperation(jobs, jobId!, type)
                    : new SdrsJobOperation(jobs, type, resolved),
            entityKey: null,
            cancellationToken
        );

    /// <summary>
    /// Like the other <c>StartAsync</c>, for an operation that creates a resource: <paramref name="entityKey"/> names
    /// the job entity holding its ID, <paramref name="read"/> reads it.
    /// </summary>
    internal Task<SdrsJobOperation<T>> StartAsync<TState, T>(
        SdrsOperation operation,
        TState state,
        Func<TState, CancellationToken, Task<JobIdEnvelope>> send,
        Func<TState, SdrsWriteRequest, SdrsWriteRequest> describe,
        string entityKey,
        Func<string, CancellationToken, Task<T>> read,
        CancellationToken cancellationToken
    )
        where T : class =>
        StartCoreAsync(
            operation,
            new WriteState<TState, (string Key, Func<string, CancellationToken, Task<T>> Read)>(
                state,
                send,
                describe,
                (entityKey, read)
            ),
            static (jobs, type, jobId, resolved, entity) =>
                resolved is null
                    ? new SdrsJobOperation<T>(jobs, jobId!, type, entity.Key, entity.Read)
                    : new SdrsJobOperation<T>(jobs, type, resolved, entity.Read),
            entityKey,
            cancellationToken
        );

    /// <summary>How many times a write found not applied is sent again before its failure is thrown.</summary>
    internal const int MaxResends = 3;

    /// <summary>Gets or sets the resolver of ambiguous outcomes; <see langword="null"/> when the client's
    /// <see cref="SdrsClientOptions.ResolveAmbiguousWrites"/> is off.</summary>
    internal SdrsOutcomeResolver? Resolver { get; set; }

    /// <summary>Sends the write and makes the handle from its job ID; an ambiguous failure goes to
    /// <see cref="ResolveAsync"/>, kept apart so that the common path's state machine stays small.</summary>
    private async Task<THandle> StartCoreAsync<THandle, TState, TExtra>(
        SdrsOperation operation,
        WriteState<TState, TExtra> write,
        Func<JobsClient, JobType, string?, ResolvedHandle?, TExtra, THandle> create,
        string? entityKey,
        CancellationToken cancellationToken
    )
        where THandle : SdrsJobOperation
    {
        // The effect of any attempt, the first included, happened after this (give or take the clock skew).
        DateTimeOffset sentAt = _time.GetUtcNow();
        SdrsException? ambiguous;
        try
        {
            JobIdEnvelope answer = await write.Send(write.State, cancellationToken).ConfigureAwait(false);
            THandle started = create(this, operation.StartedJobType, answer.JobId, null, write.Extra);
            started.StartSource = answer.Source;
            return started;
        }
        catch (SdrsException failure)
            when (Resolver is not null && failure.MayHaveBeenApplied && !cancellationToken.IsCancellationRequested)
        {
            ambiguous = failure;
        }

        SdrsWriteRequest request = write.Describe(write.State, new SdrsWriteRequest(operation, sentAt));
        (JobIdEnvelope? resent, ResolvedHandle? resolved) = await ResolveAsync(
                ambiguous,
                request,
                write,
                entityKey,
                cancellationToken
            )
            .ConfigureAwait(false);
        THandle handle = create(this, operation.StartedJobType, resent?.JobId, resolved, write.Extra);
        handle.StartSource = resent?.Source;
        return handle;
    }

    /// <summary>
    /// Finds out whether a write that failed ambiguously took effect: applied, the effect to follow; provably not
    /// applied, the write sent again (at most <see cref="MaxResends"/> times, each failure resolved the same way),
    /// and the answer (its job ID and response); unknown, <see cref="SdrsOutcomeUnknownException"/>.
    /// </summary>
    private async Task<(JobIdEnvelope? Resent, ResolvedHandle? Resolved)> ResolveAsync<TState, TExtra>(
        SdrsException failure,
        SdrsWriteRequest request,
        WriteState<TState, TExtra> write,
        string? entityKey,
        CancellationToken cancellationToken
    )
    {
        for (int resends = 0; ; resends++)
        {
            SdrsOutcome outcome = await Resolver!
                .ResolveAsync(
                    request with
                    {
                        FailedAt = _time.GetUtcNow(),
                        RequestId = failure.RequestId,
                    },
                    cancellationToken
                )
                .ConfigureAwait(false);
            switch (outcome.Verdict)
            {
                case SdrsOutcomeVerdict.Applied:
                    return (null, ResolvedHandle.From(request.Operation, outcome, entityKey));
                case SdrsOutcomeVerdict.NotApplied when resends < MaxResends:
                    LogResending(_logger, request.Operation.Id, resends + 1, MaxResends, outcome.Evidence);
                    break;
                case SdrsOutcomeVerdict.NotApplied:
                    ExceptionDispatchInfo.Throw(failure);
                    break;
                default:
                    throw outcome.ToException(failure.Details, failure);
            }

            try
            {
                return (await write.Send(write.State, cancellationToken).ConfigureAwait(false), null);
            }
            catch (SdrsException again) when (again.MayHaveBeenApplied && !cancellationToken.IsCancellationRequested)
            {
                failure = again;
            }
        }
    }

    /// <summary>What a write needs to be sent and described: kept in the state machine, not allocated.</summary>
    private readonly record struct WriteState<TState, TExtra>(
        TState State,
        Func<TState, CancellationToken, Task<JobIdEnvelope>> Send,
        Func<TState, SdrsWriteRequest, SdrsWriteRequest> Describe,
        TExtra Extra
    );

    /// <summary>The job a resolved handle reports before its first read.</summary>
    internal SdrsJob InitialEffectJob(ResolvedHandle handle) => Scrub(handle.InitialJob);

    /// <summary>Reads the effect of a write found applied, as a job: what a resolved handle's waits poll.</summary>
    internal async Task<SdrsJob> ReadEffectAsync(ResolvedHandle handle, CancellationToken cancellationToken) =>
        Scrub(handle.AsJob(await handle.Effect.ReadStateAsync(cancellationToken).ConfigureAwait(false)));

    private async Task<SdrsJob> PollAsync(string jobId, CancellationToken cancellationToken) =>
        Scrub(
            await _api.PollAsync(jobId, noRetry: true, job => JobIds.CheckSame(job, jobId), cancellationToken)
                .ConfigureAwait(false)
        );

    /// <summary>
    /// Scrubs the texts of a job read (fail reasons and error codes, sub-jobs included) before they reach a log, an
    /// exception message (<see cref="SdrsJobFailedException"/>) or the caller: a service may echo a secret in them.
    /// </summary>
    private SdrsJob Scrub(SdrsJob job)
    {
        job.FailReason = _secrets.Scrub(job.FailReason);
        job.ErrorCode = _secrets.Scrub(job.ErrorCode);
        foreach (SdrsJob subJob in job.SubJobs)
        {
            Scrub(subJob);
        }

        return job;
    }

    [LoggerMessage(
        EventId = 5002,
        Level = LogLevel.Information,
        Message = "{Operation} did not take effect ({Evidence}); sending it again ({Resend} of at most {MaxResends})"
    )]
    private static partial void LogResending(
        ILogger logger,
        string operation,
        int resend,
        int maxResends,
        string evidence
    );
}
