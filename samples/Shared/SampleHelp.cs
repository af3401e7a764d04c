namespace Samples.Shared;

/// <summary>A sample's <c>--help</c> text: what it does, its arguments and the environment variables it
/// reads.</summary>
internal sealed class SampleHelp(
    string usage,
    string description,
    IReadOnlyList<(string Name, string Meaning)> arguments,
    IReadOnlyList<(string Name, string Meaning)> environment
)
{
    /// <summary>The variables <c>SdrsClientOptions.FromEnvironment()</c> reads, for the samples that call
    /// it.</summary>
    public static readonly IReadOnlyList<(string Name, string Meaning)> ClientEnvironment =
    [
        ("HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK", "AK/SK credential"),
        ("HUAWEICLOUD_SDK_SECURITY_TOKEN", "security token of a temporary AK/SK (optional)"),
        (
            "HUAWEICLOUD_SDK_USERNAME, HUAWEICLOUD_SDK_PASSWORD, HUAWEICLOUD_SDK_DOMAIN_NAME",
            "IAM password credential, without an AK/SK (HUAWEICLOUD_SDK_PROJECT_NAME, HUAWEICLOUD_SDK_IAM_ENDPOINT "
                + "optional)"
        ),
        ("HUAWEICLOUD_SDK_PROJECT_ID", "project ID"),
        ("HUAWEICLOUD_SDK_REGION", "region; the endpoint is derived from it"),
        ("SDRS_ENDPOINT", "SDRS endpoint, instead of the region's"),
        ("SDRS_ALLOW_INSECURE_HTTP", "true to allow an http:// SDRS_ENDPOINT (a local emulator only)"),
    ];

    /// <summary>Writes the text when the command line asks for it.</summary>
    /// <returns>Whether help was asked for (the sample then exits 0 and sends nothing).</returns>
    public bool WriteIfRequested(SampleCommandLine commandLine, TextWriter output)
    {
        if (!commandLine.HelpRequested)
        {
            return false;
        }

        output.WriteLine($"Usage: {usage}");
        output.WriteLine();
        output.WriteLine(description);
        Write(output, "Arguments:", arguments.Append(("--help, -h", "show this text and exit")).ToList());
        Write(output, "Environment variables read:", environment);
        return true;
    }

    private static void Write(TextWriter output, string heading, IReadOnlyList<(string Name, string Meaning)> items)
    {
        output.WriteLine();
        output.WriteLine(heading);
        if (items.Count == 0)
        {
            output.WriteLine("  (none)");
        }

        foreach ((string name, string meaning) in items)
        {
            output.WriteLine($"  {name}");
            output.WriteLine($"      {meaning}");
        }
    }
}
