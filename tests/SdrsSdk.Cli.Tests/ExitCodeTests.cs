using System.Collections;
using SdrsSdk.Cli.Hosting;
using SdrsSdk.Cli.Tests.TestSupport;
using SdrsSdk.Testing;

namespace SdrsSdk.Cli.Tests;

/// <summary>One exit code per failure class, each from the SDK's exception type, with the message on stderr.</summary>
public sealed class ExitCodeTests : CliTestBase
{
    [Fact]
    public void ExitCodes_AreDistinct()
    {
        ExitCodes.All.Select(entry => entry.Code).Should().OnlyHaveUniqueItems();
        ExitCodes.All.Should().HaveCount(11);
    }

    [Theory]
    [InlineData("groupz", "list")]
    [InlineData("groups", "list", "--no-such-option")]
    [InlineData("groups", "show")]
    [InlineData("groups")]
    [InlineData("groups", "planned-failover", "x", "--priority-station", "nowhere")]
    [InlineData("jobs", "wait", "x", "--timeout", "soon")]
    [InlineData("groups", "list", "--limit", "0")]
    [InlineData("groups", "list", "-o", "xml")]
    public async Task UsageError_Exits2(params string[] args)
    {
        CliResult result = await RunAsync(args);

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Stderr.Should().NotBeEmpty();
    }

    [Fact]
    public async Task ArgumentTheSdkRefuses_Exits2_BeforeAnyRequest()
    {
        int before = Emulator.Journal.Count;

        CliResult result = await RunAsync("pairs", "expand", PairId, "--size", "-5");

        result.ExitCode.Should().Be(ExitCodes.UsageError, result.Stderr);
        result.Stderr.Should().StartWith("Error: ");
        Emulator.Journal.Count.Should().Be(before);
    }

