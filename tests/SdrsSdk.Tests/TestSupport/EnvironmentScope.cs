namespace SdrsSdk.Tests.TestSupport;

/// <summary>Tests that change environment variables run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentVariablesGroup
{
    public const string Name = "Environment variables";
}

/// <summary>Sets environment variables for one test and restores them afterwards.</summary>
internal sealed class EnvironmentScope : IDisposable
{
    private readonly Dictionary<string, string?> _previous = [];

    public EnvironmentScope(Dictionary<string, string?> values)
    {
        foreach (
            string name in new[]
            {
                SdrsCredential.AccessKeyVariable,
                SdrsCredential.SecretKeyVariable,
                SdrsCredential.SecurityTokenVariable,
                SdrsCredential.ProjectIdVariable,
                "HUAWEICLOUD_SDK_REGION",
                "SDRS_ENDPOINT",
                "SDRS_ALLOW_INSECURE_HTTP",
                SdrsCredential.UserNameVariable,
                SdrsCredential.PasswordVariable,
                SdrsCredential.DomainNameVariable,
                SdrsCredential.ProjectNameVariable,
                SdrsCredential.IamEndpointVariable,
            }
                .Concat(values.Keys)
                .Distinct()
        )
        {
            _previous[name] = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, values.GetValueOrDefault(name));
        }
    }

    public void Dispose()
    {
        foreach ((string name, string? value) in _previous)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
