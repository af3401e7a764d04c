using System.Collections;
using System.CommandLine;
using Microsoft.Extensions.Configuration;
using SdrsSdk.Testing;

namespace SdrsSdk.Cli.Hosting;

/// <summary>
/// Builds the client a command runs with. Settings come, weakest first, from the configuration file
/// (<c>--config</c> or <c>SDRS_CONFIG_FILE</c>, section <c>Sdrs</c>), the environment (the SDK's variables), then
/// the flags. The credential comes from the SDK's chain (<see cref="DefaultSdrsCredential"/>: environment, then the
/// file's <c>Sdrs:Credentials</c>), unless <c>--ak</c>/<c>--sk-stdin</c> name one.
/// </summary>
internal static class ClientFactory
{
    private const string SectionName = "Sdrs";
    private const string ConfigFileVariable = "SDRS_CONFIG_FILE";

    /// <summary>Environment variables and the configuration keys they stand for.</summary>
    private static readonly (string Variable, string Key)[] EnvironmentKeys =
    [
        ("HUAWEICLOUD_SDK_REGION", "Region"),
        ("SDRS_ENDPOINT", "Endpoint"),
        (SdrsCredential.ProjectIdVariable, "ProjectId"),
        ("SDRS_ALLOW_INSECURE_HTTP", "AllowInsecureHttp"),
        (SdrsCredential.AccessKeyVariable, "Credentials:AccessKey"),
        (SdrsCredential.SecretKeyVariable, "Credentials:SecretKey"),
        (SdrsCredential.SecurityTokenVariable, "Credentials:SecurityToken"),
        (SdrsCredential.UserNameVariable, "Credentials:UserName"),
        (SdrsCredential.PasswordVariable, "Credentials:Password"),
        (SdrsCredential.DomainNameVariable, "Credentials:DomainName"),
        (SdrsCredential.ProjectNameVariable, "Credentials:ProjectName"),
        (SdrsCredential.IamEndpointVariable, "Credentials:IamEndpoint"),
    ];

    public static async Task<ClientLease> CreateAsync(
        ParseResult parse,
        GlobalOptions globals,
        IDictionary environment,
        CliHost host,
        CancellationToken cancellationToken
    )
    {
        if (host.Client is not null)
        {
            return new ClientLease(host.Client, owned: false, polling: host.Polling);
        }

        if (parse.GetValue(globals.Emulator))
        {
            return await StartEmulatorAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return new ClientLease(new SdrsClient(Options(parse, globals, environment, host)), owned: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or InvalidDataException)
        {
            throw new CliConfigurationException(e.Message, e);
        }
    }

    private static SdrsClientOptions Options(
        ParseResult parse,
        GlobalOptions globals,
        IDictionary environment,
        CliHost host
    )
    {
        IConfigurationSection section = Configuration(parse, globals, environment).GetSection(SectionName);
        var options = new SdrsClientOptions
        {
            Region = parse.GetValue(globals.Region) ?? section["Region"],
            Endpoint = parse.GetValue(globals.Endpoint) ?? Uri(section["Endpoint"]),
            ProjectId = parse.GetValue(globals.ProjectId) ?? section["ProjectId"],
            AllowInsecureHttp = Flag(section["AllowInsecureHttp"]),
        };
        string? accessKey = parse.GetValue(globals.AccessKey);
        bool secretKeyFromStdin = parse.GetValue(globals.SecretKeyFromStdin);
        options.Credential =
            accessKey is null && !secretKeyFromStdin
                ? new DefaultSdrsCredential(section.GetSection("Credentials"))
                : new AccessKeyCredential(
                    accessKey
                        ?? section["Credentials:AccessKey"]
                        ?? throw new CliConfigurationException(
                            $"--sk-stdin needs an access key: --ak or {SdrsCredential.AccessKeyVariable}."
                        ),
                    secretKeyFromStdin
                        ? ReadSecretKey(host)
                        : section["Credentials:SecretKey"]
                            ?? throw new CliConfigurationException(
                                $"--ak needs a secret key: --sk-stdin or {SdrsCredential.SecretKeyVariable}."
                            ),
                    section["Credentials:SecurityToken"]
                );
        return options;
    }

    private static IConfiguration Configuration(ParseResult parse, GlobalOptions globals, IDictionary environment)
    {
        var builder = new ConfigurationBuilder();
        string? file = parse.GetValue(globals.Config)?.FullName ?? Read(environment, ConfigFileVariable);
        if (file is not null)
        {
            if (!File.Exists(file))
            {
                throw new CliConfigurationException($"The configuration file '{file}' does not exist.");
            }

            builder.AddJsonFile(file, optional: false);
        }

        var fromEnvironment = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach ((string variable, string key) in EnvironmentKeys)
        {
            if (Read(environment, variable) is { } value)
            {
                fromEnvironment[$"{SectionName}:{key}"] = value;
            }
        }

        return builder.AddInMemoryCollection(fromEnvironment).Build();
    }

    private static string ReadSecretKey(CliHost host)
    {
        string? line = host.Stdin?.ReadLine()?.Trim();
        return string.IsNullOrEmpty(line)
            ? throw new CliConfigurationException("--sk-stdin: standard input held no secret key.")
            : line;
    }

    private static string? Read(IDictionary environment, string name) =>
        environment[name] is string { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static Uri? Uri(string? text) =>
        text is null ? null
        : System.Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) ? uri
        : throw new CliConfigurationException($"The endpoint '{text}' is not an absolute http(s) URI.");

    private static bool Flag(string? text) =>
        text is null ? false
        : bool.TryParse(text, out bool value) ? value
        : throw new CliConfigurationException($"SDRS_ALLOW_INSECURE_HTTP '{text}' is not true or false.");

    private static async Task<ClientLease> StartEmulatorAsync(CancellationToken cancellationToken)
    {
        SdrsEmulator emulator = SdrsEmulator.Start(DemoWorld.Options());
        JobPollingOptions polling = DemoWorld.FastPolling();
        SdrsClient client = emulator.CreateClient(configure: options => options.JobPolling = polling.Clone());
        var lease = new ClientLease(client, owned: true, emulator, polling);
        try
        {
            await DemoWorld.SeedAsync(client, cancellationToken).ConfigureAwait(false);
            return lease;
        }
        catch
        {
            await lease.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
