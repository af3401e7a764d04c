using System.Collections;
using SdrsSdk.Cli;

// The process entry point: the real console and environment. Everything else lives in SdrsCli, which tests call
// in-process with their own writers, environment and client.
bool interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
IDictionary environment = Environment.GetEnvironmentVariables();
return await SdrsCli
    .InvokeAsync(
        args,
        Console.Out,
        Console.Error,
        environment,
        new CliHost
        {
            Interactive = interactive,
            Stdin = Console.In,
            HandlesSignals = true,
        }
    )
    .ConfigureAwait(false);
