using System.Text.Json.Nodes;
using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal.Jobs;

/// <summary>
/// The jobs, their progression (INIT, RUNNING, then SUCCESS or FAIL, by polls or by time) and the task center's
/// failed tasks. Callers hold the emulator's lock.
/// </summary>
internal sealed class JobBook
{
    private readonly EmulatorState _state;
    private readonly Dictionary<string, JobRecord> _jobs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<PlannedFailure>> _plannedFailures = new(StringComparer.Ordinal);

    public JobBook(EmulatorState state)
    {
        _state = state;
    }

    public List<FailureRecord> Failures { get; } = [];

    private SdrsEmulatorOptions Options => _state.Options;

    private DateTimeOffset Now => _state.Now;

    /// <summary>Registers a job that starts now; a failure planned for its type is attached to it.</summary>
    public JobRecord Start(string type, FailureTarget? target)
    {
        var job = new JobRecord(Wire.NewJobId(), type, Now) { Target = target };
        if (
            _plannedFailures.TryGetValue(type, out Queue<PlannedFailure>? queue)
            && queue.TryDequeue(out PlannedFailure? failure)
        )
        {
            job.PlannedFailure = failure;
        }

        _jobs.Add(job.Id, job);
        return job;
    }

    /// <summary>Adds a sub-job to a job that has not started running.</summary>
    public static SubJobRecord AddSubJob(JobRecord job, string type)
    {
        var subJob = new SubJobRecord(Wire.NewJobId(), type);
        job.SubJobs.Add(subJob);
        return subJob;
    }

    public void PlanFailure(string jobType, string errorCode, string failReason)
    {
        if (!_plannedFailures.TryGetValue(jobType, out Queue<PlannedFailure>? queue))
        {
            queue = new Queue<PlannedFailure>();
            _plannedFailures.Add(jobType, queue);
        }

        queue.Enqueue(new PlannedFailure(errorCode, failReason));
    }

    /// <summary>Answers a poll of a job (5.1.1): counts it, moves the job on, and renders it.</summary>
    public JsonObject Poll(string jobId)
    {
        if (!_jobs.TryGetValue(jobId, out JobRecord? job))
        {
            throw new EmulatorException("SDRS.0408", $"job {jobId} does not exist", status: 404);
        }

        job.Polls++;
        Advance(job);
        return ResourceJson.Job(job);
    }

    /// <summary>With a <see cref="SdrsEmulatorOptions.JobDuration"/>, ends the jobs whose time has come, read or
    /// not.</summary>
    public void AdvanceByTime()
    {
        if (Options.JobDuration is null)
        {
            return;
        }

        foreach (JobRecord job in _jobs.Values.Where(job => !job.IsTerminal).ToList())
        {
            Advance(job);
        }
    }

    /// <summary>Ends every job still running, now.</summary>
    public int CompleteAll()
    {
        List<JobRecord> pending = _jobs.Values.Where(job => !job.IsTerminal).ToList();
        pending.ForEach(Finish);
        return pending.Count;
    }

    private void Advance(JobRecord job)
    {
        if (job.IsTerminal)
        {
            return;
        }

        if (Options.JobDuration is { } duration)
        {
            TimeSpan elapsed = Now - job.BeginTime;
            if (elapsed >= duration)
            {
                Finish(job);
            }
            else if (elapsed >= duration / 2)
            {
                EnterRunning(job);
            }

            return;
        }

        if (job.Polls <= Options.JobInitPolls)
        {
            return;
        }

        if (job.Polls <= Options.JobInitPolls + Options.JobRunningPolls)
        {
            EnterRunning(job);
        }
        else
        {
            Finish(job);
        }
    }

    /// <summary>INIT to RUNNING: the first half of the sub-jobs are done by now, so progress is visible.</summary>
    private void EnterRunning(JobRecord job)
    {
        if (job.Status != JobStates.Init)
        {
            return;
        }

        job.Status = JobStates.Running;
        job.RunningSince = Now;
        for (int i = 0; i < job.SubJobs.Count / 2; i++)
        {
            Succeed(job.SubJobs[i]);
        }
    }

    private void Finish(JobRecord job)
    {
        EnterRunning(job);
        if (job.PlannedFailure is { } failure)
        {
            Fail(job, failure.ErrorCode, failure.FailReason);
        }
        else
        {
            foreach (SubJobRecord subJob in job.SubJobs.Where(subJob => !subJob.IsTerminal))
            {
                Succeed(subJob);
            }

            job.OnSuccess?.Invoke();
            job.Status = JobStates.Success;
            job.EndTime = Now;
        }
    }

    /// <summary>A failing job: its sub-jobs succeed but the last, which fails; the task center records the
    /// failure.</summary>
    private void Fail(JobRecord job, string errorCode, string failReason)
    {
        SubJobRecord? failed = job.SubJobs.Count > 0 ? job.SubJobs[^1] : null;
        foreach (SubJobRecord subJob in job.SubJobs.Where(subJob => !subJob.IsTerminal && subJob != failed))
        {
            Succeed(subJob);
        }

        if (failed is not null)
        {
            failed.OnFailure?.Invoke(errorCode, failReason);
            failed.Status = JobStates.Fail;
            failed.EndTime = Now;
            failed.ErrorCode = errorCode;
            failed.FailReason = failReason;
        }

        job.OnFailure?.Invoke(errorCode, failReason);
        job.Status = JobStates.Fail;
        job.EndTime = Now;
        job.ErrorCode = errorCode;
        job.FailReason = failReason;

        (string id, string type, FailureTarget? target) = failed?.Target is { } subTarget
            ? (failed.Id, failed.Type, subTarget)
            : (job.Id, job.Type, job.Target);
        if (target is not null)
        {
            Failures.Add(
                new FailureRecord
                {
                    JobId = id,
                    JobType = type,
                    BeginTime = job.BeginTime,
                    ErrorCode = errorCode,
                    FailReason = failReason,
                    Target = target,
                    Sequence = _state.NextSequence(),
                }
            );
        }
    }

    private void Succeed(SubJobRecord subJob)
    {
        subJob.OnSuccess?.Invoke();
        subJob.Status = JobStates.Success;
        subJob.EndTime = Now;
    }
}