    [Fact]
    public async Task UnknownGroup_Exits4_WithTheServiceMessage()
    {
        CliResult result = await RunAsync("groups", "show", "3f1c7a2e-8b4d-4c6e-9f0a-1b2c3d4e5f60");

        result.ExitCode.Should().Be(ExitCodes.NotFound);
        result.Stderr.Should().Contain("SDRS.1013").And.Contain("Request ID");
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task UnknownJob_Exits4()
    {
        CliResult result = await RunAsync("jobs", "show", "0000000062d5a4660162d5bec39f0002");

        result.ExitCode.Should().Be(ExitCodes.NotFound, result.Stderr);
    }

    [Fact]
    public async Task FailedJob_Exits5_AndPrintsTheJob()
    {
        Emulator.FailNextJob(JobType.StopProtectionGroup, "SDRS.1300", "replication broke");

        CliResult result = await RunAsync("groups", "disable", GroupId, "-o", "json");

        result.ExitCode.Should().Be(ExitCodes.JobFailed);
        result.Stdout.Should().Contain("\"status\": \"FAIL\"").And.Contain("replication broke");
        result.Stderr.Should().Contain("Error: ").And.Contain("SDRS.1300");
    }

    [Fact]
    public async Task JobWaitTimeout_Exits6()
    {
        await using SdrsEmulator slow = SdrsEmulator.Start(SlowJobs());
        using SdrsClient client = slow.CreateClient(configure: o => o.JobPolling = DemoWorld.FastPolling());
        string domain = DemoWorld.Domain.Id;

        CliResult result = await RunAsync(
            client,
            new Hashtable(),
            "groups",
            "create",
            "--name",
            "slow",
            "--domain-id",
            domain,
            "--source-az",
            "cn-north-1a",
            "--target-az",
            "cn-north-1b",
            "--vpc-id",
            DemoWorld.VpcId,
            "--timeout",
            "0.2s"
        );

        result.ExitCode.Should().Be(ExitCodes.Timeout, result.Stderr);
        result.Stderr.Should().Contain("Error: ");
    }

    [Fact]
    public async Task OutcomeUnknown_Exits7()
    {
        Emulator.InjectFault(SdrsFault.Status(503), count: 20, method: "POST", pathContains: "/nic");

        CliResult result = await RunAsync(
            "instances",
            "nics",
            "add",
            InstanceId,
            "--subnet-id",
            "9b8a7c6d-5e4f-4a3b-8c2d-1e0f00000301"
        );

        result.ExitCode.Should().Be(ExitCodes.OutcomeUnknown, result.Stderr);
        result.Stderr.Should().StartWith("Error: ");
    }

    [Fact]
    public async Task WrongSecretKey_Exits3_AndNeverPrintsIt()
    {
        const string wrong = "definitely-not-the-emulator-secret-key-123";
        using SdrsClient client = Emulator.CreateClient(new AccessKeyCredential(Emulator.AccessKey, wrong));

        CliResult result = await RunAsync(client, new Hashtable(), "groups", "list");

        result.ExitCode.Should().Be(ExitCodes.AuthenticationError, result.Stderr);
        result.AllOutput.Should().NotContain(wrong).And.NotContain(Emulator.SecretKey);
    }

    [Fact]
    public async Task ServiceRefusal_Exits1()
    {
        Emulator.InjectFault(SdrsFault.Status(409), count: 5, method: "PUT");

        CliResult result = await RunAsync("groups", "rename", GroupId, "other");

        result.ExitCode.Should().Be(ExitCodes.ServiceError, result.Stderr);
    }

    [Fact]
    public async Task NoCredential_Exits8_NamingWhatWasTried()
    {
        CliResult result = await RunAsync(
            null,
            new Hashtable { ["HUAWEICLOUD_SDK_REGION"] = "ap-southeast-3" },
            "groups",
            "list"
        );

        result.ExitCode.Should().Be(ExitCodes.ConfigurationError);
        result.Stderr.Should().Contain("HUAWEICLOUD_SDK_AK");
    }

    [Fact]
    public async Task EnvironmentCredential_ReachesTheEmulator_AndSecretsStayHidden()
    {
        var environment = new Hashtable
        {
            ["SDRS_ENDPOINT"] = Emulator.Endpoint.ToString(),
            ["SDRS_ALLOW_INSECURE_HTTP"] = "true",
            ["HUAWEICLOUD_SDK_PROJECT_ID"] = Emulator.ProjectId,
            ["HUAWEICLOUD_SDK_AK"] = Emulator.AccessKey,
            ["HUAWEICLOUD_SDK_SK"] = Emulator.SecretKey,
        };

        CliResult ok = await RunAsync(null, environment, "groups", "list", "-o", "json");
        environment["HUAWEICLOUD_SDK_SK"] = Emulator.SecretKey + "x";
        CliResult refused = await RunAsync(null, environment, "groups", "list");

        ok.ExitCode.Should().Be(0, ok.Stderr);
        ok.Stdout.Should().Contain("demo-web");
        refused.ExitCode.Should().Be(ExitCodes.AuthenticationError, refused.Stderr);
        OutputRules.Check(ok, Secrets);
        OutputRules.Check(refused, [.. Secrets, Emulator.SecretKey + "x"]);
    }

    [Fact]
    public async Task SecretKeyFromStdin_IsUsed_AndNeverPrinted()
    {
        var environment = new Hashtable
        {
            ["SDRS_ENDPOINT"] = Emulator.Endpoint.ToString(),
            ["SDRS_ALLOW_INSECURE_HTTP"] = "true",
            ["HUAWEICLOUD_SDK_PROJECT_ID"] = Emulator.ProjectId,
        };
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        int code = await SdrsCli.InvokeAsync(
            ["--ak", Emulator.AccessKey, "--sk-stdin", "groups", "list"],
            stdout,
            stderr,
            environment,
            new CliHost { Stdin = new StringReader(Emulator.SecretKey + "\n") }
        );

        code.Should().Be(0, stderr.ToString());
        OutputRules.Check(new CliResult(code, stdout.ToString(), stderr.ToString()), Secrets);
    }

    private static SdrsEmulatorOptions SlowJobs()
    {
        SdrsEmulatorOptions options = DemoWorld.Options();
        options.JobRunningPolls = 10_000;
        return options;
    }
}
