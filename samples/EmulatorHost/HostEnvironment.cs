using SdrsSdk.Testing;

namespace EmulatorHost;

/// <summary>The environment variables the emulator host prints: with them set, a client built from
/// <c>SdrsClientOptions.FromEnvironment()</c> (in any process) reaches the emulator.</summary>
public static class HostEnvironment
{
    /// <summary>Returns the variables for the emulator, in the order printed, as name and value.</summary>
    /// <param name="emulator">The running emulator.</param>
    /// <returns>The endpoint (with <c>SDRS_ALLOW_INSECURE_HTTP=true</c>, since the emulator serves plain http),
    /// project, token and AK/SK.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Variables(SdrsEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        return
        [
            new("SDRS_ENDPOINT", emulator.Endpoint.ToString()),
            new("SDRS_ALLOW_INSECURE_HTTP", "true"),
            new("HUAWEICLOUD_SDK_PROJECT_ID", emulator.ProjectId),
            new("SDRS_TOKEN", emulator.Token),
            new("HUAWEICLOUD_SDK_AK", emulator.AccessKey),
            new("HUAWEICLOUD_SDK_SK", emulator.SecretKey),
        ];
    }
}
