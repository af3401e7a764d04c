using Samples.Shared;

namespace QuickStart;

/// <summary>The command line of the quick start.</summary>
internal sealed record Arguments(
    Uri? Endpoint,
    string? ProjectId,
    string? VpcId,
    string? ServerId,
    string? VolumeId,
    string? Device,
    bool Yes
)
{
    public static Arguments Parse(SampleCommandLine commandLine)
    {
        string? endpoint = commandLine.Value("--endpoint");
        return new Arguments(
            endpoint is null ? null : new Uri(endpoint),
            commandLine.Value("--project-id"),
            commandLine.Value("--vpc-id"),
            commandLine.Value("--server-id"),
            commandLine.Value("--volume-id"),
            commandLine.Value("--device"),
            commandLine.Flag("--yes")
        );
    }
}
