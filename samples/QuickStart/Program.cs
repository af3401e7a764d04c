using QuickStart;
using Samples.Shared;
using SdrsSdk;
using SdrsSdk.Testing;

// QuickStart: the disaster-recovery walk-through. By default against the embedded SDRS emulator; with --endpoint
// (or the HUAWEICLOUD_SDK_* environment variables) against a real SDRS, after an explicit confirmation.
var commandLine = new SampleCommandLine(args);
var help = new SampleHelp(
    "dotnet run --project samples/QuickStart [-- options]",
    """
    The disaster-recovery walk-through: creates a protection group, protects a server, replicates a disk, runs a DR
    drill and a planned failover and failback, then deletes everything it created. Without options (and without
    credentials and an endpoint in the environment) it runs against the embedded SDRS emulator.
    """,
    [
        ("--endpoint <url>", "run against a real SDRS (credentials from the environment)"),
        ("--project-id <id>", "project (default: HUAWEICLOUD_SDK_PROJECT_ID)"),
        ("--vpc-id <id> --server-id <id> --volume-id <id>", "the production site resources to protect (real SDRS)"),
        ("--device <name>", "the disk's device name on the server (default: /dev/vdb)"),
        ("--yes", "do not ask for confirmation (real SDRS only)"),
    ],
    SampleHelp.ClientEnvironment
);
if (help.WriteIfRequested(commandLine, Console.Out))
{
    return 0;
}

Arguments arguments = Arguments.Parse(commandLine);
SdrsClientOptions fromEnvironment = SdrsClientOptions.FromEnvironment();
bool real =
    arguments.Endpoint is not null
    || fromEnvironment.Credential is not null && fromEnvironment.ResolveEndpoint() is not null;
if (!real)
{
    // Jobs take 0.4 s here, so progress shows as it would (in minutes) against a real SDRS.
    await using SdrsEmulator emulator = SdrsEmulator.Start(
        new SdrsEmulatorOptions { JobDuration = TimeSpan.FromMilliseconds(400) }
    );
    Console.WriteLine($"Started the embedded SDRS emulator at {emulator.Endpoint} (project {emulator.ProjectId}).");
    using SdrsClient emulated = emulator.CreateClient(configure: options => options.UserAgentSuffix = "QuickStart");
    await new QuickStartWorkflow(
        emulated,
        new QuickStartSite(EmulatedIds.NewVpcId(), EmulatedIds.NewServerId(), EmulatedIds.NewVolumeId()),
        Console.Out
    ).RunAsync();
    return 0;
}

SdrsClientOptions options = fromEnvironment;
options.Endpoint = arguments.Endpoint ?? options.Endpoint;
options.ProjectId = arguments.ProjectId ?? options.ProjectId;
options.UserAgentSuffix = "QuickStart";
if (arguments.VpcId is null || arguments.ServerId is null || arguments.VolumeId is null)
{
    Console.Error.WriteLine("Against a real SDRS, --vpc-id, --server-id and --volume-id are required (see --help).");
    return 2;
}

try
{
    options.Validate();
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

Console.WriteLine(
    $"This creates a protection group, protects server {arguments.ServerId}, replicates disk {arguments.VolumeId},"
);
Console.WriteLine(
    $"runs a DR drill and a planned failover and failback on {options.ResolveEndpoint()} (project {options.ProjectId}),"
);
Console.WriteLine("then deletes everything it created. Real resources are created and billed.");
if (!arguments.Yes)
{
    Console.Write("Type 'yes' to continue: ");
    if (!string.Equals(Console.ReadLine()?.Trim(), "yes", StringComparison.Ordinal))
    {
        Console.WriteLine("Nothing was created.");
        return 1;
    }
}

using var client = new SdrsClient(options);
try
{
    await new QuickStartWorkflow(
        client,
        new QuickStartSite(arguments.VpcId, arguments.ServerId, arguments.VolumeId, arguments.Device ?? "/dev/vdb"),
        Console.Out
    ).RunAsync();
    return 0;
}
catch (SdrsException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}
