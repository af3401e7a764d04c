using System.Text;
using Microsoft.Extensions.Configuration;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk.Auth.Internal;

/// <summary>
/// Where the SDK looks for a credential that code did not set, in order: the environment (AK/SK, then an IAM
/// password), then a configuration section (AK/SK, then an IAM password). Each place that yields nothing adds a line
/// to a report that names what was looked for — never a value.
/// </summary>
internal static class CredentialChain
{
    /// <summary>The subsection of the SDK's configuration section that holds credentials:
    /// <c>Sdrs:Credentials</c>.</summary>
    public const string SectionName = "Credentials";

    public const string AccessKeyKey = "AccessKey";
    public const string SecretKeyKey = "SecretKey";
    public const string SecurityTokenKey = "SecurityToken";
    public const string UserNameKey = "UserName";
    public const string PasswordKey = "Password";
    public const string DomainNameKey = "DomainName";
    public const string ProjectNameKey = "ProjectName";
    public const string IamEndpointKey = "IamEndpoint";

    /// <summary>The report line for a credential that code did not set.</summary>
    public const string NotSetInCode = "SdrsClientOptions.Credential: not set in code";

    /// <summary>Looks in the environment, then in the configuration section (when given).</summary>
    /// <returns>The credential and a description of where it was found, or <see langword="null"/>.</returns>
    public static (SdrsCredential Credential, string Source)? Find(IConfiguration? section, ICollection<string> tried)
    {
        if (FromEnvironment(tried) is { } fromEnvironment)
        {
            return fromEnvironment;
        }

        return section is null ? null : FromConfiguration(section, tried);
    }

    /// <summary>Looks for AK/SK, then for an IAM password, in the <c>HUAWEICLOUD_SDK_*</c> environment
    /// variables.</summary>
    public static (SdrsCredential Credential, string Source)? FromEnvironment(ICollection<string>? tried)
    {
        if (
            Complete(
                "environment",
                tried,
                "(AK/SK)",
                (SdrsCredential.AccessKeyVariable, SdrsCredential.Read(SdrsCredential.AccessKeyVariable)),
                (SdrsCredential.SecretKeyVariable, SdrsCredential.Read(SdrsCredential.SecretKeyVariable))
            )
        )
        {
            return (
                SdrsCredential.FromEnvironment()!,
                $"environment ({SdrsCredential.AccessKeyVariable}, {SdrsCredential.SecretKeyVariable})"
            );
        }

        return PasswordFromEnvironment(tried) is { } password
            ? (
                password,
                $"environment ({SdrsCredential.UserNameVariable}, {SdrsCredential.PasswordVariable}, "
                    + $"{SdrsCredential.DomainNameVariable})"
            )
            : null;
    }

    /// <summary>Reads an IAM password credential from the environment, or returns <see langword="null"/>.</summary>
    public static IamPasswordCredential? PasswordFromEnvironment(ICollection<string>? tried)
    {
        string? userName = SdrsCredential.Read(SdrsCredential.UserNameVariable);
        string? password = Untrimmed(Environment.GetEnvironmentVariable(SdrsCredential.PasswordVariable));
        string? domainName = SdrsCredential.Read(SdrsCredential.DomainNameVariable);
        if (
            !Complete(
                "environment",
                tried,
                "(IAM password)",
                (SdrsCredential.UserNameVariable, userName),
                (SdrsCredential.PasswordVariable, password),
                (SdrsCredential.DomainNameVariable, domainName)
            )
        )
        {
            return null;
        }

        return new IamPasswordCredential(
            userName!,
            password!,
            domainName!,
            new IamPasswordCredentialOptions
            {
                ProjectName = SdrsCredential.Read(SdrsCredential.ProjectNameVariable),
                IamEndpoint = ParseEndpoint(
                    SdrsCredential.Read(SdrsCredential.IamEndpointVariable),
                    SdrsCredential.IamEndpointVariable
                ),
            }
        );
    }

