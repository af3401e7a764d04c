using Samples.Shared;
using SdrsSdk;

// AotSmoke: published with PublishAot=true, it drives SdrsSdk through a real protection-group lifecycle against the
// endpoint in SDRS_ENDPOINT (build/aot.sh starts the emulator host for it, whose SDRS_ALLOW_INSECURE_HTTP=true
// allows its http endpoint), with AK/SK from HUAWEICLOUD_SDK_AK/SK.
var commandLine = new SampleCommandLine(args);
var help = new SampleHelp(
    "AotSmoke (published by build/aot.sh with NativeAOT)",
    """
    The NativeAOT smoke test: lists the API versions, creates a protection group and waits for it, reads a missing
    group (expecting not found) and deletes the group, against the SDRS the environment names (build/aot.sh sets
    it to the emulator host's output). Prints "AOT smoke OK" at the end; any failure is an unhandled exception.
    """,
    [],
    SampleHelp.ClientEnvironment
);
if (help.WriteIfRequested(commandLine, Console.Out))
{
    return 0;
}

SdrsClientOptions options = SdrsClientOptions.FromEnvironment();
options.JobPolling = new JobPollingOptions
{
    InitialDelay = TimeSpan.FromMilliseconds(20),
    MinInterval = TimeSpan.FromMilliseconds(20),
    IntervalRatio = 0,
    JitterRatio = 0,
};
using var client = new SdrsClient(options);

foreach (ApiVersion version in await client.Versions.ListAsync())
{
    Console.WriteLine($"version {version.Id} {version.Status} {version.Updated:O}");
}

ActiveDomain domain = (await client.ActiveDomains.ListAsync())[0];
SdrsJobOperation<ServerGroup> create = await client.ServerGroups.StartCreateAsync(
    new CreateServerGroupRequest(
        "aot-smoke",
        domain.LocalReplicationCluster!.AvailabilityZone!,
        domain.RemoteReplicationCluster!.AvailabilityZone!,
        domain.Id,
        "046852ef-c49d-409b-8389-546aaaa5701f" // a VPC ID in the UUID form the service requires (5.4.1's example)
    )
);
ServerGroup group = await create.WaitForResourceAsync();
Console.WriteLine($"created {group} via job {create.Id}");
try
{
    await client.ServerGroups.GetAsync("no-such-group");
}
catch (SdrsNotFoundException notFound)
{
    Console.WriteLine($"not found as expected: {notFound.ErrorCode} {notFound.ErrorInfo?.Message}");
}

await (await client.ServerGroups.StartDeleteAsync(group.Id)).WaitForCompletionAsync();
Console.WriteLine(
    $"AOT smoke OK ({(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? "JIT" : "NativeAOT")})"
);
return 0;
