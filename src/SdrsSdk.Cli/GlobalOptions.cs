using System.CommandLine;
using SdrsSdk.Cli.Output;

namespace SdrsSdk.Cli;

/// <summary>The options every command accepts (recursive options of the root command), defined once.</summary>
internal sealed class GlobalOptions
{
    public Option<OutputFormat> Output { get; } =
        new("--output", "-o")
        {
            Description = "Output format: table (for people), json (wire field names, for scripts) or yaml.",
            DefaultValueFactory = _ => OutputFormat.Table,
            HelpName = "table|json|yaml",
            Recursive = true,
        };

    public Option<string?> Query { get; } =
        new("--query")
        {
            Description = "Comma-separated wire field names to show (e.g. id,name,status); applies to all formats.",
            HelpName = "fields",
            Recursive = true,
        };

    public Option<string?> Region { get; } =
        new("--region")
        {
            Description = "Region (e.g. ap-southeast-3); overrides HUAWEICLOUD_SDK_REGION.",
            Recursive = true,
        };

    public Option<Uri?> Endpoint { get; } =
        new("--endpoint")
        {
            Description = "SDRS endpoint URI; overrides SDRS_ENDPOINT and the region's endpoint.",
            Recursive = true,
        };

    public Option<string?> ProjectId { get; } =
        new("--project-id") { Description = "Project ID; overrides HUAWEICLOUD_SDK_PROJECT_ID.", Recursive = true };

    public Option<FileInfo?> Config { get; } =
        new("--config")
        {
            Description =
                "JSON configuration file with an \"Sdrs\" section (Region, Endpoint, ProjectId, Credentials); "
                + "default: SDRS_CONFIG_FILE when set.",
            Recursive = true,
        };

    public Option<string?> AccessKey { get; } =
        new("--ak")
        {
            Description =
                "Access key ID (not a secret); the secret key then comes from --sk-stdin or " + "HUAWEICLOUD_SDK_SK.",
            Recursive = true,
        };

    public Option<bool> SecretKeyFromStdin { get; } =
        new("--sk-stdin")
        {
            Description =
                "Read the secret key from the first line of standard input (never put it on the command " + "line).",
            Recursive = true,
        };

    public Option<bool> Emulator { get; } =
        new("--emulator")
        {
            Description =
                "Run against an embedded SDRS emulator seeded with a demo world instead of the cloud; its state "
                + "lasts for this one command.",
            Recursive = true,
        };

    /// <summary>Adds every option to the root command.</summary>
    public void AddTo(Command root)
    {
        foreach (Option option in All)
        {
            root.Add(option);
        }
    }

    private IEnumerable<Option> All =>
        [Output, Query, Region, Endpoint, ProjectId, Config, AccessKey, SecretKeyFromStdin, Emulator];
}
