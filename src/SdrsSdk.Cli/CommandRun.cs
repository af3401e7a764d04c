using System.CommandLine;
using SdrsSdk.Cli.Hosting;
using SdrsSdk.Cli.Output;

namespace SdrsSdk.Cli;

/// <summary>What a command's action works with: the parsed line, the client, the output and the job waiter.</summary>
internal sealed class CommandRun(
    CliContext context,
    ParseResult parse,
    ClientLease lease,
    OutputWriter output,
    CancellationToken cancellationToken
)
{
    public ParseResult Parse => parse;

    public SdrsClient Client => lease.Client;

    public OutputWriter Output => output;

    public CancellationToken CancellationToken => cancellationToken;

    public JobWaiter Jobs { get; } = new(context, lease, output, parse, cancellationToken);

    /// <summary>Gets the value of an argument or option.</summary>
    public T Get<T>(Argument<T> argument) => parse.GetValue(argument)!;

    /// <summary>Gets the value of an option (its default when absent).</summary>
    public T? Get<T>(Option<T> option) => parse.GetValue(option);
}
