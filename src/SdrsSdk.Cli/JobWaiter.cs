using System.CommandLine;
using SdrsSdk.Cli.Hosting;
using SdrsSdk.Cli.Output;
using Spectre.Console;

namespace SdrsSdk.Cli;

/// <summary>
/// Starts-then-waits for the commands that run a job. By default it waits, showing progress on standard error: a
/// live status line (job status, sub-jobs, elapsed time) on a terminal, one plain line per change otherwise. With
/// <c>--no-wait</c> it prints the job ID (in JSON or YAML, <c>{"job_id": ...}</c>) and returns.
/// </summary>
internal sealed class JobWaiter(
    CliContext context,
    ClientLease lease,
    OutputWriter output,
    ParseResult parse,
    CancellationToken cancellationToken
)
{
    /// <summary>Runs a job without a typed result; prints the finished job.</summary>
    public async Task RunAsync(Task<SdrsJobOperation> start, JobOptions options)
    {
        SdrsJobOperation operation = await start.ConfigureAwait(false);
        if (ReturnsEarly(operation, options))
        {
            return;
        }

        SdrsJob job = await WaitAsync(operation.Id, options, (polling, progress) =>
                operation.WaitForCompletionAsync(polling, progress, cancellationToken)
            )
            .ConfigureAwait(false);
        output.WriteObject(job);
    }

    /// <summary>Runs a job that creates a resource; prints the resource.</summary>
    public async Task RunAsync<T>(Task<SdrsJobOperation<T>> start, JobOptions options)
        where T : class
    {
        SdrsJobOperation<T> operation = await start.ConfigureAwait(false);
        if (ReturnsEarly(operation, options))
        {
            return;
        }

        T resource = await WaitAsync(operation.Id, options, (polling, progress) =>
                operation.WaitForResourceAsync(polling, progress, cancellationToken)
            )
            .ConfigureAwait(false);
        output.WriteObject(resource);
    }

    /// <summary>Waits for a job started earlier (<c>sdrs jobs wait</c>); prints the finished job.</summary>
    public async Task ResumeAsync(string jobId, JobOptions options)
    {
        SdrsJob job = await WaitAsync(jobId, options, (polling, progress) =>
                lease.Client.Jobs.WaitAsync(jobId, polling, progress, cancellationToken)
            )
            .ConfigureAwait(false);
        output.WriteObject(job);
    }

    private bool ReturnsEarly(SdrsJobOperation operation, JobOptions options)
    {
        if (options.NoWait is null || !parse.GetValue(options.NoWait))
        {
            return false;
        }

        if (operation.Id is null)
        {
            // The SDK resolved an ambiguous write by looking at the resource: there is no job ID to hand out.
            context.Stderr.WriteLine($"No job ID to print ({operation.ResolutionEvidence}); waiting instead.");
            return false;
        }

        if (output.Format == OutputFormat.Table)
        {
            context.Stdout.WriteLine(operation.Id);
            context.Stderr.WriteLine($"Job {operation.Id} started; follow it with: sdrs jobs wait {operation.Id}");
        }
        else
        {
            output.WriteObject(new Dictionary<string, string> { ["job_id"] = operation.Id });
        }

        return true;
    }

    private async Task<TResult> WaitAsync<TResult>(
        string? jobId,
        JobOptions options,
        Func<JobPollingOptions?, IProgress<JobProgress>, Task<TResult>> wait
    )
    {
        JobPollingOptions? polling = lease.Polling?.Clone();
        if (parse.GetValue(options.Timeout) is { } timeout)
        {
            polling ??= new JobPollingOptions();
            polling.Timeout = timeout;
        }

        try
        {
            return await WaitWithProgressAsync(jobId, polling, wait).ConfigureAwait(false);
        }
        catch (SdrsJobFailedException e)
        {
            // The job's own record (error code, fail reason, sub-jobs) goes to standard output, as a success would.
            output.WriteObject(e.Job);
            throw;
        }
        catch (SdrsJobTimeoutException e) when (e.LastJob is not null)
        {
            output.WriteObject(e.LastJob);
            throw;
        }
    }

    private async Task<TResult> WaitWithProgressAsync<TResult>(
        string? jobId,
        JobPollingOptions? polling,
        Func<JobPollingOptions?, IProgress<JobProgress>, Task<TResult>> wait
    )
    {
        string label = $"Waiting for job {jobId ?? "(resolved by lookup)"}";
        if (!context.Host.Interactive)
        {
            JobProgress? last = null;
            return await wait(
                    polling,
                    new Reporter(progress =>
                    {
                        if (last is null || Changed(last, progress))
                        {
                            context.Stderr.WriteLine(progress.ToString());
                        }

                        last = progress;
                    })
                )
                .ConfigureAwait(false);
        }

        JobProgress? final = null;
        TResult result = await context
            .StderrConsole.Status()
            .StartAsync(label, status => wait(
                    polling,
                    new Reporter(progress =>
                    {
                        final = progress;
                        status.Status = Markup.Escape(progress.ToString());
                    })
                ))
            .ConfigureAwait(false);
        if (final is not null)
        {
            context.StderrConsole.MarkupLine($"[green]{Markup.Escape(final.ToString())}[/]");
        }

        return result;
    }

    private static bool Changed(JobProgress before, JobProgress now) =>
        before.Status != now.Status
        || before.SubJobsTotal != now.SubJobsTotal
        || before.SubJobsSucceeded != now.SubJobsSucceeded
        || before.SubJobsFailed != now.SubJobsFailed;

    /// <summary>Reports synchronously on the poller's thread (Progress&lt;T&gt; would post to the thread pool and
    /// could reorder the lines).</summary>
    private sealed class Reporter(Action<JobProgress> report) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => report(value);
    }
}
