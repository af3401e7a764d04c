using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using SdrsSdk.Diagnostics.Internal;
using SdrsSdk.Http.Internal;

namespace SdrsSdk.Jobs.Internal;

/// <summary>
/// Waits for an SDRS job: polls on a schedule that grows with the job's age, rides out transient failures (as
/// <see cref="SdrsRetryRule"/> defines them) within a bound, honours <c>Retry-After</c> up to
/// <see cref="JobPollingOptions.MaxRetryAfter"/>, checks that each answer is the job asked for, reports every status
/// change, and ends with the job (SUCCESS), <see cref="SdrsJobFailedException"/> (FAIL),
/// <see cref="SdrsJobTimeoutException"/> or <see cref="OperationCanceledException"/>. Each wait is traced
/// (<see cref="SdrsDiagnostics.JobWaitActivityName"/>) and measured (<c>sdrs.client.job.wait.duration</c> and
/// <c>sdrs.client.job.polls</c>, by job type and outcome).
/// </summary>
/// <remarks>Its own loop, not a retry policy: polling is periodic work, not recovery from failure.</remarks>
internal sealed partial class JobPoller
{
    private readonly Func<string, CancellationToken, Task<SdrsJob>> _read;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly JobPollingOptions _defaults;
    private readonly Random _random;

    /// <param name="read">Reads the job once.</param>
    /// <param name="time">The clock every wait uses.</param>
    /// <param name="logger">Where status changes and failures are logged.</param>
    /// <param name="defaults">The schedule when a call passes none.</param>
    /// <param name="random">The jitter's source: <see cref="Random.Shared"/> unless a simulation seeds its own.</param>
    public JobPoller(
        Func<string, CancellationToken, Task<SdrsJob>> read,
        TimeProvider time,
        ILogger logger,
        JobPollingOptions defaults,
        Random? random = null
    )
    {
        _read = read;
        _time = time;
        _logger = logger;
        _defaults = defaults;
        _random = random ?? Random.Shared;
    }

