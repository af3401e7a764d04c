using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Hostile;

/// <summary>How the client under attack is built: <c>new SdrsClient(options)</c>, or resolved from
/// <c>AddSdrsClient</c>.</summary>
public enum Construction
{
    New,
    DependencyInjection,
}

/// <summary>The credential a hostile server tries to steal.</summary>
public enum Secret
{
    /// <summary>A static token (<c>X-Auth-Token</c>).</summary>
    Token,

    /// <summary>AK/SK with a security token (<c>Authorization</c>, <c>X-Security-Token</c>).</summary>
    AkSkWithSecurityToken,

    /// <summary>An IAM password credential; the SDRS endpoint is the hostile one.</summary>
    IamPasswordAtSdrs,

    /// <summary>An IAM password credential; the IAM endpoint is the hostile one (the password is in the
    /// body).</summary>
    IamPasswordAtIam,
}

/// <summary>Builds clients with short timeouts against loopback servers, and the scripts those servers play.</summary>
internal static class HostileClients
{
    public const string ServerGroupId = "a3f0b1c2-1111-2222-3333-444455556666";
    public const string IamToken = "MIIZiamTOKENhostileSUITEAAAAAAAAAAAAAAAAAAAA9";

    /// <summary>A client and what keeps it alive (the DI container for a resolved client).</summary>
    public sealed class Lease(SdrsClient client, IDisposable owner) : IDisposable
    {
        public SdrsClient Client { get; } = client;

        public void Dispose() => owner.Dispose();
    }

    public static Lease Create(
        Construction construction,
        SdrsCredential credential,
        Uri sdrs,
        Action<SdrsClientOptions>? configure = null
    )
    {
        void Configure(SdrsClientOptions options)
        {
            options.Endpoint = sdrs;
            options.ProjectId = TestCredentials.ProjectId;
            options.Credential = credential;
            options.AllowInsecureHttp = true;
            options.Timeout = TimeSpan.FromSeconds(5);
            options.Retry.MaxRetries = 2;
            options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
            options.Retry.MaxDelay = TimeSpan.FromMilliseconds(10);
            options.Retry.AttemptTimeout = TimeSpan.FromSeconds(2);
            configure?.Invoke(options);
        }

        if (construction == Construction.New)
        {
            var options = new SdrsClientOptions();
            Configure(options);
            var client = new SdrsClient(options);
            return new Lease(client, client);
        }

        var services = new ServiceCollection();
        services.AddSdrsClient(Configure);
        ServiceProvider provider = services.BuildServiceProvider();
        return new Lease(provider.GetRequiredService<SdrsClient>(), provider);
    }

    public static SdrsCredential Credential(Secret secret, Uri iam, TimeSpan? iamTimeout = null) =>
        secret switch
        {
            Secret.Token => TestCredentials.StaticToken(),
            Secret.AkSkWithSecurityToken => TestCredentials.AkSk(withSecurityToken: true),
            _ => new IamPasswordCredential(
                MockIam.UserName,
                MockIam.Password,
                MockIam.DomainName,
                new IamPasswordCredentialOptions { IamEndpoint = iam, Timeout = iamTimeout ?? TimeSpan.FromSeconds(2) }
            ),
        };

    /// <summary>IAM's answer to a token request: 201 with the token in X-Subject-Token.</summary>
    public static Func<LoopbackExchange, Task> IamIssuesToken() =>
        exchange =>
            exchange.WriteResponseAsync(
                201,
                Encoding.UTF8.GetBytes(
                    MockIam.TokenBody(
                        DateTimeOffset.UtcNow.AddHours(24),
                        TestCredentials.ProjectId,
                        MockIam.ProjectName
                    )
                ),
                ("X-Subject-Token", IamToken)
            );

    /// <summary>A 3xx to <paramref name="target"/>, with a query string the client must not repeat.</summary>
    public static Func<LoopbackExchange, Task> Redirect(int status, LoopbackServer target) =>
        exchange =>
            exchange.WriteResponseAsync(
                status,
                [],
                (
                    "Location",
                    new Uri(
                        target.Endpoint,
                        exchange.Request.Target.Split('?')[0].TrimStart('/') + "?stolen=credentials"
                    ).AbsoluteUri
                )
            );

    /// <summary>The attacker's answer: a plausible SDRS or IAM success, which must never be used.</summary>
    public static Func<LoopbackExchange, Task> AttackerAnswers() =>
        exchange =>
            exchange.WriteResponseAsync(
                exchange.Request.Target.Contains("/v3/auth/tokens", StringComparison.Ordinal) ? 201 : 200,
                Encoding.UTF8.GetBytes(
                    $$$"""{"job_id":"0000000062db92d70162db9d200f000a","server_group":{"id":"{{{ServerGroupId}}}","name":"attacker"}}"""
                ),
                ("X-Subject-Token", "ATTACKER-TOKEN")
            );

    /// <summary>An answer that must never be asked for.</summary>
    public static Func<LoopbackExchange, Task> Unreachable() => exchange => exchange.WriteResponseAsync(500, []);

    /// <summary>Calls one server-group operation with the given method.</summary>
    public static Task CallAsync(SdrsClient client, string method) =>
        method switch
        {
            "GET" => client.ServerGroups.GetAsync(ServerGroupId),
            "POST" => client.ServerGroups.StartFailoverAsync(ServerGroupId),
            "PUT" => client.ServerGroups.UpdateAsync(ServerGroupId, "renamed"),
            "DELETE" => client.ServerGroups.StartDeleteAsync(ServerGroupId),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
        };
}
