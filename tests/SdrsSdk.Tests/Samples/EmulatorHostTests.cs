using EmulatorHost;
using SdrsSdk.Testing;
using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Samples;

/// <summary>The variables samples/EmulatorHost prints configure a working client through
/// SdrsClientOptions.FromEnvironment(), as a script that sources them would.</summary>
[Collection(EnvironmentVariablesGroup.Name)]
public sealed class EmulatorHostTests
{
    [Fact]
    public async Task PrintedVariables_ClientFromEnvironment_Succeeds()
    {
        await using SdrsEmulator emulator = SdrsEmulator.Start();
        using var environment = new EnvironmentScope(Printed(emulator));

        using var client = new SdrsClient(SdrsClientOptions.FromEnvironment());
        IReadOnlyList<ActiveDomain> domains = await client.ActiveDomains.ListAsync();

        domains.Should().NotBeEmpty();
        emulator.Journal.Should().ContainSingle().Which.Authentication.Should().Be(SdrsAuthenticationKind.AccessKey);
    }

    [Fact]
    public async Task PrintedVariables_WithoutAllowInsecureHttp_ValidationRefusesTheHttpEndpoint()
    {
        await using SdrsEmulator emulator = SdrsEmulator.Start();
        Dictionary<string, string?> variables = Printed(emulator);
        variables.Remove("SDRS_ALLOW_INSECURE_HTTP");
        using var environment = new EnvironmentScope(variables);

        Action build = () => _ = new SdrsClient(SdrsClientOptions.FromEnvironment());

        build.Should().Throw<ArgumentException>().WithMessage("*plain http*AllowInsecureHttp*");
        emulator.Journal.Should().BeEmpty();
    }

    [Fact]
    public async Task Variables_AreWhatTheHostPrints()
    {
        await using SdrsEmulator emulator = SdrsEmulator.Start();

        HostEnvironment
            .Variables(emulator)
            .Select(variable => variable.Key)
            .Should()
            .Equal(
                "SDRS_ENDPOINT",
                "SDRS_ALLOW_INSECURE_HTTP",
                "HUAWEICLOUD_SDK_PROJECT_ID",
                "SDRS_TOKEN",
                "HUAWEICLOUD_SDK_AK",
                "HUAWEICLOUD_SDK_SK"
            );
        HostEnvironment.Variables(emulator)[0].Value.Should().Be(emulator.Endpoint.ToString()).And.StartWith("http:");
    }

    private static Dictionary<string, string?> Printed(SdrsEmulator emulator) =>
        HostEnvironment
            .Variables(emulator)
            .ToDictionary(variable => variable.Key, string? (variable) => variable.Value);
}