    /// <summary>
    /// Looks for <c>AccessKey</c>/<c>SecretKey</c> (and <c>SecurityToken</c>), then for
    /// <c>UserName</c>/<c>Password</c>/<c>DomainName</c> (and <c>ProjectName</c>, <c>IamEndpoint</c>) in a section.
    /// </summary>
    public static (SdrsCredential Credential, string Source)? FromConfiguration(
        IConfiguration section,
        ICollection<string>? tried
    )
    {
        string path = section is IConfigurationSection named ? named.Path : "the configuration root";
        string where = $"configuration '{path}'";
        string? accessKey = Value(section, AccessKeyKey);
        string? secretKey = Value(section, SecretKeyKey);
        if (Complete(where, tried, "(AK/SK)", (AccessKeyKey, accessKey), (SecretKeyKey, secretKey)))
        {
            return (
                new AccessKeyCredential(accessKey!, secretKey!, Value(section, SecurityTokenKey)),
                $"configuration ({path})"
            );
        }

        string? userName = Value(section, UserNameKey);
        string? password = Untrimmed(section[PasswordKey]);
        string? domainName = Value(section, DomainNameKey);
        if (
            Complete(
                where,
                tried,
                "(IAM password)",
                (UserNameKey, userName),
                (PasswordKey, password),
                (DomainNameKey, domainName)
            )
        )
        {
            var credential = new IamPasswordCredential(
                userName!,
                password!,
                domainName!,
                new IamPasswordCredentialOptions
                {
                    ProjectName = Value(section, ProjectNameKey),
                    IamEndpoint = ParseEndpoint(Value(section, IamEndpointKey), $"{path}:{IamEndpointKey}"),
                }
            );
            return (credential, $"configuration ({path})");
        }

        return null;
    }

    /// <summary>Fills a missing credential from the environment, recording what was tried (options and DI).</summary>
    public static void ApplyEnvironment(SdrsClientOptions options)
    {
        if (options.Credential is not null)
        {
            return;
        }

        var tried = new List<string> { NotSetInCode };
        options.Credential = FromEnvironment(tried)?.Credential;
        options.CredentialSearch = options.Credential is null ? tried : null;
    }

    /// <summary>Fills a missing credential from a configuration section, after the environment (DI).</summary>
    public static void ApplyConfiguration(SdrsClientOptions options, IConfiguration section)
    {
        if (options.Credential is not null)
        {
            return;
        }

        var tried = new List<string>(options.CredentialSearch ?? [NotSetInCode]);
        options.Credential = FromConfiguration(section, tried)?.Credential;
        options.CredentialSearch = options.Credential is null ? tried : null;
    }

    /// <summary>The message for a search that found nothing: every place, in order, and what it lacked.</summary>
    public static string Describe(IEnumerable<string> tried)
    {
        var text = new StringBuilder("No credential was found. Tried, in order:");
        int step = 1;
        foreach (string line in tried)
        {
            text.Append(' ').Append(step++).Append(". ").Append(line).Append(';');
        }

        text.Length--;
        return text.Append('.').ToString();
    }

    /// <summary>Whether every value is set; if not, and some were looked for, reports which are missing.</summary>
    private static bool Complete(
        string where,
        ICollection<string>? tried,
        string kind,
        params (string Name, string? Value)[] values
    )
    {
        string[] missing = values.Where(value => value.Value is null).Select(value => value.Name).ToArray();
        if (missing.Length == 0)
        {
            return true;
        }

        if (tried is not null)
        {
            string[] present = values.Where(value => value.Value is not null).Select(value => value.Name).ToArray();
            tried.Add(
                present.Length == 0
                    ? $"{where} {kind}: {Join(missing)} {(missing.Length == 1 ? "is" : "are")} not set"
                    : $"{where} {kind}: {Join(present)} {(present.Length == 1 ? "is" : "are")} set, but "
                        + $"{Join(missing)} {(missing.Length == 1 ? "is" : "are")} not"
            );
        }

        return false;
    }

    private static string Join(string[] names) =>
        names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];

    private static string? Value(IConfiguration section, string key)
    {
        string? value = section[key];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>A password is taken as it is: spaces at either end may belong to it.</summary>
    private static string? Untrimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static Uri? ParseEndpoint(string? value, string name)
    {
        if (value is null)
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out Uri? uri)
            ? uri
            : throw SdrsValidation.Refusal(
                $"{name} is not an absolute URI such as https://iam.ap-southeast-1.myhuaweicloud.com.",
                name
            );
    }
}
