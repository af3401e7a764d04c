using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

/// <summary><c>sdrs jobs</c>: read a job, or wait for one started with <c>--no-wait</c> (JobsClient).</summary>
internal sealed class JobsCommands : ICommandGroup
{
    public IEnumerable<Command> Build(CliContext cli)
    {
        Command jobs = cli.NewCommand("jobs", "Jobs: show one, or wait for one to end.", "sdrs jobs wait ID", "job");
        Argument<string> showId = JobId();
        Command show = cli.NewCommand(
            "show",
            "Show a job's status, entities and sub-jobs.",
            "sdrs jobs show " + ExampleJobId,
            "get"
        );
        show.Add(showId);
        cli.SetAction(show, async run =>
            run.Output.WriteObject(
                await run.Client.Jobs.GetAsync(run.Get(showId), run.CancellationToken).ConfigureAwait(false)
            )
        );
        jobs.Add(show);

        Argument<string> waitId = JobId();
        Command wait = cli.NewCommand(
            "wait",
            "Wait for a job to end, with progress, then show it (exit code 5 when it failed).",
            "sdrs jobs wait " + ExampleJobId + " --timeout 30m"
        );
        wait.Add(waitId);
        JobOptions options = JobOptions.AddTo(wait, withNoWait: false);
        cli.SetAction(wait, run => run.Jobs.ResumeAsync(run.Get(waitId), options));
        jobs.Add(wait);
        yield return jobs;
    }

    private const string ExampleJobId = "0000000062d5a4660162d5bec39f0002";

    private static Argument<string> JobId() => Shared.Id("job-id", "Job ID (as printed by --no-wait).");
}
