namespace SdrsSdk.Cli.Output;

/// <summary>What <c>--output</c> selects.</summary>
internal enum OutputFormat
{
    /// <summary>Tables for people (the default).</summary>
    Table,

    /// <summary>JSON with the wire field names, for scripts.</summary>
    Json,

    /// <summary>YAML with the same fields and values as the JSON.</summary>
    Yaml,
}