    public async Task<SdrsJob> WaitAsync(
        string jobId,
        JobPollingOptions? polling,
        IProgress<JobProgress>? progress,
        Action<SdrsJob>? onRead,
        CancellationToken cancellationToken,
        Func<CancellationToken, Task<SdrsJob>>? read = null
    )
    {
        JobPollingOptions options = polling ?? _defaults;
        options.Validate();
        cancellationToken.ThrowIfCancellationRequested();

        using Activity? activity = SdrsDiagnostics.ActivitySource.StartActivity(SdrsDiagnostics.JobWaitActivityName);
        activity?.SetTag("sdrs.job.id", jobId);
        long start = _time.GetTimestamp();
        TimeSpan delay = options.InitialDelay;
        SdrsJob? last = null;
        JobProgress? reported = null;
        int polls = 0;
        int failures = 0;

        // The wait's metrics: its outcome and every read it sent, answered or not.
        string outcome = SdrsMetrics.JobError;
        int reads = 0;

        // The polls' responses: the one that sees the job fail goes into the exception (status, request ID, path).
        using SdrsResponseCapture pollResponses = SdrsResponseCapture.Start();
        try
        {
            while (true)
            {
                delay = LimitToDeadline(options, delay, _time.GetElapsedTime(start));
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                }

                SdrsJob job;
                try
                {
                    reads++;
                    job = await (
                        read is null ? _read(jobId, cancellationToken) : read(cancellationToken)
                    ).ConfigureAwait(false);
                    failures = 0;
                }
                catch (Exception exception) when (SdrsTransientFailure.IsTransient(exception, cancellationToken))
                {
                    failures++;
                    TimeSpan elapsedNow = _time.GetElapsedTime(start);
                    if (failures > options.MaxConsecutiveTransientFailures)
                    {
                        LogGaveUp(_logger, jobId, failures, exception.GetType().Name);
                        activity?.SetStatus(ActivityStatusCode.Error, "transient failures exhausted");
                        ExceptionDispatchInfo.Throw(exception);
                    }

                    ThrowIfPastDeadline(options, jobId, last, elapsedNow, activity);
                    LogTransient(
                        _logger,
                        jobId,
                        failures,
                        options.MaxConsecutiveTransientFailures,
                        exception.GetType().Name,
                        (exception as SdrsException)?.Status ?? 0
                    );
                    TimeSpan? requested = (exception as SdrsException)?.Details.RetryAfter;
                    TimeSpan retryAfter = SdrsTransientFailure.Cap(requested, options.MaxRetryAfter);
                    if (requested is { } asked && asked > retryAfter)
                    {
                        LogRetryAfterCapped(_logger, jobId, asked.TotalSeconds, retryAfter.TotalSeconds);
                    }

                    TimeSpan next = Jitter(options, options.NextInterval(elapsedNow), _random);
                    delay = retryAfter > next ? retryAfter : next;
                    continue;
                }

                polls++;
                last = job;
                onRead?.Invoke(job);
                TimeSpan elapsed = _time.GetElapsedTime(start);
                JobProgress snapshot = JobProgress.From(job, elapsed, polls);
                if (reported is null || HasChanged(reported, snapshot))
                {
                    reported = snapshot;
                    LogStatusChange(
                        _logger,
                        jobId,
                        job.JobType,
                        job.Status,
                        snapshot.SubJobsSucceeded,
                        snapshot.SubJobsRunning,
                        snapshot.SubJobsFailed,
                        snapshot.SubJobsTotal,
                        elapsed.TotalSeconds
                    );
                    activity?.AddEvent(new ActivityEvent($"status {job.Status}"));
                    progress?.Report(snapshot);
                }

                if (job.Status == JobStatus.Success)
                {
                    activity?.SetTag("sdrs.job.polls", polls);
                    activity?.SetStatus(ActivityStatusCode.Ok);
                    outcome = SdrsMetrics.JobSucceeded;
                    return job;
                }

                if (job.Status == JobStatus.Fail)
                {
                    activity?.SetTag("sdrs.job.polls", polls);
                    activity?.SetStatus(ActivityStatusCode.Error, job.ErrorCode ?? "FAIL");
                    throw new SdrsJobFailedException(job, pollResponses.Last);
                }

                ThrowIfPastDeadline(options, jobId, last, elapsed, activity);
                delay = Jitter(options, options.NextInterval(elapsed), _random);
            }
        }
        catch (Exception exception)
        {
            outcome = exception switch
            {
                SdrsJobFailedException => SdrsMetrics.JobFailed,
                SdrsJobTimeoutException => SdrsMetrics.JobTimedOut,
                OperationCanceledException when cancellationToken.IsCancellationRequested => SdrsMetrics.JobCanceled,
                _ => SdrsMetrics.JobError,
            };
            throw;
        }
        finally
        {
            if (SdrsMetrics.JobWaitDuration.Enabled || SdrsMetrics.JobPolls.Enabled)
            {
                string jobType = last?.JobType.Value ?? SdrsMetrics.UnknownJobType;
                SdrsMetrics.RecordJobWait(jobType, outcome, reads, _time.GetElapsedTime(start));
            }
        }
    }

    private static bool HasChanged(JobProgress before, JobProgress now) =>
        before.Status != now.Status
        || before.SubJobsTotal != now.SubJobsTotal
        || before.SubJobsSucceeded != now.SubJobsSucceeded
        || before.SubJobsFailed != now.SubJobsFailed;

    private static TimeSpan LimitToDeadline(JobPollingOptions options, TimeSpan delay, TimeSpan elapsed)
    {
        if (options.Timeout == Timeout.InfiniteTimeSpan)
        {
            return delay;
        }

        TimeSpan remaining = options.Timeout - elapsed;
        return remaining < delay ? (remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero) : delay;
    }

    private static void ThrowIfPastDeadline(
        JobPollingOptions options,
        string jobId,
        SdrsJob? last,
        TimeSpan elapsed,
        Activity? activity
    )
    {
        if (options.Timeout != Timeout.InfiniteTimeSpan && elapsed >= options.Timeout)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "timeout");
            throw new SdrsJobTimeoutException(jobId, last, elapsed);
        }
    }

    private static TimeSpan Jitter(JobPollingOptions options, TimeSpan interval, Random random)
    {
        if (options.JitterRatio <= 0)
        {
            return interval;
        }

#pragma warning disable CA5394 // Jitter spreads polls over time; it needs no cryptographic randomness.
        double factor = 1 + (((random.NextDouble() * 2) - 1) * options.JitterRatio);
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(interval.TotalMilliseconds * factor);
    }

    [LoggerMessage(
        EventId = 2001,
        Level = LogLevel.Information,
        Message = "SDRS job {JobId} ({JobType}) is {Status} after {ElapsedSeconds:0.#} s; sub-jobs: "
            + "{SubJobsSucceeded} done, {SubJobsRunning} running, {SubJobsFailed} failed of {SubJobsTotal}"
    )]
    private static partial void LogStatusChange(
        ILogger logger,
        string jobId,
        JobType jobType,
        JobStatus status,
        int subJobsSucceeded,
        int subJobsRunning,
        int subJobsFailed,
        int subJobsTotal,
        double elapsedSeconds
    );

    [LoggerMessage(
        EventId = 2002,
        Level = LogLevel.Warning,
        Message = "Reading SDRS job {JobId} failed transiently ({Failures} of {MaxFailures} in a row allowed): "
            + "{ExceptionType} (HTTP {Status}); polling again"
    )]
    private static partial void LogTransient(
        ILogger logger,
        string jobId,
        int failures,
        int maxFailures,
        string exceptionType,
        int status
    );

    [LoggerMessage(
        EventId = 2003,
        Level = LogLevel.Error,
        Message = "Reading SDRS job {JobId} failed {Failures} times in a row ({ExceptionType}); giving up the wait "
            + "(the job itself may still be running)"
    )]
    private static partial void LogGaveUp(ILogger logger, string jobId, int failures, string exceptionType);

    [LoggerMessage(
        EventId = 2004,
        Level = LogLevel.Warning,
        Message = "Reading SDRS job {JobId}: the service asked to wait {RequestedSeconds:0.#} s (Retry-After); "
            + "polling again after at most {CappedSeconds:0.#} s (JobPollingOptions.MaxRetryAfter)"
    )]
    private static partial void LogRetryAfterCapped(
        ILogger logger,
        string jobId,
        double requestedSeconds,
        double cappedSeconds
    );
}
