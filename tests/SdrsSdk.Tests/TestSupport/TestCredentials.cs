namespace SdrsSdk.Tests.TestSupport;

/// <summary>Credentials whose secrets tests look for in logs, messages and ToString().</summary>
internal static class TestCredentials
{
    public const string ProjectId = "0605767d4a00d5762fb7c0005c8d6e22";
    public const string AccessKey = "HPUAEXAMPLEAK0000001";
    public const string SecretKey = "Xk3fT9pQ2vLm8ZrB7yWc4NaH6sJd1EoGuKi5VbRx";
    public const string SecurityToken = "gQpzZXhhbXBsZS1zZWN1cml0eS10b2tlbi1kby1ub3QtbG9n";
    public const string Token = "MIIPAgYJKoZIhvcNAQcCoEXAMPLETOKENggg1BBIINPXsidG9rZZ";

    public static AccessKeyCredential AkSk(bool withSecurityToken = false) =>
        new(AccessKey, SecretKey, withSecurityToken ? SecurityToken : null);

    public static StaticTokenCredential StaticToken() => new(Token);

    /// <summary>Every secret a test must never find in text the SDK produces.</summary>
    public static IReadOnlyList<string> Secrets { get; } = [SecretKey, SecurityToken, Token];
}
