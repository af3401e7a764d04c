using System.Collections;
using SdrsSdk.Cli.Hosting;
using SdrsSdk.Testing;

namespace SdrsSdk.Cli.Tests.TestSupport;

/// <summary>
/// Each test class owns an emulator seeded with the demo world of <c>sdrs --emulator</c> (one protection group,
/// instance and pair) and runs the tool in-process against it with fast job polling.
/// </summary>
public abstract class CliTestBase : IAsyncLifetime
{
    private SdrsClient? _client;

    protected SdrsEmulator Emulator { get; private set; } = null!;

    protected SdrsClient Client => _client!;

    /// <summary>The demo group's ID, created by the seed.</summary>
    protected string GroupId { get; private set; } = "";

    /// <summary>The demo protected instance's ID.</summary>
    protected string InstanceId { get; private set; } = "";

    /// <summary>The demo replication pair's ID.</summary>
    protected string PairId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Emulator = SdrsEmulator.Start(DemoWorld.Options());
        _client = Emulator.CreateClient(configure: options => options.JobPolling = DemoWorld.FastPolling());
        await DemoWorld.SeedAsync(Client, CancellationToken.None);
        GroupId = (await Client.ServerGroups.ListAsync()).ServerGroups.Single().Id;
        InstanceId = (await Client.ProtectedInstances.ListAsync()).ProtectedInstances.Single().Id;
        PairId = (await Client.Replications.ListAsync()).Replications.Single().Id;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        await Emulator.DisposeAsync();
    }

    protected static string DemoDomainId => DemoWorld.Domain.Id;

    protected static string DemoVpcId => DemoWorld.VpcId;

    /// <summary>The arguments of <c>sdrs groups create</c> for a group in the demo domain and VPC.</summary>
    protected static string[] CreateGroup(string name) =>
        [
            "groups",
            "create",
            "--name",
            name,
            "--domain-id",
            DemoDomainId,
            "--source-az",
            "cn-north-1a",
            "--target-az",
            "cn-north-1b",
            "--vpc-id",
            DemoVpcId,
        ];

    /// <summary>The emulator's secrets, which no output may contain.</summary>
    protected IReadOnlyList<string> Secrets => [Emulator.SecretKey, Emulator.Token];

    /// <summary>A transcript of commands run against the emulator.</summary>
    protected Transcript NewTranscript() => new(args => RunAsync(args), Secrets);

    /// <summary>Runs <c>sdrs args</c> against the emulator, output redirected (not a terminal).</summary>
    protected Task<CliResult> RunAsync(params string[] args) => RunAsync(Client, new Hashtable(), args);

    /// <summary>Runs <c>sdrs args</c> with a client and environment of the test's choosing.</summary>
    protected static async Task<CliResult> RunAsync(SdrsClient? client, IDictionary environment, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = await SdrsCli.InvokeAsync(
            args,
            stdout,
            stderr,
            environment,
            new CliHost { Client = client, Polling = client is null ? null : DemoWorld.FastPolling() }
        );
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
