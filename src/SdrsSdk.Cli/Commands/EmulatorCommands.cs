using System.CommandLine;
using SdrsSdk.Cli.Hosting;
using SdrsSdk.Testing;

namespace SdrsSdk.Cli.Commands;

/// <summary><c>sdrs emulator serve</c>: the demo-world emulator as a long-lived process, so that a series of
/// <c>sdrs</c> commands (in another shell) share its state, which <c>--emulator</c> keeps for one command
/// only.</summary>
internal sealed class EmulatorCommands : ICommandGroup
{
    public IEnumerable<Command> Build(CliContext cli)
    {
        Option<FileInfo> envFile = new("--env-file")
        {
            Description =
                "Where to write the NAME=value settings that reach the emulator (they include its test "
                + "key, so they go to a file, not to the screen).",
            Required = true,
        };
        Command serve = cli.NewCommand(
                "serve",
                "Start the demo-world emulator and keep it running until Enter or Ctrl+C.",
                "sdrs emulator serve --env-file /tmp/sdrs.env"
            )
            .With(envFile);
        serve.SetAction(
            async (parse, cancellationToken) =>
            {
                SdrsEmulator emulator = SdrsEmulator.Start(DemoWorld.Options());
                await using (emulator.ConfigureAwait(false))
                {
                    await ServeAsync(cli, emulator, parse.GetValue(envFile)!.FullName, cancellationToken)
                        .ConfigureAwait(false);
                }

                return ExitCodes.Success;
            }
        );
        yield return cli.NewCommand(
                "emulator",
                "The embedded emulator as a process that keeps its state between commands.",
                "sdrs emulator serve --env-file /tmp/sdrs.env"
            )
            .With(serve);
    }

    private static async Task ServeAsync(
        CliContext cli,
        SdrsEmulator emulator,
        string path,
        CancellationToken cancellationToken
    )
    {
        using (SdrsClient client = emulator.CreateClient(configure: o => o.JobPolling = DemoWorld.FastPolling()))
        {
            await DemoWorld.SeedAsync(client, cancellationToken).ConfigureAwait(false);
        }

        await File.WriteAllLinesAsync(path, Settings(emulator), cancellationToken).ConfigureAwait(false);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        await cli
            .Stdout.WriteLineAsync(
                $"Emulator at {emulator.Endpoint} with the demo world. In another shell: "
                    + $"set -a; . {path}; set +a   then run sdrs without --emulator. Enter or Ctrl+C stops it."
            )
            .ConfigureAwait(false);
        await WaitForStopAsync(cli.Host.Stdin, cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<string> Settings(SdrsEmulator emulator) =>
        [
            $"SDRS_ENDPOINT={emulator.Endpoint}",
            "SDRS_ALLOW_INSECURE_HTTP=true",
            $"{SdrsCredential.ProjectIdVariable}={emulator.ProjectId}",
            $"{SdrsCredential.AccessKeyVariable}={emulator.AccessKey}",
            $"{SdrsCredential.SecretKeyVariable}={emulator.SecretKey}",
        ];

    private static async Task WaitForStopAsync(TextReader? stdin, CancellationToken cancellationToken)
    {
        Task stop = Task.Delay(Timeout.Infinite, cancellationToken);
        Task enter = stdin is null ? stop : stdin.ReadLineAsync(cancellationToken).AsTask();
        try
        {
            await Task.WhenAny(stop, enter).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: a normal way to stop the emulator.
        }
    }
}
