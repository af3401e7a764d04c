namespace QuickStart;

/// <summary>The command line of the quick start.</summary>
internal sealed record Arguments(
    Uri? Endpoint,
    string? ProjectId,
    string? VpcId,
    string? ServerId,
    string? VolumeId,
    string? Device,
    bool Yes,
    bool Help
)
{
    public static Arguments Parse(string[] args)
    {
        string? Value(string name)
        {
            int index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        string? endpoint = Value("--endpoint");
        return new Arguments(
            endpoint is null ? null : new Uri(endpoint),
            Value("--project-id"),
            Value("--vpc-id"),
            Value("--server-id"),
            Value("--volume-id"),
            Value("--device"),
            args.Contains("--yes"),
            args.Contains("--help") || args.Contains("-h")
        );
    }
}
